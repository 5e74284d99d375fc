import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 月度自查 — a company's monthly self-inspection of an estate it serves (one per estate and month) */
export const SelfInspectionEntity = defineEntity({
  name: 'SafetySelfInspection',
  tableName: 'self_inspection',
  properties: {
    id: p.string().primary(),
    estateId: p.string(),
    companyId: p.string(),
    regionCode: p.string(),
    /** the first day of the month inspected */
    month: p.string().columnType('date'),
    checklistVersionId: p.string(),
    submittedOn: p.string().columnType('date'),
    failedItemCodes: p.array(),
  },
  uniques: [{ properties: ['estateId', 'month'] }],
});
export type SelfInspection = InferEntity<typeof SelfInspectionEntity>;
