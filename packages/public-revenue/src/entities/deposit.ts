import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 缴存 — public revenue a company deposited into an estate's account */
export const DepositEntity = defineEntity({
  name: 'RevenueDeposit',
  tableName: 'deposit',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    companyId: p.string().index(),
    /** the estate's community, copied from registry */
    regionCode: p.string(),
    amount: p.decimal().precision(14).scale(2),
    depositedOn: p.string().columnType('date'),
    reference: p.string(),
    recordedBy: p.string(),
  },
});
export type Deposit = InferEntity<typeof DepositEntity>;
