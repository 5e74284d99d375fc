import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 业主委员会 — an owners' committee of one term; the estate's current one is its latest election */
export const CommitteeEntity = defineEntity({
  name: 'OwnersCommittee',
  tableName: 'owners_committee',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    electedOn: p.string().columnType('date'),
    termYears: p.integer(),
  },
});
export type Committee = InferEntity<typeof CommitteeEntity>;

/** 业委会成员 — 主任 / 副主任 / 委员 */
export const CommitteeMemberEntity = defineEntity({
  name: 'OwnersCommitteeMember',
  tableName: 'owners_committee_member',
  properties: {
    id: p.string().primary(),
    committeeId: p.string().index(),
    name: p.string(),
    role: p.string(),
  },
});
export type CommitteeMember = InferEntity<typeof CommitteeMemberEntity>;
