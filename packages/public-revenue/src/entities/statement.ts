import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 公共收益季度收支 — one estate's statement for one quarter; its content lives in revisions */
export const StatementEntity = defineEntity({
  name: 'RevenueStatement',
  tableName: 'statement',
  properties: {
    id: p.string().primary(),
    estateId: p.string(),
    /** e.g. 2024Q2 */
    quarter: p.string(),
    /** the estate's community, copied from registry at submission */
    regionCode: p.string(),
    /** the serving company that submitted it, copied from registry */
    companyId: p.string().index(),
    submittedAt: p.datetime(),
    submittedBy: p.string(),
    /** the latest revision */
    currentRevisionNo: p.integer(),
  },
});
export type Statement = InferEntity<typeof StatementEntity>;

/** 修订 — one immutable version of a statement, a link of its estate's hash chain */
export const RevisionEntity = defineEntity({
  name: 'RevenueRevision',
  tableName: 'revision',
  properties: {
    statementId: p.string().primary(),
    revisionNo: p.integer().primary(),
    estateId: p.string(),
    /** position in the estate's chain (1, 2, …) */
    chainNo: p.integer(),
    /** why it corrects the previous revision; null for the submission */
    reason: p.string().nullable(),
    author: p.string(),
    authorRole: p.string(),
    createdAt: p.datetime(),
    incomeTotal: p.decimal().precision(14).scale(2),
    expenseTotal: p.decimal().precision(14).scale(2),
    balance: p.decimal().precision(14).scale(2),
    /** the hash of the estate's previous revision; null for the first */
    previousHash: p.string().nullable(),
    /** sha256 over the canonical JSON of this revision and previousHash */
    hash: p.string(),
  },
});
export type Revision = InferEntity<typeof RevisionEntity>;

/** 收支明细 — an income or expense line of a revision */
export const RevisionLineEntity = defineEntity({
  name: 'RevenueRevisionLine',
  tableName: 'revision_line',
  properties: {
    statementId: p.string().primary(),
    revisionNo: p.integer().primary(),
    lineNo: p.integer().primary(),
    direction: p.string(),
    kind: p.string(),
    description: p.string(),
    amount: p.decimal().precision(14).scale(2),
  },
});
export type RevisionLine = InferEntity<typeof RevisionLineEntity>;

/** 公示 — a revision published on one channel: 闽政通 online or the estate's notice board offline */
export const PublicationEntity = defineEntity({
  name: 'RevenuePublication',
  tableName: 'publication',
  properties: {
    statementId: p.string().primary(),
    revisionNo: p.integer().primary(),
    channel: p.string().primary(),
    publishedAt: p.datetime(),
    location: p.string(),
    recordedBy: p.string(),
    /** the hash of the revision published, as published (anchors the chain) */
    revisionHash: p.string(),
  },
});
export type Publication = InferEntity<typeof PublicationEntity>;
