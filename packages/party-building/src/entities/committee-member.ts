import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 业委会成员党员身份 — party membership of an owners'-committee member (registry owns the member) */
export const CommitteeMemberPartyEntity = defineEntity({
  name: 'CommitteeMemberParty',
  tableName: 'committee_member_party',
  properties: {
    memberId: p.string().primary(),
    committeeId: p.string().index(),
    partyMember: p.boolean(),
    /** copied from registry: whether the member chairs the committee (主任) */
    isChair: p.boolean(),
    /** the estate's community, copied from registry */
    regionCode: p.string(),
  },
});
export type CommitteeMemberParty = InferEntity<typeof CommitteeMemberPartyEntity>;
