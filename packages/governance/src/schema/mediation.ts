// 诉调对接: disputes courts refer to the industry association's mediation body, with their parties and
// lifecycle RECEIVED → MEDIATING → AGREEMENT | NO_AGREEMENT → (NO_AGREEMENT) RETURNED_TO_COURT, dated.
// Cases and parties' names are for officials over the case and its mediator (./mediation-access.ts).
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql, WuyeError } from '@wuye/kit';
import { builder, type GovernanceContext } from './builder.js';
import { regionLike, S, sqlConnection } from './common.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { MediationCategoryEnum, MediationStateEnum, PartySideEnum, type MediationStateName } from './enums.js';
import { seesCase, visibleCases } from './mediation-access.js';
import { MediatorRef, type MediatorRow } from './mediators.js';

export interface CaseRow {
  id: string;
  estate_id: string;
  region_code: string;
  court: string;
  category: 'FEES';
  summary: string;
  referred_on: string;
  state: MediationStateName;
  mediator_id: string | null;
  mediation_started_on: string | null;
  concluded_on: string | null;
  returned_on: string | null;
  outcome_note: string | null;
}

interface PartyRow {
  case_id: string;
  party_no: number;
  side: 'OWNER' | 'COMMITTEE' | 'COMPANY';
  name: string;
  company_id: string | null;
  /** whether the viewer may see the name */
  visible: boolean;
}

const partiesOf = defineLoader<string, Omit<PartyRow, 'visible'>[], GovernanceContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<Omit<PartyRow, 'visible'>>(ctx.em, `select * from ${S}.mediation_party where case_id = any(?::text[]) order by case_id, party_no`, [ids]), (p) => p.case_id),
);

const mediatorById = defineLoader<string, MediatorRow | null, GovernanceContext>(async (ids, ctx) =>
  inKeyOrder(ids, await sql<MediatorRow>(ctx.em, `select * from ${S}.mediator where id = any(?::text[])`, [ids]), (m) => m.id),
);

const PartyRef = builder.objectRef<PartyRow>('GovernanceMediationParty').implement({
  description: '当事人 — a party to a dispute',
  fields: (t) => ({
    side: t.field({ type: PartySideEnum, description: '当事人类别', resolve: (p) => p.side }),
    name: t.string({ nullable: true, description: '名称 — personal data: only for officials over the case and its mediator, null otherwise', resolve: (p) => (p.visible ? p.name : null) }),
    company: t.field({ type: CompanyRef, nullable: true, description: '物业服务企业 — when the party is the company', resolve: (p) => (p.company_id ? { id: p.company_id } : null) }),
  }),
});

export const MediationRef = builder.objectRef<CaseRow>('GovernanceMediation').implement({
  description: '诉调对接案件 — a dispute a court referred to the mediation body, and its lifecycle',
  fields: (t) => ({
    id: t.exposeID('id', { description: '案件编号' }),
    estate: t.field({ type: EstateRef, description: '住宅小区 — the estate the dispute is about', resolve: (c) => ({ id: c.estate_id }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (c) => ({ code: c.region_code }) }),
    court: t.exposeString('court', { description: '移送法院 — the referring court' }),
    category: t.field({ type: MediationCategoryEnum, description: '纠纷类别', resolve: (c) => c.category }),
    summary: t.exposeString('summary', { description: '纠纷概要' }),
    state: t.field({ type: MediationStateEnum, description: '调解状态', resolve: (c) => c.state }),
    referredOn: t.field({ type: 'Date', description: '受理日期 — referred by the court', resolve: (c) => c.referred_on }),
    mediationStartedOn: t.field({ type: 'Date', nullable: true, description: '开始调解日期', resolve: (c) => c.mediation_started_on }),
    concludedOn: t.field({ type: 'Date', nullable: true, description: '调解终结日期 — agreement or no agreement', resolve: (c) => c.concluded_on }),
    returnedOn: t.field({ type: 'Date', nullable: true, description: '退回法院日期', resolve: (c) => c.returned_on }),
    daysToConclude: t.int({ nullable: true, description: '办理天数 — referred → concluded, in days', resolve: (c) => (c.concluded_on ? (Date.parse(c.concluded_on) - Date.parse(c.referred_on)) / 86_400_000 : null) }),
    outcomeNote: t.string({ nullable: true, description: '调解结果说明', resolve: (c) => c.outcome_note }),
    mediator: t.field({ type: MediatorRef, nullable: true, description: '调解员 — assigned when mediation starts', resolve: (c, _a, ctx) => (c.mediator_id ? mediatorById(ctx).load(c.mediator_id) : null) }),
    parties: t.field({
      type: [PartyRef],
      description: '当事人 — the parties; names only for officials over the case and its mediator',
      resolve: async (c, _a, ctx) => {
        const visible = await seesCase(ctx, c);
        return (await partiesOf(ctx).load(c.id)).map((p) => ({ ...p, visible }));
      },
    }),
  }),
});

const MediationFilter = builder.inputType('GovernanceMediationFilter', {
  description: '案件筛选 — filters for mediation cases; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区 — cases about estates in this region' }),
    state: t.field({ type: MediationStateEnum, description: '调解状态' }),
    category: t.field({ type: MediationCategoryEnum, description: '纠纷类别' }),
    concludedInYear: t.int({ description: '终结年度 — concluded (agreement or not) in this year' }),
    estateId: t.id({ description: '住宅小区' }),
  }),
});

builder.queryFields((t) => ({
  governanceMediations: t.connection({
    type: MediationRef,
    description: '诉调对接案件 — cases the viewer may see (officials: their region; a mediator: the cases assigned to them), paged by id; the public sees Region.governance figures only',
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: MediationFilter }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const visible = await visibleCases(ctx);
      const conditions = [visible.where, 't.region_code like ?'];
      const params = [...visible.params, regionLike(f.regionCode)];
      if (f.state) {
        conditions.push('t.state = ?');
        params.push(f.state);
      }
      if (f.category) {
        conditions.push('t.category = ?');
        params.push(f.category);
      }
      if (f.estateId) {
        conditions.push('t.estate_id = ?');
        params.push(f.estateId);
      }
      if (f.concludedInYear != null) {
        conditions.push(`extract(year from t.concluded_on) = ?`);
        params.push(f.concludedInYear);
      }
      return sqlConnection<CaseRow>(ctx, args, `${S}.mediation_case`, conditions, params);
    },
  }, { description: '案件列表 — a page of mediation cases' }, { description: '案件 — a case in the list' }),
  governanceMediation: t.field({
    type: MediationRef,
    description: '诉调对接案件 — one case, for officials over it and its mediator',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true, description: '案件编号' }) },
    resolve: async (_root, { id }, ctx) => {
      const [row] = await sql<CaseRow>(ctx.em, `select * from ${S}.mediation_case where id = ?`, [id]);
      if (!row || !(await seesCase(ctx, row))) throw WuyeError.notFound('Mediation', String(id));
      return row;
    },
  }),
}));
