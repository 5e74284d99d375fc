import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 行政区划 — province, city, county (GB/T 2260), street and community */
export const RegionEntity = defineEntity({
  name: 'Region',
  tableName: 'region',
  properties: {
    code: p.string().primary(),
    name: p.string(),
    level: p.string(),
    parentCode: p.string().nullable().index(),
  },
});
export type Region = InferEntity<typeof RegionEntity>;
