// Region.governance: the figures for any region, batched — all regions of one query level cost one SQL
// statement (../statistics.ts), and mediations of a year one more.
import { defineLoader, share } from '@wuye/kit';
import { mediationYearFigures, regionFigures, type MediationYearFigures, type RegionFigures } from '../statistics.js';
import { builder, type GovernanceContext } from './builder.js';
import { today } from './common.js';
import { RegionRef } from './core-entities.js';
import { MEDIATION_STATES, MediationStateEnum, OutcomeEnum, SettlementLevelEnum } from './enums.js';

const figuresByRegion = defineLoader<string, RegionFigures, GovernanceContext>(async (codes, ctx) => regionFigures(ctx.em, codes, today(ctx)));

/** keyed "code|year": one statement per year */
const mediationsByRegion = defineLoader<string, MediationYearFigures, GovernanceContext>(async (keys, ctx) => {
  const years = new Map<number, string[]>();
  for (const key of keys) {
    const [code, year] = key.split('|');
    years.set(Number(year), [...(years.get(Number(year)) ?? []), code!]);
  }
  const results = new Map<string, MediationYearFigures>();
  for (const [year, codes] of years) for (const f of await mediationYearFigures(ctx.em, codes, year, today(ctx))) results.set(`${f.regionCode}|${year}`, f);
  return keys.map((key) => results.get(key)!);
});

const GridFiguresRef = builder.objectRef<RegionFigures>('GovernanceGridFigures').implement({
  description: '一网统管统计 — counties of the region with each milestone achieved',
  fields: (t) => ({
    gridsMerged: t.exposeInt('gridsMerged', { description: '网格融合县数 — counties whose urban-management grid is merged with the community grid' }),
    whistleReport: t.exposeInt('whistleReport', { description: '吹哨报到县数 — counties with "镇街吹哨、部门报到"' }),
    platformsConnected: t.exposeInt('platformsConnected', { description: '平台对接县数 — counties whose platforms are connected' }),
  }),
});

const StateCountRef = builder.objectRef<{ state: (typeof MEDIATION_STATES)[number]; count: number }>('GovernanceMediationStateCount').implement({
  description: '案件状态统计 — how many cases stand at a state',
  fields: (t) => ({
    state: t.field({ type: MediationStateEnum, description: '调解状态', resolve: (c) => c.state }),
    count: t.exposeInt('count', { description: '数量' }),
  }),
});

const MediationYearRef = builder.objectRef<MediationYearFigures>('GovernanceMediationYear').implement({
  description: '诉调对接年度统计 — a year\'s court-referred mediations in the region',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    referred: t.exposeInt('referred', { description: '受理 — cases referred in the year' }),
    agreements: t.exposeInt('agreements', { description: '有效化解 — mediated to an agreement in the year (the seed\'s 355 for 2023)' }),
    noAgreement: t.exposeInt('noAgreement', { description: '调解不成 — concluded without agreement in the year' }),
    returnedToCourt: t.exposeInt('returnedToCourt', { description: '退回法院 — returned to court in the year' }),
    byState: t.field({ type: [StateCountRef], description: '状态分布 — cases referred in the year by the state they stand at', resolve: (f) => MEDIATION_STATES.map((state) => ({ state, count: f.byState[state] ?? 0 })) }),
  }),
});

const LevelShareRef = builder.objectRef<{ level: 'ESTATE' | 'COMMUNITY' | 'STREET'; settled: number; of: number }>('GovernanceSettlementShare').implement({
  description: '化解层级占比 — matters settled at one level and their share of the settled',
  fields: (t) => ({
    level: t.field({ type: SettlementLevelEnum, description: '化解层级', resolve: (s) => s.level }),
    settled: t.exposeInt('settled', { description: '化解数' }),
    share: t.float({ nullable: true, description: '占比 — of all settled matters, 4 decimal places', resolve: (s) => share(s.settled, s.of) }),
  }),
});

const DeliberationRef = builder.objectRef<RegionFigures>('GovernanceDeliberationFigures').implement({
  description: '议事协商统计 — matters raised at the region\'s estates and where they were settled',
  fields: (t) => ({
    raised: t.exposeInt('mattersRaised', { description: '提出事项' }),
    settled: t.exposeInt('mattersSettled', { description: '已化解' }),
    open: t.int({ description: '未化解', resolve: (f) => f.mattersRaised - f.mattersSettled }),
    byLevel: t.field({
      type: [LevelShareRef],
      description: '化解层级 — "小事不出小区、大事不出社区": settled in the estate, the community, at the street',
      resolve: (f) => (['ESTATE', 'COMMUNITY', 'STREET'] as const).map((level) => ({ level, settled: f.settledAt[level], of: f.mattersSettled })),
    }),
    averageDaysToSettle: t.float({ nullable: true, description: '平均化解天数 — raised → settled', resolve: (f) => f.averageDaysToSettle }),
  }),
});

const OutcomeCountRef = builder.objectRef<{ outcome: 'PENDING' | 'RECTIFIED' | 'FINED' | 'DEMOLISHED'; count: number }>('GovernanceEnforcementOutcomeCount').implement({
  description: '处置结果统计',
  fields: (t) => ({
    outcome: t.field({ type: OutcomeEnum, description: '处置结果', resolve: (c) => c.outcome }),
    count: t.exposeInt('count', { description: '数量' }),
  }),
});

const RegionGovernanceRef = builder.objectRef<RegionFigures>('RegionGovernance').implement({
  description: '基层治理统计 — the region\'s (whole subtree\'s) grassroots-governance figures at the request\'s date',
  fields: (t) => ({
    grid: t.field({ type: GridFiguresRef, description: '一网统管 — counties integrated', resolve: (f) => f }),
    mediations: t.field({
      type: MediationYearRef,
      description: '诉调对接 — a year\'s mediations (default: the last full year before today); many regions cost one SQL statement per year',
      args: { year: t.arg.int({ description: '年度' }) },
      resolve: (f, args, ctx) => mediationsByRegion(ctx).load(`${f.regionCode}|${args.year ?? Number(today(ctx).slice(0, 4)) - 1}`),
    }),
    deliberation: t.field({ type: DeliberationRef, description: '议事协商', resolve: (f) => f }),
    enforcementActions: t.exposeInt('enforcementActions', { description: '执法进社区 — enforcement actions at estates' }),
    enforcementByOutcome: t.field({
      type: [OutcomeCountRef],
      description: '执法处置结果',
      resolve: (f) => (['PENDING', 'RECTIFIED', 'FINED', 'DEMOLISHED'] as const).map((outcome) => ({ outcome, count: f.enforcementByOutcome[outcome] ?? 0 })),
    }),
    jointMeetings: t.exposeInt('meetings', { description: '物业管理联席会议 — meetings held by the region\'s streets' }),
    resolutionsOpen: t.exposeInt('resolutionsOpen', { description: '决议办理中' }),
    resolutionsOverdue: t.exposeInt('resolutionsOverdue', { description: '决议逾期 — open past the deadline' }),
    resolutionsDone: t.exposeInt('resolutionsDone', { description: '决议已办结' }),
    pilots: t.exposeInt('pilots', { description: '完整社区试点 — pilots in the region, each with a 党群服务中心' }),
    pilotEstates: t.exposeInt('pilotEstates', { description: '试点服务小区 — estates the pilots serve' }),
    renovationProjects: t.exposeInt('renovationProjects', { description: '老旧小区改造项目' }),
    renovatedEstates: t.exposeInt('renovatedEstates', { description: '改造小区 — estates in the projects\' scope' }),
    renovationsHandedOver: t.exposeInt('handedOver', { description: '已移交物业服务 — projects handed over after "先试后买"' }),
  }),
});

RegionRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    governance: t.field({
      type: RegionGovernanceRef,
      description: '基层治理 — grid integration, mediation, deliberation, enforcement, joint meetings, pilots and renovation in the region; many regions cost one SQL statement',
      resolve: (r, _a, ctx) => figuresByRegion(ctx).load(r.code),
    }),
  }),
});
