// 自动预警 and 自动排名: warnings as rows (derived in SQL at the request's clock, ../warnings.ts) and the
// ranking of cities or counties by on-time publication rate.
import { defineLoader, groupedInKeyOrder, keysetConnection, levelOf, share, WuyeError } from '@wuye/kit';
import { hasEnded, latestEndedQuarter, publicationDeadline } from '../quarters.js';
import { ruleFromKey, ruleKey, WARNING_KINDS, type WarningKind, type WarningRule } from '../rules.js';
import { estateWarnings, ranking, warningPage, type CountsByKey, type RankingRow, type WarningRow } from '../statistics.js';
import { builder, type RevenueContext } from './builder.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { RankingLevelEnum, WarningKindEnum } from './enums.js';
import { ruleFromInput, WarningRuleInput } from './rule.js';

export const WarningRef = builder.objectRef<WarningRow>('PublicRevenueWarning').implement({
  description: '自动预警 — a warning about an estate\'s statement for a quarter, derived from the data and the clock (it disappears once resolved)',
  fields: (t) => ({
    kind: t.field({ type: WarningKindEnum, description: '预警类别', resolve: (w) => w.kind }),
    quarter: t.field({ type: 'Quarter', description: '季度 — the quarter concerned', resolve: (w) => w.quarter }),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (w) => ({ id: w.estateId }) }),
    company: t.field({ type: CompanyRef, description: '物业服务企业 — the serving company', resolve: (w) => ({ id: w.companyId }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (w) => ({ code: w.regionCode }) }),
    statementId: t.id({ nullable: true, description: '季度收支编号 — the statement concerned (null when none was submitted)', resolve: (w) => w.statementId }),
  }),
});

export const WarningCountRef = builder.objectRef<{ kind: WarningKind; count: number }>('PublicRevenueWarningCount').implement({
  description: '预警统计 — how many warnings of one kind',
  fields: (t) => ({
    kind: t.field({ type: WarningKindEnum, description: '预警类别', resolve: (c) => c.kind }),
    count: t.exposeInt('count', { description: '数量' }),
  }),
});

/** every kind, zeros included, in the enum's order */
export const warningCounts = (counts: CountsByKey) => WARNING_KINDS.map((kind) => ({ kind, count: counts[kind] ?? 0 }));

/** an estate's current warnings; keys "estateId|rule" so one request may use several rules */
export const warningsOfEstate = defineLoader<string, WarningRow[], RevenueContext>(async (keys, ctx) => {
  const byRule = new Map<string, string[]>();
  for (const key of keys) {
    const [estateId, ...rule] = key.split('|');
    byRule.set(rule.join('|'), [...(byRule.get(rule.join('|')) ?? []), estateId!]);
  }
  const rows: (WarningRow & { key: string })[] = [];
  for (const [rule, estateIds] of byRule) {
    for (const w of await estateWarnings(ctx.em, estateIds, ruleFromKey(rule), ctx.now)) rows.push({ ...w, key: `${w.estateId}|${rule}` });
  }
  return groupedInKeyOrder(keys, rows, (w) => w.key);
});

export const warningsKey = (estateId: string, rule: WarningRule) => `${estateId}|${ruleKey(rule)}`;

const WarningFilter = builder.inputType('PublicRevenueWarningFilter', {
  description: '预警筛选 — filters for a list of warnings; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', required: true, description: '地区 — warnings about estates in this region\'s subtree' }),
    quarter: t.field({ type: 'Quarter', description: '季度' }),
    kind: t.field({ type: WarningKindEnum, description: '预警类别' }),
    companyId: t.id({ description: '物业服务企业 — about estates this company serves' }),
  }),
});

export interface RankingEntry extends RankingRow {
  quarter: string;
  deadline: string;
}

const RankingEntryRef = builder.objectRef<RankingEntry>('PublicRevenueRankingEntry').implement({
  description: '自动排名 — a region\'s place by on-time publication rate for a quarter',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '名次 — 1 is best; regions with the same rate share a place' }),
    region: t.field({ type: RegionRef, description: '地区 — the city or county', resolve: (r) => ({ code: r.regionCode }) }),
    regionCode: t.field({ type: 'RegionCode', description: '行政区划代码', resolve: (r) => r.regionCode }),
    expected: t.exposeInt('expected', { description: '应公示小区 — estates due to state the quarter' }),
    publishedOnTime: t.exposeInt('publishedOnTime', { description: '按期公示 — published online by the deadline' }),
    onTimeRate: t.float({ nullable: true, description: '按期公示率 — publishedOnTime / expected, 4 decimal places', resolve: (r) => share(r.publishedOnTime, r.expected) }),
    publishedOnline: t.exposeInt('publishedOnline', { description: '线上公示 — published online by now' }),
    onlineRate: t.float({ nullable: true, description: '线上公示率 — publishedOnline / expected, 4 decimal places', resolve: (r) => share(r.publishedOnline, r.expected) }),
    publishedOffline: t.exposeInt('publishedOffline', { description: '线下公示 — published on notice boards by now' }),
    quarter: t.field({ type: 'Quarter', description: '季度', resolve: (r) => r.quarter }),
    deadline: t.field({ type: 'Date', description: '公示期限', resolve: (r) => r.deadline }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueWarnings: t.connection({
    type: WarningRef,
    description: '自动预警 — a region\'s current warnings (derived at the request\'s clock), filtered and paged in (estate, quarter, kind) order',
    args: { filter: t.arg({ type: WarningFilter, required: true }), rule: t.arg({ type: WarningRuleInput }) },
    resolve: (_root, args, ctx) => {
      const rule = ruleFromInput(args.rule);
      return keysetConnection(
        args,
        async (page) => (await warningPage(ctx.em, args.filter, rule, ctx.now, page)) as WarningRow[],
        (w) => [w.estateId, w.quarter, w.kind],
        async () => (await warningPage(ctx.em, args.filter, rule, ctx.now, 'count')) as number,
      );
    },
  }, { description: '预警列表 — a page of warnings' }, { description: '预警 — a warning in the list' }),
  publicRevenueRanking: t.field({
    type: [RankingEntryRef],
    description: '自动排名 — cities or counties within a region ranked by on-time publication rate for a quarter (default: the latest that has ended)',
    args: {
      level: t.arg({ type: RankingLevelEnum, required: true }),
      regionCode: t.arg({ type: 'RegionCode', description: 'rank the cities or counties within this region (default: the province)' }),
      quarter: t.arg({ type: 'Quarter' }),
      rule: t.arg({ type: WarningRuleInput, description: 'its lateAfterDays sets the deadline' }),
    },
    resolve: async (_root, args, ctx) => {
      const within = args.regionCode ?? '350000';
      const level = levelOf(within);
      if (args.level === 'CITY' && level !== 'PROVINCE') throw WuyeError.badInput('regionCode', 'cities are ranked within the province');
      if (args.level === 'COUNTY' && level !== 'PROVINCE' && level !== 'CITY') throw WuyeError.badInput('regionCode', 'counties are ranked within the province or a city');
      const quarter = args.quarter ?? latestEndedQuarter(ctx.now);
      if (!hasEnded(quarter, ctx.now)) throw WuyeError.badInput('quarter', `${quarter} has not ended yet`);
      const rule = ruleFromInput(args.rule);
      const deadline = publicationDeadline(quarter, rule.lateAfterDays);
      return (await ranking(ctx.em, within, args.level, quarter, rule, ctx.now)).map((r) => ({ ...r, quarter, deadline }));
    },
  }),
}));

