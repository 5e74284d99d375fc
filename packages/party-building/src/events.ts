// The domain events party-building publishes (through the kit's outbox), for subscribers such as
// credit: the payloads say everything a subscriber needs, so nobody reads party-building's tables.
import { recordEvent, type EntityManager } from '@wuye/kit';

export const PARTY_EVENTS = {
  organizationFormed: 'party-building.OrganizationFormed',
  organizationDissolved: 'party-building.OrganizationDissolved',
  instructorSent: 'party-building.InstructorSent',
} as const;

export interface OrganizationEventPayload {
  organizationId: string;
  kind: string;
  formation: string;
  /** the companies (COMPANY) or estates (ESTATE_BRANCH) it covers */
  companyIds: string[];
  estateIds: string[];
  regionCode: string;
}

export const organizationFormed = (em: EntityManager, at: Date, payload: OrganizationEventPayload & { establishedOn: string }) =>
  recordEvent(em, { type: PARTY_EVENTS.organizationFormed, aggregateType: 'PartyOrganization', aggregateId: payload.organizationId, occurredAt: at, payload });

export const organizationDissolved = (em: EntityManager, at: Date, payload: OrganizationEventPayload & { dissolvedOn: string; reason: string }) =>
  recordEvent(em, { type: PARTY_EVENTS.organizationDissolved, aggregateType: 'PartyOrganization', aggregateId: payload.organizationId, occurredAt: at, payload });

export const instructorSent = (em: EntityManager, at: Date, payload: { instructorId: string; companyId: string | null; estateId: string | null; regionCode: string; sentOn: string }) =>
  recordEvent(em, { type: PARTY_EVENTS.instructorSent, aggregateType: 'PartyInstructor', aggregateId: payload.instructorId, occurredAt: at, payload });
