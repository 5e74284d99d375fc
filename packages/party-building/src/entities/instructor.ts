import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 党建指导员 — sent to a company or an estate that cannot yet found an organisation */
export const InstructorEntity = defineEntity({
  name: 'Instructor',
  tableName: 'instructor',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    sentOn: p.string().columnType('date'),
    recalledOn: p.string().columnType('date').nullable(),
    companyId: p.string().nullable().index(),
    estateId: p.string().nullable().index(),
    regionCode: p.string(),
  },
});
export type Instructor = InferEntity<typeof InstructorEntity>;
