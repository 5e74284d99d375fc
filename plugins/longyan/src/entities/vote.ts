import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/** 业主大会表决 — a matter put to the owners' assembly of one estate */
export const VoteEntity = defineEntity({
  name: 'LongyanVote',
  tableName: 'vote',
  properties: {
    id: p.string().primary(),
    estateId: p.string(),
    regionCode: p.string(),
    matter: p.string(),
    title: p.string(),
    description: p.text().nullable(),
    status: p.string(),
    openedAt: p.datetime(),
    closesAt: p.datetime(),
    closedAt: p.datetime().nullable(),
    openedBy: p.string(),
    closedBy: p.string().nullable(),
    /** the electorate frozen at opening: owners (heads), units and their area */
    electorateOwners: p.integer(),
    electorateUnits: p.integer(),
    electorateArea: p.decimal(),
    /** the sealed result (exact figures as strings) */
    result: p.json<Record<string, unknown>>().nullable(),
    /** SHA-256 over the canonical ballot list and result */
    sealDigest: p.string().nullable(),
  },
});
export type Vote = InferEntity<typeof VoteEntity>;

/** 表决权登记 — an owner registered to vote, with the units and area they vote for */
export const VoteVoterEntity = defineEntity({
  name: 'LongyanVoteVoter',
  tableName: 'vote_voter',
  properties: {
    voteId: p.string().primary(),
    ownerId: p.string().primary(),
    units: p.integer(),
    area: p.decimal(),
  },
});
export type VoteVoter = InferEntity<typeof VoteVoterEntity>;

/** 选票 — one owner's ballot; its receipt is SHA-256 over the vote, the choice and a salt only the owner holds */
export const BallotEntity = defineEntity({
  name: 'LongyanBallot',
  tableName: 'ballot',
  properties: {
    voteId: p.string().primary(),
    ownerId: p.string().primary(),
    choice: p.string(),
    units: p.integer(),
    area: p.decimal(),
    receipt: p.string(),
    castAt: p.datetime(),
  },
});
export type Ballot = InferEntity<typeof BallotEntity>;
