import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 物业服务企业 — a property-service company */
export const CompanyEntity = defineEntity({
  name: 'PropertyCompany',
  tableName: 'property_company',
  properties: {
    id: p.string().primary(),
    uscc: p.string().unique(),
    name: p.string(),
    ownership: p.string(),
    regionCode: p.string(),
    foundedOn: p.string().columnType('date'),
  },
});
export type Company = InferEntity<typeof CompanyEntity>;
