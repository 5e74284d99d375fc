import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 企业档案副本 — the registry's facts about a company that credit needs, copied at write time */
export const CreditCompanyEntity = defineEntity({
  name: 'CreditCompany',
  tableName: 'company',
  properties: {
    companyId: p.string().primary(),
    /** registered county, copied from registry; null while only domain events have named the company */
    regionCode: p.string().nullable(),
    updatedAt: p.datetime(),
  },
});
export type CreditCompany = InferEntity<typeof CreditCompanyEntity>;

/** 服务小区副本 — an estate the company serves and the estate's community, copied from registry */
export const CompanyEstateEntity = defineEntity({
  name: 'CreditCompanyEstate',
  tableName: 'company_estate',
  properties: {
    companyId: p.string().primary(),
    estateId: p.string().primary(),
    regionCode: p.string(),
  },
});
export type CompanyEstate = InferEntity<typeof CompanyEstateEntity>;
