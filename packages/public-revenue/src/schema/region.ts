// Region.publicRevenue: the drive's figures for any region, batched — all regions of one query level
// (and one quarter and rule) cost one SQL statement (../statistics.ts).
import { defineLoader, share } from '@wuye/kit';
import { publicationDeadline } from '../quarters.js';
import { ruleKey, ruleFromKey, type WarningRule } from '../rules.js';
import { regionFigures, type RegionFigures } from '../statistics.js';
import { builder, type RevenueContext } from './builder.js';
import { RegionRef } from './core-entities.js';
import { quarterArg } from './core-fields.js';
import { ComplaintStateEnum } from './enums.js';
import { ruleFromInput, WarningRuleInput, WarningRuleRef } from './rule.js';
import { warningCounts, WarningCountRef } from './warning.js';

interface RegionRevenue extends RegionFigures {
  quarter: string;
  deadline: string;
  rule: WarningRule;
}

/** keyed "code|quarter|rule": one statement per quarter and rule */
const figuresByRegion = defineLoader<string, RegionFigures, RevenueContext>(async (keys, ctx) => {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [code, ...rest] = key.split('|');
    groups.set(rest.join('|'), [...(groups.get(rest.join('|')) ?? []), code!]);
  }
  const results = new Map<string, RegionFigures>();
  for (const [group, codes] of groups) {
    const [quarter, ...rule] = group.split('|');
    for (const f of await regionFigures(ctx.em, codes, quarter!, ruleFromKey(rule.join('|')), ctx.now)) results.set(`${f.regionCode}|${group}`, f);
  }
  return keys.map((key) => results.get(key)!);
});

const STATES = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED'] as const;

const ComplaintCountRef = builder.objectRef<{ state: (typeof STATES)[number]; count: number }>('PublicRevenueComplaintCount').implement({
  description: '投诉统计 — how many complaints stand at one step',
  fields: (t) => ({
    state: t.field({ type: ComplaintStateEnum, description: '办理环节', resolve: (c) => c.state }),
    count: t.exposeInt('count', { description: '数量' }),
  }),
});

const RegionRevenueRef = builder.objectRef<RegionRevenue>('RegionPublicRevenue').implement({
  description: '公共收益统计 — public-revenue figures of a region (its whole subtree) for a quarter, at the request\'s clock',
  fields: (t) => ({
    quarter: t.field({ type: 'Quarter', description: '季度', resolve: (r) => r.quarter }),
    deadline: t.field({ type: 'Date', description: '公示期限 — the quarter\'s deadline under the rule', resolve: (r) => r.deadline }),
    rule: t.field({ type: WarningRuleRef, description: '预警规则 — the rule the figures were derived with', resolve: (r) => r.rule }),
    expected: t.exposeInt('expected', { description: '应公示小区 — estates under supervision due to state the quarter' }),
    submitted: t.exposeInt('submitted', { description: '已报送 — statements submitted' }),
    publishedOnline: t.exposeInt('publishedOnline', { description: '线上公示 — published on 闽政通' }),
    onlineRate: t.float({ nullable: true, description: '线上公示率 — publishedOnline / expected, 4 decimal places (1 = 100%)', resolve: (r) => share(r.publishedOnline, r.expected) }),
    publishedOffline: t.exposeInt('publishedOffline', { description: '线下公示 — published on notice boards' }),
    offlineRate: t.float({ nullable: true, description: '线下公示率 — publishedOffline / expected', resolve: (r) => share(r.publishedOffline, r.expected) }),
    publishedBoth: t.exposeInt('publishedBoth', { description: '双公示 — published on both channels' }),
    publishedOnTime: t.exposeInt('publishedOnTime', { description: '按期公示 — published online by the deadline' }),
    onTimeRate: t.float({ nullable: true, description: '按期公示率 — publishedOnTime / expected', resolve: (r) => share(r.publishedOnTime, r.expected) }),
    warnings: t.field({ type: [WarningCountRef], description: '预警统计 — current warnings (all quarters) by kind', resolve: (r) => warningCounts(r.warnings) }),
    warningsTotal: t.int({ description: '预警总数 — current warnings', resolve: (r) => Object.values(r.warnings).reduce((a, b) => a + b, 0) }),
    depositsTotal: t.field({ type: 'Decimal', description: '缴存合计 — public revenue deposited by companies, in yuan (exact)', resolve: (r) => r.depositsTotal }),
    deposits: t.exposeInt('deposits', { description: '缴存笔数 — how many deposits' }),
    tasksOpen: t.exposeInt('tasksOpen', { description: '未销号任务 — open rectification tasks of the region and below' }),
    tasksClosed: t.exposeInt('tasksClosed', { description: '已销号任务 — closed tasks' }),
    tasksOverdue: t.exposeInt('tasksOverdue', { description: '逾期任务 — open tasks past their deadline' }),
    complaints: t.field({ type: [ComplaintCountRef], description: '投诉办理 — complaints by the step they stand at', resolve: (r) => STATES.map((state) => ({ state, count: r.complaints[state] ?? 0 })) }),
    supervisors: t.exposeInt('supervisors', { description: '行风监督员 — supervisors of the region' }),
    supervisorVisits: t.int({ description: '明察暗访 — their visits so far', resolve: (r) => r.visits }),
  }),
});

RegionRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    publicRevenue: t.field({
      type: RegionRevenueRef,
      description: '公共收益统计 — public-revenue figures of the region for a quarter (default: the latest that has ended); many regions cost one SQL statement',
      args: { quarter: t.arg({ type: 'Quarter' }), rule: t.arg({ type: WarningRuleInput }) },
      resolve: async (region, args, ctx) => {
        const quarter = quarterArg(args.quarter, ctx);
        const rule = ruleFromInput(args.rule);
        const figures = await figuresByRegion(ctx).load(`${region.code}|${quarter}|${ruleKey(rule)}`);
        return { ...figures, quarter, rule, deadline: publicationDeadline(quarter, rule.lateAfterDays) };
      },
    }),
  }),
});
