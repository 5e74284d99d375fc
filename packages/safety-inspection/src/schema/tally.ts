// The aggregate shapes shared by Region.safety, PropertyCompany.safety, ResidentialEstate.safety and a
// campaign's results: findings by category and state, and self-inspection months due and missing.
import { share } from '@wuye/kit';
import type { FindingTally, SelfInspectionTally } from '../statistics.js';
import { builder } from './builder.js';
import { FindingCategoryEnum, FindingStateEnum } from './enums.js';

const CategoryCountRef = builder.objectRef<FindingTally['byCategory'][number]>('SafetyCategoryCount').implement({
  description: '按类别统计 — findings of one category',
  fields: (t) => ({
    category: t.field({ type: FindingCategoryEnum, description: '隐患类别', resolve: (c) => c.category }),
    findings: t.exposeInt('findings', { description: '隐患数 — findings' }),
    open: t.exposeInt('open', { description: '未销号 — not yet verified' }),
    overdue: t.exposeInt('overdue', { description: '逾期 — notified and past the deadline' }),
    rectified: t.exposeInt('rectified', { description: '已整改 — rectified (RECTIFIED or VERIFIED)' }),
  }),
});

const StateCountRef = builder.objectRef<FindingTally['byState'][number]>('SafetyStateCount').implement({
  description: '按整改状态统计 — findings in one state',
  fields: (t) => ({
    state: t.field({ type: FindingStateEnum, description: '整改状态', resolve: (s) => s.state }),
    findings: t.exposeInt('findings', { description: '隐患数 — findings' }),
  }),
});

export const FindingTallyRef = builder.objectRef<FindingTally>('SafetyFindingTally').implement({
  description: '隐患统计 — findings and their rectification, counted from rows (overdue as of the request\'s clock)',
  fields: (t) => ({
    findings: t.exposeInt('findings', { description: '隐患数 — findings' }),
    open: t.exposeInt('open', { description: '未销号 — not yet verified (RAISED, NOTIFIED or RECTIFIED)' }),
    overdue: t.exposeInt('overdue', { description: '逾期未整改 — notified, past the deadline, not rectified' }),
    rectified: t.exposeInt('rectified', { description: '已整改 — rectified by the company (RECTIFIED or VERIFIED)' }),
    verified: t.exposeInt('verified', { description: '已复查销号 — verified and closed' }),
    rectifiedOnTime: t.exposeInt('rectifiedOnTime', { description: '按期整改 — rectified by the deadline (the latest rectification counts)' }),
    onTimeRate: t.float({ nullable: true, description: '按期整改率 — rectifiedOnTime / rectified, 4 decimal places', resolve: (f) => share(f.rectifiedOnTime, f.rectified) }),
    fireProblems: t.exposeInt('fireProblems', { description: '消防问题 — findings of the fire categories' }),
    fireProblemsRectified: t.exposeInt('fireProblemsRectified', { description: '督促整改消防问题 — fire problems rectified (RECTIFIED or VERIFIED)' }),
    byCategory: t.field({ type: [CategoryCountRef], description: '按类别 — every category, in a fixed order', resolve: (f) => f.byCategory }),
    byState: t.field({ type: [StateCountRef], description: '按状态 — every state, in the order of the state machine', resolve: (f) => f.byState }),
  }),
});

export const SelfInspectionTallyRef = builder.objectRef<SelfInspectionTally>('SafetySelfInspectionTally').implement({
  description: '月度自查统计 — self-inspection months due from served estates and those missing, over the months ended by the request\'s clock',
  fields: (t) => ({
    from: t.field({ type: 'Date', nullable: true, description: '起始月份 — the first month counted (null: since the first checklist version)', resolve: (s) => s.from }),
    to: t.field({ type: 'Date', description: '截止月份 — the last month counted: the last one that has ended', resolve: (s) => s.to }),
    estates: t.exposeInt('estates', { description: '应自查小区 — estates served by a company' }),
    monthsDue: t.exposeInt('monthsDue', { description: '应自查月次 — estate-months due' }),
    submitted: t.exposeInt('submitted', { description: '已自查 — estate-months with a self-inspection' }),
    missing: t.exposeInt('missing', { description: '缺报 — estate-months without one (flagged)' }),
    late: t.exposeInt('late', { description: '补报 — submitted after the month had ended' }),
    rate: t.float({ nullable: true, description: '自查率 — submitted / monthsDue, 4 decimal places', resolve: (s) => share(s.submitted, s.monthsDue) }),
    estatesMissing: t.exposeInt('estatesMissing', { description: '有缺报的小区 — estates missing at least one month' }),
  }),
});
