// Public revenue's fields on the registry's entities: ResidentialEstate.publicRevenue (statements, latest
// publication, warnings, deposits) and PropertyCompany.publicRevenue (compliance over the estates it serves).
import { chinaDate, defineLoader, share, sql, WuyeError } from '@wuye/kit';
import { hasEnded, latestEndedQuarter, publicationDeadline } from '../quarters.js';
import { ruleKey, type WarningRule } from '../rules.js';
import { companyFigures, type CompanyFigures } from '../statistics.js';
import { builder, type RevenueContext } from './builder.js';
import { CompanyRef, EstateRef } from './core-entities.js';
import { statementsOfEstate } from './loaders.js';
import { ruleFromInput, WarningRuleInput, WarningRuleRef } from './rule.js';
import { PublicationRef, StatementRef, viewsOf } from './statement.js';
import { warningCounts, WarningCountRef, WarningRef, warningsKey, warningsOfEstate } from './warning.js';

interface EstateFacts {
  enrolledFrom: string | null;
  depositsTotal: string;
  deposits: number;
}

/** per estate: under supervision since when, and its deposits — one statement */
const estateFacts = defineLoader<string, EstateFacts, RevenueContext>(async (ids, ctx) => {
  const rows = await sql<{ id: string; enrolled_from: string | null; total: string | null; n: number }>(
    ctx.em,
    `select k.id, e.enrolled_from, d.total, coalesce(d.n, 0) as n from unnest(?::text[]) k(id)
     left join public_revenue.revenue_estate e on e.estate_id = k.id
     left join lateral (select sum(amount)::text as total, count(*)::int as n from public_revenue.deposit where estate_id = k.id and deposited_on <= ?) d on true`,
    [ids, chinaDate(ctx.now)],
  );
  const byId = new Map(rows.map((r) => [r.id, { enrolledFrom: r.enrolled_from, depositsTotal: r.total ?? '0.00', deposits: r.n }]));
  return ids.map((id) => byId.get(id) ?? { enrolledFrom: null, depositsTotal: '0.00', deposits: 0 });
});

const EstateRevenueRef = builder.objectRef<{ id: string }>('EstatePublicRevenue').implement({
  description: '小区公共收益 — an estate\'s public revenue: its statements as the viewer may see them, publications, warnings and deposits',
  fields: (t) => ({
    enrolled: t.boolean({ description: '纳入管理 — under public-revenue supervision (a serving company states every quarter)', resolve: async (e, _a, ctx) => (await estateFacts(ctx).load(e.id)).enrolledFrom !== null }),
    enrolledFrom: t.field({ type: 'Quarter', nullable: true, description: '起始季度 — the first quarter due', resolve: async (e, _a, ctx) => (await estateFacts(ctx).load(e.id)).enrolledFrom }),
    statements: t.field({
      type: [StatementRef],
      description: '季度收支 — the statements this viewer may see, newest quarter first (the public: published ones only)',
      args: { quarter: t.arg({ type: 'Quarter', description: 'only this quarter\'s' }) },
      resolve: async (e, { quarter }, ctx) => viewsOf(ctx, (await statementsOfEstate(ctx).load(e.id)).filter((s) => !quarter || s.quarter === quarter)),
    }),
    latestStatement: t.field({
      type: StatementRef,
      nullable: true,
      description: '最新季度收支 — the newest quarter\'s statement this viewer may see',
      resolve: async (e, _a, ctx) => (await viewsOf(ctx, await statementsOfEstate(ctx).load(e.id)))[0] ?? null,
    }),
    latestPublication: t.field({
      type: PublicationRef,
      nullable: true,
      description: '最近一次公示 — the latest publication of any of its statements',
      resolve: async (e, _a, ctx) => {
        const views = await viewsOf(ctx, await statementsOfEstate(ctx).load(e.id));
        return views.flatMap((v) => v.publications).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())[0] ?? null;
      },
    }),
    warnings: t.field({
      type: [WarningRef],
      description: '自动预警 — its current warnings, derived at the request\'s clock',
      args: { rule: t.arg({ type: WarningRuleInput }) },
      resolve: (e, { rule }, ctx) => warningsOfEstate(ctx).load(warningsKey(e.id, ruleFromInput(rule))),
    }),
    depositsTotal: t.field({ type: 'Decimal', description: '缴存合计 — public revenue deposited into its account, in yuan', resolve: async (e, _a, ctx) => (await estateFacts(ctx).load(e.id)).depositsTotal }),
    deposits: t.int({ description: '缴存笔数 — how many deposits', resolve: async (e, _a, ctx) => (await estateFacts(ctx).load(e.id)).deposits }),
  }),
});

EstateRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    publicRevenue: t.field({ type: EstateRevenueRef, description: '公共收益 — the estate\'s public revenue', resolve: (e) => ({ id: e.id }) }),
  }),
});

interface CompanyRevenue extends CompanyFigures {
  quarter: string;
  deadline: string;
  rule: WarningRule;
}

/** keyed "companyId|quarter|rule": one statement per quarter and rule */
const companyRevenue = defineLoader<string, CompanyFigures, RevenueContext>(async (keys, ctx) => {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [id, ...rest] = key.split('|');
    groups.set(rest.join('|'), [...(groups.get(rest.join('|')) ?? []), id!]);
  }
  const results = new Map<string, CompanyFigures>();
  for (const [group, ids] of groups) {
    const [quarter, days, drop] = group.split('|');
    for (const f of await companyFigures(ctx.em, ids, quarter!, { lateAfterDays: Number(days), incomeDropShare: Number(drop) }, ctx.now)) results.set(`${f.companyId}|${group}`, f);
  }
  return keys.map((key) => results.get(key)!);
});

const CompanyRevenueRef = builder.objectRef<CompanyRevenue>('CompanyPublicRevenue').implement({
  description: '企业公共收益合规 — a company\'s public-revenue compliance over the estates it serves',
  fields: (t) => ({
    quarter: t.field({ type: 'Quarter', description: '季度 — the quarter the publication figures are for', resolve: (c) => c.quarter }),
    deadline: t.field({ type: 'Date', description: '公示期限 — the quarter\'s deadline under the rule', resolve: (c) => c.deadline }),
    rule: t.field({ type: WarningRuleRef, description: '预警规则 — the rule the figures were derived with', resolve: (c) => c.rule }),
    estates: t.exposeInt('estates', { description: '服务小区 — estates under supervision it serves' }),
    compliantEstates: t.exposeInt('compliantEstates', { description: '无预警小区 — of them, estates without any current warning' }),
    complianceRate: t.float({ nullable: true, description: '合规率 — compliantEstates / estates, 4 decimal places', resolve: (c) => share(c.compliantEstates, c.estates) }),
    expected: t.exposeInt('expected', { description: '应公示 — estates due to state the quarter' }),
    submitted: t.exposeInt('submitted', { description: '已报送 — statements submitted' }),
    publishedOnline: t.exposeInt('publishedOnline', { description: '线上公示 — published online' }),
    onlineRate: t.float({ nullable: true, description: '线上公示率 — publishedOnline / expected', resolve: (c) => share(c.publishedOnline, c.expected) }),
    publishedOffline: t.exposeInt('publishedOffline', { description: '线下公示 — published on notice boards' }),
    publishedOnTime: t.exposeInt('publishedOnTime', { description: '按期公示 — published online by the deadline' }),
    onTimeRate: t.float({ nullable: true, description: '按期公示率 — publishedOnTime / expected', resolve: (c) => share(c.publishedOnTime, c.expected) }),
    warnings: t.field({ type: [WarningCountRef], description: '预警统计 — current warnings over its estates, by kind', resolve: (c) => warningCounts(c.warnings) }),
    depositsTotal: t.field({ type: 'Decimal', description: '缴存合计 — public revenue it deposited, in yuan', resolve: (c) => c.depositsTotal }),
  }),
});

export function quarterArg(quarter: string | null | undefined, ctx: RevenueContext, field = 'quarter'): string {
  const q = quarter ?? latestEndedQuarter(ctx.now);
  if (!hasEnded(q, ctx.now)) throw WuyeError.badInput(field, `${q} has not ended yet (today is ${chinaDate(ctx.now)})`);
  return q;
}

CompanyRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    publicRevenue: t.field({
      type: CompanyRevenueRef,
      description: '公共收益合规 — compliance over the estates it serves (publication figures for a quarter; default: the latest that has ended)',
      args: { quarter: t.arg({ type: 'Quarter' }), rule: t.arg({ type: WarningRuleInput }) },
      resolve: async (c, args, ctx) => {
        const quarter = quarterArg(args.quarter, ctx);
        const rule = ruleFromInput(args.rule);
        const figures = await companyRevenue(ctx).load(`${c.id}|${quarter}|${ruleKey(rule)}`);
        return { ...figures, quarter, rule, deadline: publicationDeadline(quarter, rule.lateAfterDays) };
      },
    }),
  }),
});
