import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/** 红色业委会进度快照 — when 龙岩's committees were read from party-building and the registry */
export const RedSnapshotEntity = defineEntity({
  name: 'LongyanRedSnapshot',
  tableName: 'red_snapshot',
  properties: {
    id: p.integer().primary().autoincrement(),
    takenAt: p.datetime(),
    /** e.g. 2024Q3 */
    quarter: p.string(),
    takenBy: p.string(),
  },
});
export type RedSnapshot = InferEntity<typeof RedSnapshotEntity>;

/** one committee as it stood at the snapshot */
export const RedSnapshotCommitteeEntity = defineEntity({
  name: 'LongyanRedSnapshotCommittee',
  tableName: 'red_snapshot_committee',
  properties: {
    snapshotId: p.integer().primary(),
    committeeId: p.string().primary(),
    estateId: p.string(),
    regionCode: p.string(),
    members: p.integer(),
    partyMembers: p.integer(),
    meetsTarget: p.boolean(),
  },
});
export type RedSnapshotCommittee = InferEntity<typeof RedSnapshotCommitteeEntity>;
