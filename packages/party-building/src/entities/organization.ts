import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 党组织 — a party organisation; regionCode is copied from what it covers when it is founded */
export const OrganizationEntity = defineEntity({
  name: 'PartyOrganization',
  tableName: 'party_organization',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    kind: p.string(),
    formation: p.string(),
    parentId: p.string().nullable().index(),
    memberCount: p.integer(),
    establishedOn: p.string().columnType('date'),
    dissolvedOn: p.string().columnType('date').nullable(),
    regionCode: p.string(),
  },
});
export type Organization = InferEntity<typeof OrganizationEntity>;

/** the companies an organisation covers */
export const OrganizationCompanyEntity = defineEntity({
  name: 'OrganizationCompany',
  tableName: 'organization_company',
  properties: {
    organizationId: p.string().primary(),
    companyId: p.string().primary().index(),
  },
});
export type OrganizationCompany = InferEntity<typeof OrganizationCompanyEntity>;

/** the estates an organisation (小区党支部) covers; regionCode is the estate's community */
export const OrganizationEstateEntity = defineEntity({
  name: 'OrganizationEstate',
  tableName: 'organization_estate',
  properties: {
    organizationId: p.string().primary(),
    estateId: p.string().primary().index(),
    regionCode: p.string(),
  },
});
export type OrganizationEstate = InferEntity<typeof OrganizationEstateEntity>;
