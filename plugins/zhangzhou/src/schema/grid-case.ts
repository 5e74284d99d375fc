// ZhangzhouGridCase: a grid case with its history, the time spent in each state and its SLA standing.
import { transitionsOfCase, type CaseRow, type TransitionRow } from '../rows.js';
import { ACTIONS, actionsFrom, CATEGORY_LABEL, dispatchRounds, roundBreached, roundOverdue, SLA_HOURS, STATE_LABEL, timeInStates, type GridAction } from '../workflow.js';
import { personalName, seesPersonalData } from './access.js';
import { builder, core, type ZhangzhouContext } from './builder.js';

export const StateEnum = builder.enumType('ZhangzhouGridCaseState', {
  description: '案件状态 — where a grid case stands in 城管双员进社区',
  values: {
    REPORTED: { description: `${STATE_LABEL.REPORTED} — found on 网格巡查 and recorded, not yet classified` },
    CLASSIFIED: { description: `${STATE_LABEL.CLASSIFIED} — classified and reported up, waiting for dispatch` },
    DISPATCHED: { description: `${STATE_LABEL.DISPATCHED} — dispatched to a department with a deadline` },
    HANDLED: { description: `${STATE_LABEL.HANDLED} — the department reports it handled, waiting for 核查验收` },
    VERIFIED: { description: `${STATE_LABEL.VERIFIED} — verified and accepted: closed` },
    REJECTED: { description: `${STATE_LABEL.REJECTED} — verification found it not handled; to be dispatched again` },
  } as const,
});

export const CategoryEnum = builder.enumType('ZhangzhouGridCategory', {
  description: '问题类别 — what the grid case is about',
  values: {
    ILLEGAL_CONSTRUCTION: { description: `${CATEGORY_LABEL.ILLEGAL_CONSTRUCTION} — illegal construction (default time limit ${SLA_HOURS.ILLEGAL_CONSTRUCTION} h)` },
    ILLEGAL_RENOVATION: { description: `${CATEGORY_LABEL.ILLEGAL_RENOVATION} — renovation against the rules (${SLA_HOURS.ILLEGAL_RENOVATION} h)` },
    FIRE_ACCESS_BLOCKED: { description: `${CATEGORY_LABEL.FIRE_ACCESS_BLOCKED} — fire-access route blocked (${SLA_HOURS.FIRE_ACCESS_BLOCKED} h)` },
    OTHER: { description: `${CATEGORY_LABEL.OTHER} — anything else (${SLA_HOURS.OTHER} h)` },
  } as const,
});

export const ReporterKindEnum = builder.enumType('ZhangzhouReporterKind', {
  description: '采集人类别 — who found the problem on patrol',
  values: {
    URBAN_MANAGEMENT_OFFICER: { description: '城管队员 — urban-management officer' },
    SMART_CITY_COLLECTOR: { description: '智慧城管问题采集员 — smart-city problem collector' },
  } as const,
});

export const ActionEnum = builder.enumType('ZhangzhouGridAction', {
  description: '办理环节 — a step that moves a grid case on (each is a mutation)',
  values: {
    CLASSIFY: { description: `${ACTIONS.classify.label} — zhangzhouClassifyGridCase` },
    DISPATCH: { description: `${ACTIONS.dispatch.label} — zhangzhouDispatchGridCase` },
    HANDLE: { description: `${ACTIONS.handle.label} — zhangzhouHandleGridCase` },
    VERIFY: { description: `${ACTIONS.verify.label} — zhangzhouVerifyGridCase` },
    REJECT: { description: `${ACTIONS.reject.label} — zhangzhouRejectGridCase` },
  } as const,
});

const actionName = (a: GridAction) => a.toUpperCase() as 'CLASSIFY';

const TransitionRef = builder.objectRef<TransitionRow>('ZhangzhouGridCaseTransition').implement({
  description: '流转记录 — one step of a grid case: from, to, when and by whom',
  fields: (t) => ({
    from: t.field({ type: StateEnum, nullable: true, description: '原状态 — null for the first step (采集问题)', resolve: (s) => s.fromState }),
    to: t.field({ type: StateEnum, description: '新状态', resolve: (s) => s.toState }),
    at: t.field({ type: 'DateTime', description: '时间', resolve: (s) => s.at }),
    by: t.string({
      nullable: true,
      description: '经办账号 — the account that recorded the step; only officials over the case\'s region see it (null for others)',
      resolve: (s, _args, ctx) => (seesPersonalData(ctx.viewer, s.regionCode) ? s.actor : null),
    }),
    category: t.field({ type: CategoryEnum, nullable: true, description: '问题类别 — set by 分类上报', resolve: (s) => s.category }),
    department: t.string({ nullable: true, description: '处置部门 — set by 派遣处置', resolve: (s) => s.department }),
    deadline: t.field({ type: 'DateTime', nullable: true, description: '处置时限 — set by 派遣处置', resolve: (s) => s.deadline }),
    note: t.string({ nullable: true, description: '说明 — what was done (处置), why it was sent back (核查退回) or the verifier\'s remark', resolve: (s) => s.note }),
  }),
});

const StateTimeRef = builder.objectRef<{ state: CaseRow['state']; hours: number; visits: number }>('ZhangzhouGridStateTime').implement({
  description: '环节用时 — time a case spent in one state (the current one until now, by the request clock)',
  fields: (t) => ({
    state: t.field({ type: StateEnum, description: '案件状态', resolve: (s) => s.state }),
    hours: t.exposeFloat('hours', { description: '小时 — hours in that state, summed over its visits, 2 decimal places' }),
    visits: t.exposeInt('visits', { description: '次数 — how many times the case entered it (DISPATCHED again after a rejection)' }),
  }),
});

const HOUR = 3_600_000;
const stepsOf = (c: CaseRow, ctx: ZhangzhouContext) => transitionsOfCase(ctx).load(c.id);

export const GridCaseRef = builder.objectRef<CaseRow>('ZhangzhouGridCase').implement({
  description: '网格案件 — a problem found on 网格巡查 in a 漳州 estate, moving 采集问题 → 分类上报 → 派遣处置 → 处置 → 核查验收',
  fields: (t) => ({
    id: t.exposeID('id', { description: '案件编号 — GC followed by six digits' }),
    estate: t.field({ type: core.ResidentialEstate, description: '所在小区 — the estate (registry)', resolve: (c) => ({ id: c.estateId }) }),
    community: t.field({ type: core.Region, description: '所属社区 — the estate\'s community when the case was reported', resolve: (c) => ({ code: c.regionCode }) }),
    regionCode: t.field({ type: 'RegionCode', description: '社区代码 — the community code (12 digits)', resolve: (c) => c.regionCode }),
    description: t.exposeString('description', { description: '问题描述' }),
    location: t.string({ nullable: true, description: '发现位置 — where in the estate', resolve: (c) => c.location }),
    reporterName: t.string({ description: '采集人 — masked (张**) unless you are an official over the case\'s region', resolve: (c, _args, ctx) => personalName(ctx.viewer, c.reporterName, c.regionCode) }),
    reporterKind: t.field({ type: ReporterKindEnum, description: '采集人类别 — 城管队员 or 智慧城管问题采集员', resolve: (c) => c.reporterKind }),
    category: t.field({ type: CategoryEnum, nullable: true, description: '问题类别 — null until 分类上报', resolve: (c) => c.category }),
    state: t.field({ type: StateEnum, description: '案件状态', resolve: (c) => c.state }),
    department: t.string({ nullable: true, description: '处置部门 — of the latest dispatch', resolve: (c) => c.department }),
    deadline: t.field({ type: 'DateTime', nullable: true, description: '处置时限 — of the latest dispatch', resolve: (c) => c.deadline }),
    reportedAt: t.field({ type: 'DateTime', description: '采集时间', resolve: (c) => c.reportedAt }),
    updatedAt: t.field({ type: 'DateTime', description: '最近流转时间 — when the latest step was taken', resolve: (c) => c.updatedAt }),
    nextActions: t.field({ type: [ActionEnum], description: '可办环节 — the steps the case can take now (none once verified)', resolve: (c) => actionsFrom(c.state).map(actionName) }),
    transitions: t.field({ type: [TransitionRef], description: '流转记录 — every step, oldest first', resolve: (c, _args, ctx) => stepsOf(c, ctx) }),
    timeInStates: t.field({
      type: [StateTimeRef],
      description: '环节用时 — hours spent in each open state, in the order first entered; the current state counts until now (request clock); VERIFIED closes the case and is not listed',
      resolve: async (c, _args, ctx) => timeInStates(await stepsOf(c, ctx), ctx.now),
    }),
    slaBreached: t.boolean({
      description: '超时 — a dispatch of this case passed its deadline before it was handled (as of now, by the request clock)',
      resolve: async (c, _args, ctx) => dispatchRounds(await stepsOf(c, ctx)).some((r) => roundBreached(r, ctx.now)),
    }),
    overdue: t.boolean({
      description: '逾期未处置 — dispatched, past the deadline and still not handled (as of now)',
      resolve: async (c, _args, ctx) => dispatchRounds(await stepsOf(c, ctx)).some((r) => roundOverdue(r, ctx.now)),
    }),
    hoursToDeadline: t.float({
      nullable: true,
      description: '剩余时限 — hours from now to the deadline while DISPATCHED (negative once overdue), 2 decimal places; null in other states',
      resolve: (c, _args, ctx) => (c.state === 'DISPATCHED' && c.deadline ? Math.round(((c.deadline.getTime() - ctx.now.getTime()) / HOUR) * 100) / 100 : null),
    }),
  }),
});
