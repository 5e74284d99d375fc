// The state machine on its own: every legal step, every illegal one, deadlines and overdue by date.
import { describe, expect, it } from 'vitest';
import { ACTIONS, deadlineFor, daysOverdue, FINDING_STATES, isOverdue, nextState, rectifiedOnTime, TRANSITIONS } from './rectification.js';

describe('transitions', () => {
  it('allows exactly notify from RAISED, rectify from NOTIFIED, verify and reject from RECTIFIED', () => {
    const legal = FINDING_STATES.flatMap((state) => ACTIONS.filter((action) => 'to' in nextState(state, action)).map((action) => `${state}:${action}`));
    expect(legal.sort()).toEqual(['NOTIFIED:RECTIFY', 'RAISED:NOTIFY', 'RECTIFIED:REJECT', 'RECTIFIED:VERIFY']);
    expect(nextState('RECTIFIED', 'REJECT')).toEqual({ to: 'NOTIFIED' });
    expect(nextState('RECTIFIED', 'VERIFY')).toEqual({ to: 'VERIFIED' });
  });

  it('refuses the 12 others and says what would be legal', () => {
    const refused = FINDING_STATES.flatMap((state) => ACTIONS.map((action) => nextState(state, action))).filter((r) => 'refused' in r);
    expect(refused).toHaveLength(12);
    expect(nextState('VERIFIED', 'REJECT')).toEqual({ refused: 'cannot reject a VERIFIED finding: REJECT applies to RECTIFIED findings only; from VERIFIED nothing follows (it is closed)' });
    expect(nextState('RAISED', 'RECTIFY')).toEqual({ refused: 'cannot rectify a RAISED finding: RECTIFY applies to NOTIFIED findings only; from RAISED the next step is NOTIFY' });
  });

  it('leaves rectifying to the company and the rest to inspectors', () => {
    expect(ACTIONS.filter((a) => TRANSITIONS[a].by === 'COMPANY')).toEqual(['RECTIFY']);
  });
});

describe('deadlines', () => {
  it('gives MAJOR 7 days and GENERAL 30 from the notice', () => {
    expect(deadlineFor('MAJOR', '2024-09-10')).toBe('2024-09-17');
    expect(deadlineFor('GENERAL', '2024-09-10')).toBe('2024-10-10');
    expect(deadlineFor('GENERAL', '2024-02-15')).toBe('2024-03-16'); // leap year
  });

  it('is overdue only while NOTIFIED and only after the deadline day', () => {
    const f = { state: 'NOTIFIED', deadline: '2024-09-17' };
    expect(isOverdue(f, '2024-09-17')).toBe(false);
    expect(isOverdue(f, '2024-09-18')).toBe(true);
    expect(daysOverdue(f, '2024-09-20')).toBe(3);
    expect(isOverdue({ ...f, state: 'RECTIFIED' }, '2024-12-01')).toBe(false);
    expect(isOverdue({ state: 'RAISED', deadline: null }, '2024-12-01')).toBe(false);
  });

  it('counts a rectification on the deadline day as on time', () => {
    expect(rectifiedOnTime({ state: 'VERIFIED', deadline: '2024-09-17', rectifiedOn: '2024-09-17' })).toBe(true);
    expect(rectifiedOnTime({ state: 'RECTIFIED', deadline: '2024-09-17', rectifiedOn: '2024-09-18' })).toBe(false);
    expect(rectifiedOnTime({ state: 'NOTIFIED', deadline: '2024-09-17', rectifiedOn: null })).toBe(null);
  });
});
