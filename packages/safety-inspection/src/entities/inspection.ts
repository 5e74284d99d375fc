import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 检查 — one estate inspected in a campaign; planned (conductedOn null) until carried out */
export const InspectionEntity = defineEntity({
  name: 'SafetyInspection',
  tableName: 'inspection',
  properties: {
    id: p.string().primary(),
    campaignId: p.string().index(),
    drawId: p.string().nullable(),
    estateId: p.string().index(),
    /** the estate's community, copied from registry */
    regionCode: p.string(),
    /** the company serving the estate then, copied from registry */
    companyId: p.string().nullable(),
    conductedOn: p.string().columnType('date').nullable(),
  },
});
export type Inspection = InferEntity<typeof InspectionEntity>;

/** the inspectors of an inspection (检查组) */
export const InspectionInspectorEntity = defineEntity({
  name: 'SafetyInspectionInspector',
  tableName: 'inspection_inspector',
  properties: {
    inspectionId: p.string().primary(),
    inspectorId: p.string().primary().index(),
  },
});
export type InspectionInspector = InferEntity<typeof InspectionInspectorEntity>;
