// 城管双员进社区 — the grid-case workflow as data: 网格巡查 → 采集问题 → 分类上报 → 派遣处置 → 处置 → 核查验收,
// with rejection back to dispatch. Pure functions: the API, the demo data and the tests share them.

export const STATES = ['REPORTED', 'CLASSIFIED', 'DISPATCHED', 'HANDLED', 'VERIFIED', 'REJECTED'] as const;
export type GridCaseState = (typeof STATES)[number];

export const CATEGORIES = ['ILLEGAL_CONSTRUCTION', 'ILLEGAL_RENOVATION', 'FIRE_ACCESS_BLOCKED', 'OTHER'] as const;
export type GridCategory = (typeof CATEGORIES)[number];

export const REPORTER_KINDS = ['URBAN_MANAGEMENT_OFFICER', 'SMART_CITY_COLLECTOR'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

export const STATE_LABEL: Record<GridCaseState, string> = {
  REPORTED: '采集问题',
  CLASSIFIED: '分类上报',
  DISPATCHED: '派遣处置',
  HANDLED: '处置完毕',
  VERIFIED: '核查验收',
  REJECTED: '核查退回',
};

export const CATEGORY_LABEL: Record<GridCategory, string> = {
  ILLEGAL_CONSTRUCTION: '私搭乱建',
  ILLEGAL_RENOVATION: '违规装修',
  FIRE_ACCESS_BLOCKED: '占用消防通道',
  OTHER: '其他',
};

/** 处置时限 — the default time a department has to handle a case of each category, in hours */
export const SLA_HOURS: Record<GridCategory, number> = {
  FIRE_ACCESS_BLOCKED: 24,
  ILLEGAL_RENOVATION: 72,
  OTHER: 120,
  ILLEGAL_CONSTRUCTION: 168,
};

/** The steps after a case is reported, the state each starts from and the state it leads to. */
export const ACTIONS = {
  classify: { label: '分类上报', from: ['REPORTED'], to: 'CLASSIFIED' },
  dispatch: { label: '派遣处置', from: ['CLASSIFIED', 'REJECTED'], to: 'DISPATCHED' },
  handle: { label: '处置', from: ['DISPATCHED'], to: 'HANDLED' },
  verify: { label: '核查验收', from: ['HANDLED'], to: 'VERIFIED' },
  reject: { label: '核查退回', from: ['HANDLED'], to: 'REJECTED' },
} as const satisfies Record<string, { label: string; from: readonly GridCaseState[]; to: GridCaseState }>;
export type GridAction = keyof typeof ACTIONS;

export const canTake = (action: GridAction, state: GridCaseState): boolean => (ACTIONS[action].from as readonly GridCaseState[]).includes(state);

/** What can be done to a case in `state` (empty once verified). */
export const actionsFrom = (state: GridCaseState): GridAction[] => (Object.keys(ACTIONS) as GridAction[]).filter((a) => canTake(a, state));

export const isOpen = (state: GridCaseState): boolean => state !== 'VERIFIED';

export interface Step {
  toState: string;
  at: Date;
  deadline: Date | null;
}

const HOUR = 3_600_000;

/**
 * 各环节用时 — hours spent in each state visited (the current one until `now`), in the order first
 * entered. A verified case is closed: VERIFIED is not a stage it spends time in, so it is left out.
 */
export function timeInStates(steps: readonly Step[], now: Date): { state: GridCaseState; hours: number; visits: number }[] {
  const spent = new Map<GridCaseState, { ms: number; visits: number }>();
  steps.forEach((step, i) => {
    if (!isOpen(step.toState as GridCaseState)) return;
    const until = steps[i + 1]?.at ?? now;
    const entry = spent.get(step.toState as GridCaseState) ?? { ms: 0, visits: 0 };
    entry.ms += Math.max(0, until.getTime() - step.at.getTime());
    entry.visits += 1;
    spent.set(step.toState as GridCaseState, entry);
  });
  return [...spent].map(([state, { ms, visits }]) => ({ state, hours: Math.round((ms / HOUR) * 100) / 100, visits }));
}

/** One dispatch and the handling that followed it (if any). */
export interface DispatchRound {
  dispatchedAt: Date;
  deadline: Date;
  handledAt: Date | null;
}

export function dispatchRounds(steps: readonly Step[]): DispatchRound[] {
  const rounds: DispatchRound[] = [];
  steps.forEach((step, i) => {
    if (step.toState !== 'DISPATCHED' || !step.deadline) return;
    const next = steps[i + 1];
    rounds.push({ dispatchedAt: step.at, deadline: step.deadline, handledAt: next?.toState === 'HANDLED' ? next.at : null });
  });
  return rounds;
}

/**
 * 超时 — a dispatch round breached its deadline as of `now`: the deadline has passed and the case was
 * not handled by then. The clock decides: before the deadline nothing is breached yet.
 */
export const roundBreached = (round: DispatchRound, now: Date): boolean =>
  round.deadline < now && (round.handledAt === null || round.handledAt > round.deadline);

/** 逾期未处置 — dispatched, the deadline passed, and (as of `now`) still not handled. */
export const roundOverdue = (round: DispatchRound, now: Date): boolean =>
  round.deadline < now && (round.handledAt === null || round.handledAt > now);
