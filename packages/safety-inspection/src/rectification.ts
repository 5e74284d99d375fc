// 整改 — the rectification state machine of a finding:
//
//   RAISED ──notify──▶ NOTIFIED ──rectify──▶ RECTIFIED ──verify──▶ VERIFIED
//                          ▲                      │
//                          └────────reject────────┘
//
// notify sets the deadline (7 days for MAJOR, 30 for GENERAL, from the notice's date); the company
// serving the estate rectifies; an inspector of the region verifies or rejects. Anything else is an
// illegal transition. A finding is overdue while NOTIFIED after its deadline — derived from the
// clock, never stored, so it moves with the clock.
import { addDays, daysBetween } from './dates.js';
import { DEADLINE_DAYS, type Severity } from './rules.js';

export const FINDING_STATES = ['RAISED', 'NOTIFIED', 'RECTIFIED', 'VERIFIED'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export const ACTIONS = ['NOTIFY', 'RECTIFY', 'VERIFY', 'REJECT'] as const;
export type Action = (typeof ACTIONS)[number];

/** who may take an action: an inspector (official) of the finding's region, or the company serving the estate */
export type Actor = 'INSPECTOR' | 'COMPANY';

export const TRANSITIONS: Record<Action, { from: FindingState; to: FindingState; by: Actor }> = {
  NOTIFY: { from: 'RAISED', to: 'NOTIFIED', by: 'INSPECTOR' },
  RECTIFY: { from: 'NOTIFIED', to: 'RECTIFIED', by: 'COMPANY' },
  VERIFY: { from: 'RECTIFIED', to: 'VERIFIED', by: 'INSPECTOR' },
  REJECT: { from: 'RECTIFIED', to: 'NOTIFIED', by: 'INSPECTOR' },
};

/** The state after `action`, or why it cannot be taken from `state`. */
export function nextState(state: FindingState, action: Action): { to: FindingState } | { refused: string } {
  const transition = TRANSITIONS[action];
  if (transition.from === state) return { to: transition.to };
  const allowed = ACTIONS.filter((a) => TRANSITIONS[a].from === state);
  return {
    refused: `cannot ${action.toLowerCase()} a ${state} finding: ${action} applies to ${transition.from} findings only; from ${state} ${
      allowed.length ? `the next step is ${allowed.join(' or ')}` : 'nothing follows (it is closed)'
    }`,
  };
}

/** the deadline of a finding notified on `notifiedOn` (a China date) */
export const deadlineFor = (severity: Severity, notifiedOn: string): string => addDays(notifiedOn, DEADLINE_DAYS[severity]);

/** open (not yet rectified) after its deadline, as of `today` */
export function isOverdue(finding: { state: string; deadline: string | null }, today: string): boolean {
  return finding.state === 'NOTIFIED' && finding.deadline !== null && today > finding.deadline;
}

/** days past the deadline while overdue, else 0 */
export const daysOverdue = (finding: { state: string; deadline: string | null }, today: string): number =>
  isOverdue(finding, today) ? daysBetween(finding.deadline!, today) : 0;

/** rectified by the deadline (the latest rectification's date counts); null until rectified */
export function rectifiedOnTime(finding: { state: string; deadline: string | null; rectifiedOn: string | null }): boolean | null {
  if ((finding.state !== 'RECTIFIED' && finding.state !== 'VERIFIED') || !finding.rectifiedOn || !finding.deadline) return null;
  return finding.rectifiedOn <= finding.deadline;
}
