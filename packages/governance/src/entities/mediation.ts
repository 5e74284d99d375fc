import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 调解员 of the association's mediation body, linked to the token subject they sign in with */
export const MediatorEntity = defineEntity({
  name: 'GovernanceMediator',
  tableName: 'mediator',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    organisation: p.string(),
    /** the province or city whose cases the mediator takes */
    regionCode: p.string(),
    subject: p.string().unique(),
    active: p.boolean(),
  },
});
export type Mediator = InferEntity<typeof MediatorEntity>;

/** 诉调对接: a dispute referred by a court */
export const MediationCaseEntity = defineEntity({
  name: 'GovernanceMediationCase',
  tableName: 'mediation_case',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    regionCode: p.string(),
    court: p.string(),
    category: p.string(),
    summary: p.text(),
    referredOn: p.string().columnType('date'),
    /** RECEIVED → MEDIATING → AGREEMENT | NO_AGREEMENT → RETURNED_TO_COURT */
    state: p.string(),
    mediatorId: p.string().nullable(),
    mediationStartedOn: p.string().columnType('date').nullable(),
    concludedOn: p.string().columnType('date').nullable(),
    returnedOn: p.string().columnType('date').nullable(),
    outcomeNote: p.text().nullable(),
  },
});
export type MediationCase = InferEntity<typeof MediationCaseEntity>;

/** a party to a case; the name is personal data for owners */
export const MediationPartyEntity = defineEntity({
  name: 'GovernanceMediationParty',
  tableName: 'mediation_party',
  properties: {
    caseId: p.string().primary(),
    partyNo: p.integer().primary(),
    /** OWNER | COMMITTEE | COMPANY */
    side: p.string(),
    name: p.string(),
    companyId: p.string().nullable(),
  },
});
export type MediationParty = InferEntity<typeof MediationPartyEntity>;
