import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 议事协商: a matter raised by owners at an estate and where it was settled */
export const MatterEntity = defineEntity({
  name: 'GovernanceMatter',
  tableName: 'deliberation_matter',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    /** the estate's community, copied from registry */
    regionCode: p.string(),
    forum: p.string(),
    subject: p.string(),
    raisedOn: p.string().columnType('date'),
    /** ESTATE | COMMUNITY | STREET, null while open */
    settledLevel: p.string().nullable(),
    settledOn: p.string().columnType('date').nullable(),
    resolution: p.text().nullable(),
  },
});
export type Matter = InferEntity<typeof MatterEntity>;
