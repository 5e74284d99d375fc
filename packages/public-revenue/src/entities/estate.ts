import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 纳入公共收益管理的小区 — an estate under public-revenue supervision: every quarter from `enrolledFrom` on is due */
export const RevenueEstateEntity = defineEntity({
  name: 'RevenueEstate',
  tableName: 'revenue_estate',
  properties: {
    estateId: p.string().primary(),
    /** the estate's community, copied from registry */
    regionCode: p.string(),
    /** the serving company, copied from registry at the latest submission */
    companyId: p.string().index(),
    /** the first quarter due, e.g. 2023Q3 */
    enrolledFrom: p.string(),
  },
});
export type RevenueEstate = InferEntity<typeof RevenueEstateEntity>;

/** the head of an estate's hash chain: its last revision's number and hash (rows are locked to append) */
export const EstateChainEntity = defineEntity({
  name: 'EstateChain',
  tableName: 'estate_chain',
  properties: {
    estateId: p.string().primary(),
    headNo: p.integer(),
    headHash: p.string().nullable(),
  },
});
export type EstateChain = InferEntity<typeof EstateChainEntity>;
