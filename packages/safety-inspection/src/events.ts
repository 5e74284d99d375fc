// The domain events safety-inspection publishes (through the kit's outbox) for subscribers such as
// credit: a finding raised, a finding's rectification accepted (on time or late), a month of
// self-inspection missed. Payloads carry what a subscriber needs; nobody reads safety's tables.
import { recordEvent, recordEvents, type EntityManager } from '@wuye/kit';

export const SAFETY_EVENTS = {
  findingRaised: 'safety-inspection.FindingRaised',
  findingRectified: 'safety-inspection.FindingRectified',
  selfInspectionMissed: 'safety-inspection.SelfInspectionMissed',
} as const;

interface FindingFacts {
  findingId: string;
  estateId: string;
  /** the company responsible (serving the estate when found); null where none serves */
  companyId: string | null;
  regionCode: string;
  severity: string;
}

export const findingRaised = (em: EntityManager, at: Date, payload: FindingFacts & { category: string; raisedAt: string }) =>
  recordEvent(em, { type: SAFETY_EVENTS.findingRaised, aggregateType: 'SafetyFinding', aggregateId: payload.findingId, occurredAt: at, payload });

/** published when the rectification is verified (accepted): `onTime` compares its China date with the deadline */
export const findingRectified = (em: EntityManager, at: Date, payload: FindingFacts & { deadline: string; rectifiedAt: string; onTime: boolean }) =>
  recordEvent(em, { type: SAFETY_EVENTS.findingRectified, aggregateType: 'SafetyFinding', aggregateId: payload.findingId, occurredAt: at, payload });

export interface MissedMonth {
  estateId: string;
  companyId: string;
  regionCode: string;
  /** YYYY-MM */
  month: string;
}

export const selfInspectionsMissed = (em: EntityManager, at: Date, missed: readonly MissedMonth[]) =>
  recordEvents(em, missed.map((m) => ({ type: SAFETY_EVENTS.selfInspectionMissed, aggregateType: 'SafetySelfInspectionMonth', aggregateId: `${m.estateId}/${m.month}`, occurredAt: at, payload: m })));
