import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 隐患 — a finding of an inspection, in its current rectification state */
export const FindingEntity = defineEntity({
  name: 'SafetyFinding',
  tableName: 'finding',
  properties: {
    id: p.string().primary(),
    inspectionId: p.string().index(),
    /** copied from the inspection */
    campaignId: p.string().index(),
    estateId: p.string().index(),
    /** copied from the inspection */
    regionCode: p.string(),
    /** the company responsible for rectifying (serving the estate when found) */
    companyId: p.string().nullable().index(),
    category: p.string(),
    severity: p.string(),
    description: p.text(),
    state: p.string(),
    raisedAt: p.datetime(),
    notifiedAt: p.datetime().nullable(),
    deadline: p.string().columnType('date').nullable(),
    /** the latest rectification */
    rectifiedAt: p.datetime().nullable(),
    verifiedAt: p.datetime().nullable(),
  },
});
export type Finding = InferEntity<typeof FindingEntity>;

/** 整改记录 — every transition of a finding, timestamped, with who made it */
export const TransitionEntity = defineEntity({
  name: 'SafetyFindingTransition',
  tableName: 'finding_transition',
  properties: {
    findingId: p.string().primary(),
    seq: p.integer().primary(),
    action: p.string(),
    fromState: p.string().nullable(),
    toState: p.string(),
    at: p.datetime(),
    actorRole: p.string(),
    actorSubject: p.string().nullable(),
    note: p.text().nullable(),
  },
});
export type Transition = InferEntity<typeof TransitionEntity>;

/** 证据 — a file reference (photo, video, document) taken when found or sent with a rectification */
export const EvidenceEntity = defineEntity({
  name: 'SafetyEvidence',
  tableName: 'finding_evidence',
  properties: {
    id: p.string().primary(),
    findingId: p.string().index(),
    stage: p.string(),
    kind: p.string(),
    fileRef: p.string(),
    recordedAt: p.datetime(),
  },
});
export type Evidence = InferEntity<typeof EvidenceEntity>;
