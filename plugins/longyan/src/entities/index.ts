import { RedSnapshotCommitteeEntity, RedSnapshotEntity } from './red-snapshot.js';
import { OwnerEntity, UnitEntity } from './roll.js';
import { BallotEntity, VoteEntity, VoteVoterEntity } from './vote.js';

export * from './red-snapshot.js';
export * from './roll.js';
export * from './vote.js';

export const entities = [OwnerEntity, UnitEntity, VoteEntity, VoteVoterEntity, BallotEntity, RedSnapshotEntity, RedSnapshotCommitteeEntity];
