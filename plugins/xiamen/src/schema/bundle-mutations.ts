// The bundle lifecycle, one mutation per step, for 厦门's officials over the estates: propose (on
// neighbours only), approve (the street), contract (with a 厦门 company), end.
import { chinaDate, sql, WuyeError } from '@wuye/plugin-sdk';
import { OFFICIAL_ROLES, inXiamen, requireSeesXiamen } from '../access.js';
import { addMonths } from '../bundles/lifecycle.js';
import { moveBundle, proposeBundle, today, MAX_ESTATES, MIN_ESTATES } from '../bundles/commands.js';
import { NEIGHBOUR_METRES } from '../bundles/neighbours.js';
import { S } from '../manifest.js';
import { companyFacts } from '../registry-facts.js';
import { builder } from './builder.js';
import { BundleRef } from './bundle.js';
import { text } from './common.js';

const MAX_TERM_MONTHS = 120;

const BundleEstateInput = builder.inputType('XiamenBundleEstateInput', {
  description: '片区小区 — an estate to bundle, with its monthly fee income and cost in yuan (decimal strings, at most 2 places)',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '小区 — the registry id; it must lie in 厦门' }),
    monthlyFeeIncome: t.field({ type: 'Decimal', required: true, description: '物业费月收入 — e.g. "12500.50"' }),
    monthlyCost: t.field({ type: 'Decimal', required: true, description: '月服务成本 — e.g. "15800.00"' }),
  }),
});

const ProposeInput = builder.inputType('XiamenProposeBundleInput', {
  description: `拟组建片区 — ${MIN_ESTATES} to ${MAX_ESTATES} neighbouring 厦门 estates (one street, or within ${NEIGHBOUR_METRES} m of each other), at least one without property service`,
  fields: (t) => ({
    name: t.string({ required: true, description: '片区名称 — e.g. 兰河片区', validate: text(2, 100) }),
    estates: t.field({ type: [BundleEstateInput], required: true, description: '片区小区 — in order; the first decides the approving street' }),
  }),
});

const ContractInput = builder.inputType('XiamenContractBundleInput', {
  description: '签约 — the government-purchased service contract with a company for an APPROVED bundle',
  fields: (t) => ({
    bundleId: t.id({ required: true, description: '片区编号 — e.g. XB0001' }),
    companyId: t.id({ required: true, description: '承接企业 — the registry id of a company registered in 厦门' }),
    contractedOn: t.field({ type: 'Date', required: true, description: '签约日期 — not before the approval, not after today' }),
    termMonths: t.int({ required: true, description: `合同期限 — months, 1 to ${MAX_TERM_MONTHS}` }),
  }),
});

const EndInput = builder.inputType('XiamenEndBundleInput', {
  description: '终止 — end a CONTRACTED bundle; its estates may then join another',
  fields: (t) => ({
    bundleId: t.id({ required: true, description: '片区编号 — e.g. XB0001' }),
    endedOn: t.field({ type: 'Date', required: true, description: '终止日期 — not before signing, not after today' }),
    reason: t.string({ required: true, description: '终止原因', validate: text(2, 500) }),
  }),
});

builder.mutationFields((t) => ({
  xiamenProposeBundle: t.field({
    type: BundleRef,
    description: '拟组建大物业片区 — propose a bundle of neighbouring 厦门 estates (officials over every estate); the registry is asked where each lies and how it is served',
    authScopes: { role: [...OFFICIAL_ROLES] },
    args: { input: t.arg({ type: ProposeInput, required: true, description: '拟组建片区 — the estates and their economics' }) },
    resolve: (_root, { input }, ctx) =>
      proposeBundle(ctx, { name: input.name, estates: input.estates.map((e) => ({ estateId: String(e.estateId), monthlyFeeIncome: e.monthlyFeeIncome, monthlyCost: e.monthlyCost })) }),
  }),

  xiamenApproveBundle: t.field({
    type: BundleRef,
    description: '街道批准 — the street (STREET_STAFF or above over the estates\' streets) approves a PROPOSED bundle (CONFLICT in any other state)',
    authScopes: { role: [...OFFICIAL_ROLES] },
    args: { bundleId: t.arg.id({ required: true, description: '片区编号 — e.g. XB0001' }) },
    resolve: (_root, { bundleId }, ctx) => moveBundle(ctx, String(bundleId), 'approve', async () => {}),
  }),

  xiamenContractBundle: t.field({
    type: BundleRef,
    description: '签约 — contract an APPROVED bundle with a 厦门 company for a term (CONFLICT in any other state)',
    authScopes: { role: [...OFFICIAL_ROLES] },
    args: { input: t.arg({ type: ContractInput, required: true, description: '签约 — company, date and term' }) },
    resolve: async (_root, { input }, ctx) => {
      requireSeesXiamen(ctx.viewer);
      if (input.termMonths < 1 || input.termMonths > MAX_TERM_MONTHS) throw WuyeError.badInput('input.termMonths', `must be 1 to ${MAX_TERM_MONTHS} months (got ${input.termMonths})`);
      if (input.contractedOn > today(ctx)) throw WuyeError.badInput('input.contractedOn', `must not lie after today (${today(ctx)})`);
      const company = await companyFacts(ctx, String(input.companyId), 'input.companyId');
      if (!inXiamen(company.regionCode)) throw WuyeError.badInput('input.companyId', `company ${company.id} is registered in ${company.regionCode}, outside 厦门 (350200): bundles are contracted with 厦门 companies`);
      return moveBundle(ctx, String(input.bundleId), 'contract', async (em, current) => {
        const approvedOn = chinaDate(current.updatedAt);
        if (input.contractedOn < approvedOn) throw WuyeError.badInput('input.contractedOn', `must not lie before the approval (${approvedOn})`);
        await sql(em, `update ${S}.bundle set company_id = ?, contracted_on = ?::date, term_months = ?, contract_ends_on = ?::date where id = ?`, [
          company.id,
          input.contractedOn,
          input.termMonths,
          addMonths(input.contractedOn, input.termMonths),
          current.id,
        ]);
      });
    },
  }),

  xiamenEndBundle: t.field({
    type: BundleRef,
    description: '终止 — end a CONTRACTED bundle (CONFLICT in any other state); its estates are free again',
    authScopes: { role: [...OFFICIAL_ROLES] },
    args: { input: t.arg({ type: EndInput, required: true, description: '终止 — date and reason' }) },
    resolve: (_root, { input }, ctx) => {
      requireSeesXiamen(ctx.viewer);
      if (input.endedOn > today(ctx)) throw WuyeError.badInput('input.endedOn', `must not lie after today (${today(ctx)})`);
      return moveBundle(ctx, String(input.bundleId), 'end', async (em, current) => {
        if (current.contractedOn && input.endedOn < current.contractedOn) throw WuyeError.badInput('input.endedOn', `must not lie before the signing (${current.contractedOn})`);
        await sql(em, `update ${S}.bundle set ended_on = ?::date, end_reason = ? where id = ?`, [input.endedOn, input.reason.trim(), current.id]);
      });
    },
  }),
}));
