// The domain events public-revenue publishes (through the kit's outbox) for subscribers such as
// credit: a quarter's statement first published online (on time or late), a complaint found
// substantiated when closed. Payloads carry what a subscriber needs; nobody reads these tables.
import { recordEvent, type EntityManager } from '@wuye/kit';

export const REVENUE_EVENTS = {
  statementPublished: 'public-revenue.StatementPublished',
  complaintSubstantiated: 'public-revenue.ComplaintSubstantiated',
} as const;

/** the first online publication (闽政通) of a quarter's statement; `onTime`: its China date ≤ the deadline */
export const statementPublished = (
  em: EntityManager,
  at: Date,
  payload: { statementId: string; estateId: string; companyId: string | null; regionCode: string; quarter: string; publishedAt: string; deadline: string; onTime: boolean },
) => recordEvent(em, { type: REVENUE_EVENTS.statementPublished, aggregateType: 'PublicRevenueStatement', aggregateId: payload.statementId, occurredAt: at, payload });

export const complaintSubstantiated = (
  em: EntityManager,
  at: Date,
  payload: { complaintId: string; estateId: string; companyId: string | null; regionCode: string; source: string; closedAt: string },
) => recordEvent(em, { type: REVENUE_EVENTS.complaintSubstantiated, aggregateType: 'PublicRevenueComplaint', aggregateId: payload.complaintId, occurredAt: at, payload });
