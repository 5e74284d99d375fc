// Every action against every state a document can be in: the legal ones plan the right versions, the
// illegal ones are refused with CONFLICT.
import { REGULATION_TOPIC_CODES } from '@wuye/dataset';
import { describe, expect, it } from 'vitest';
import { ACTIONS, documentStatus, plan, type Action, type Status, type VersionState } from './lifecycle.js';
import { TOPICS } from './topics.js';

const v = (number: number, status: Status): VersionState => ({ id: `V${number}`, number, status });

const STATES: Record<string, VersionState[]> = {
  draft: [v(1, 'DRAFT')],
  consultation: [v(1, 'CONSULTATION')],
  inForce: [v(1, 'IN_FORCE')],
  revisionDraft: [v(1, 'IN_FORCE'), v(2, 'DRAFT')],
  revisionConsultation: [v(1, 'IN_FORCE'), v(2, 'CONSULTATION')],
  amendedInForce: [v(1, 'AMENDED'), v(2, 'IN_FORCE')],
  repealed: [v(1, 'AMENDED'), v(2, 'REPEALED')],
};

/** state → action → [target, other] of a legal action */
const LEGAL: Record<string, Partial<Record<Action, [string, string | undefined]>>> = {
  draft: { UPDATE_DRAFT: ['V1', undefined], PUBLISH_FOR_CONSULTATION: ['V1', undefined] },
  consultation: { BRING_INTO_FORCE: ['V1', undefined] },
  inForce: { AMEND: ['V1', undefined], REPEAL: ['V1', undefined] },
  revisionDraft: { UPDATE_DRAFT: ['V2', undefined], PUBLISH_FOR_CONSULTATION: ['V2', undefined], REPEAL: ['V1', 'V2'] },
  revisionConsultation: { BRING_INTO_FORCE: ['V2', 'V1'], REPEAL: ['V1', 'V2'] },
  amendedInForce: { AMEND: ['V2', undefined], REPEAL: ['V2', undefined] },
  repealed: {},
};

describe('lifecycle', () => {
  for (const [state, versions] of Object.entries(STATES)) {
    for (const action of ACTIONS) {
      const legal = LEGAL[state]![action];
      it(`${action} on a document ${state}: ${legal ? 'allowed' : 'CONFLICT'}`, () => {
        if (legal) {
          const planned = plan(action, 'RD1', versions);
          expect([planned.target.id, planned.other?.id]).toEqual(legal);
        } else {
          expect(() => plan(action, 'RD1', versions)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }));
        }
      });
    }
  }

  it('names the state and the way forward in the refusal', () => {
    expect(() => plan('AMEND', 'RD7', STATES.revisionDraft!)).toThrow(/RD7 is 施行 \(IN_FORCE\) with revision 2 起草中 \(DRAFT\).*Revision 2 is already in progress/);
  });

  it('derives the document status from its versions', () => {
    expect(Object.fromEntries(Object.entries(STATES).map(([s, vs]) => [s, documentStatus(vs)]))).toEqual({
      draft: 'DRAFT', consultation: 'CONSULTATION', inForce: 'IN_FORCE', revisionDraft: 'IN_FORCE', revisionConsultation: 'IN_FORCE', amendedInForce: 'IN_FORCE', repealed: 'REPEALED',
    });
  });
});

describe('topics', () => {
  it('has a catalogue entry for exactly the codes the data uses', () => {
    expect(TOPICS.map((t) => t.code)).toEqual([...REGULATION_TOPIC_CODES]);
  });
});
