import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 美好家园 — an estate honoured at city, province or (recommended) national level; a bonus to its company */
export const HonourEntity = defineEntity({
  name: 'CreditHonour',
  tableName: 'honour',
  properties: {
    id: p.string().primary(),
    estateId: p.string(),
    companyId: p.string(),
    /** CITY | PROVINCE | NATIONAL */
    level: p.string(),
    regionCode: p.string(),
    year: p.integer(),
    awardedOn: p.string(),
    creditEventId: p.string(),
  },
});
export type Honour = InferEntity<typeof HonourEntity>;
