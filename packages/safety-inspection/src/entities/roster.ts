import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * 监管对象名录 — the estates under supervision, with facts copied from registry: the estate's community
 * and the company serving it. Written from the demo data, refreshed whenever a write asks registry
 * (a draw, an inspection, a rectification, a self-inspection).
 */
export const RosterEntity = defineEntity({
  name: 'RosterEstate',
  tableName: 'estate_roster',
  properties: {
    estateId: p.string().primary(),
    regionCode: p.string(),
    companyId: p.string().nullable().index(),
    /** when the platform learnt the current company took over (null: throughout the self-inspection programme) */
    servingSince: p.string().columnType('date').nullable(),
    refreshedAt: p.datetime(),
  },
});
export type RosterEstate = InferEntity<typeof RosterEntity>;
