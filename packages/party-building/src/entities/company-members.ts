import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 企业党员数 — party members in a company (eligible to found its own organisation at ≥ 3, 党章) */
export const CompanyMembersEntity = defineEntity({
  name: 'CompanyPartyMembers',
  tableName: 'company_party_members',
  properties: {
    companyId: p.string().primary(),
    partyMembers: p.integer(),
    /** the company's registered county, copied from registry */
    regionCode: p.string(),
  },
});
export type CompanyMembers = InferEntity<typeof CompanyMembersEntity>;
