// 小区治理党员先议 as data: the estate's party branch committee discusses first and drafts an opinion (支委会
// 先议) → the community party committee AND the owners' committee co-decide (共商完善, in either order, each
// once) → the company announces the result to owners (物业企业向业主发布). No step skipped, none twice.

export const DELIBERATION_STATES = ['RAISED', 'DRAFTED', 'CO_DECIDING', 'CO_DECIDED', 'ANNOUNCED'] as const;
export type DeliberationState = (typeof DELIBERATION_STATES)[number];

export const DELIBERATION_STEPS = ['BRANCH_DRAFT', 'COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE', 'ANNOUNCEMENT'] as const;
export type DeliberationStepKind = (typeof DELIBERATION_STEPS)[number];

export const STATE_LABEL: Record<DeliberationState, string> = {
  RAISED: '待先议',
  DRAFTED: '已形成初步意见',
  CO_DECIDING: '共商中',
  CO_DECIDED: '已共商完善',
  ANNOUNCED: '已向业主发布',
};

export const STEP_LABEL: Record<DeliberationStepKind, string> = {
  BRANCH_DRAFT: '支委会先议',
  COMMUNITY_COMMITTEE: '社区党委共商',
  OWNERS_COMMITTEE: '业委会共商',
  ANNOUNCEMENT: '物业企业发布',
};

/** the steps that must be recorded before `step` */
const BEFORE: Record<DeliberationStepKind, readonly DeliberationStepKind[]> = {
  BRANCH_DRAFT: [],
  COMMUNITY_COMMITTEE: ['BRANCH_DRAFT'],
  OWNERS_COMMITTEE: ['BRANCH_DRAFT'],
  ANNOUNCEMENT: ['BRANCH_DRAFT', 'COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE'],
};

/** Why `step` cannot be recorded after `done`, or null when it can. */
export function stepRefusal(step: DeliberationStepKind, done: readonly DeliberationStepKind[]): string | null {
  if (done.includes(step)) return `${STEP_LABEL[step]} (${step}) is recorded already: each step is taken once`;
  const missing = BEFORE[step].filter((s) => !done.includes(s));
  if (missing.length) return `${STEP_LABEL[step]} (${step}) comes after ${missing.map((s) => `${STEP_LABEL[s]} (${s})`).join(' and ')}`;
  return null;
}

/** the state after the steps `done` */
export function stateAfter(done: readonly DeliberationStepKind[]): DeliberationState {
  if (done.includes('ANNOUNCEMENT')) return 'ANNOUNCED';
  const co = ['COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE'].filter((s) => done.includes(s as DeliberationStepKind)).length;
  if (co === 2) return 'CO_DECIDED';
  if (co === 1) return 'CO_DECIDING';
  return done.includes('BRANCH_DRAFT') ? 'DRAFTED' : 'RAISED';
}

/** the steps that may come next */
export const nextSteps = (done: readonly DeliberationStepKind[]): DeliberationStepKind[] => DELIBERATION_STEPS.filter((s) => stepRefusal(s, done) === null);
