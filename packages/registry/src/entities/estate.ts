import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 住宅小区 — a residential estate; regionCode is its community (12 digits) */
export const EstateEntity = defineEntity({
  name: 'ResidentialEstate',
  tableName: 'residential_estate',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    address: p.string(),
    regionCode: p.string(),
    category: p.string(),
    households: p.integer(),
    buildYear: p.integer(),
    serviceMode: p.string(),
    companyId: p.string().nullable().index(),
    fallbackSince: p.string().columnType('date').nullable(),
    latitude: p.decimal().precision(9).scale(6),
    longitude: p.decimal().precision(9).scale(6),
  },
});
export type Estate = InferEntity<typeof EstateEntity>;
