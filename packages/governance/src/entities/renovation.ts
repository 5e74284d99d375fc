import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 老旧小区改造 (改管运一体化) project with its "先试后买" trial and hand-over */
export const RenovationEntity = defineEntity({
  name: 'GovernanceRenovationProject',
  tableName: 'renovation_project',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    /** the county */
    regionCode: p.string(),
    investor: p.string(),
    statePartner: p.string().nullable(),
    startedOn: p.string().columnType('date'),
    services: p.json<string[]>(),
    trialStartsOn: p.string().columnType('date'),
    trialEndsOn: p.string().columnType('date'),
    /** PENDING | ACCEPTED | DECLINED */
    decision: p.string(),
    decidedOn: p.string().columnType('date').nullable(),
    handoverCompanyId: p.string().nullable(),
    handedOverOn: p.string().columnType('date').nullable(),
  },
});
export type RenovationProject = InferEntity<typeof RenovationEntity>;

/** an estate in a project's scope */
export const RenovationEstateEntity = defineEntity({
  name: 'GovernanceRenovationEstate',
  tableName: 'renovation_estate',
  properties: {
    projectId: p.string().primary(),
    estateId: p.string().primary(),
    regionCode: p.string(),
  },
});
export type RenovationEstate = InferEntity<typeof RenovationEstateEntity>;
