import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 物业服务合同 — a service contract and its 备案 filing */
export const ContractEntity = defineEntity({
  name: 'ServiceContract',
  tableName: 'service_contract',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    companyId: p.string().index(),
    kind: p.string(),
    signedOn: p.string().columnType('date'),
    startsOn: p.string().columnType('date'),
    endsOn: p.string().columnType('date'),
    filingStatus: p.string(),
    filedOn: p.string().columnType('date'),
    decidedOn: p.string().columnType('date').nullable(),
    rejectionReason: p.string().nullable(),
  },
});
export type Contract = InferEntity<typeof ContractEntity>;
