import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 完整社区建设试点 with its 党群服务中心 */
export const PilotEntity = defineEntity({
  name: 'GovernancePilot',
  tableName: 'pilot',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    communityCode: p.string(),
    batch: p.integer(),
    designatedOn: p.string().columnType('date'),
    centreName: p.string(),
    centreOpenedOn: p.string().columnType('date').nullable(),
    signHung: p.boolean(),
  },
});
export type Pilot = InferEntity<typeof PilotEntity>;

/** an estate a pilot serves (its community copied from registry) */
export const PilotEstateEntity = defineEntity({
  name: 'GovernancePilotEstate',
  tableName: 'pilot_estate',
  properties: {
    pilotId: p.string().primary(),
    estateId: p.string().primary(),
    regionCode: p.string(),
  },
});
export type PilotEstate = InferEntity<typeof PilotEstateEntity>;
