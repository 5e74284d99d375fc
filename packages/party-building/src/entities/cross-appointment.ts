import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 交叉任职 — one person's roles on both sides: company or owners' committee ↔ community party organisation */
export const CrossAppointmentEntity = defineEntity({
  name: 'CrossAppointment',
  tableName: 'cross_appointment',
  properties: {
    id: p.string().primary(),
    personName: p.string(),
    side: p.string(),
    companyId: p.string().nullable(),
    committeeId: p.string().nullable(),
    sideRole: p.string(),
    organizationId: p.string().index(),
    organizationRole: p.string(),
    startsOn: p.string().columnType('date'),
    endsOn: p.string().columnType('date').nullable(),
    regionCode: p.string(),
  },
});
export type CrossAppointment = InferEntity<typeof CrossAppointmentEntity>;
