import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 执法检查人员 — an inspector in the pool of a county, a city or the province */
export const InspectorEntity = defineEntity({
  name: 'SafetyInspector',
  tableName: 'inspector',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    agency: p.string(),
    regionCode: p.string(),
    /** the token subject of the official, when the inspector signs in to the platform */
    subject: p.string().nullable().unique(),
    active: p.boolean(),
  },
});
export type Inspector = InferEntity<typeof InspectorEntity>;

/** 回避关系 — an inspector's recorded connection to a company */
export const InspectorTieEntity = defineEntity({
  name: 'SafetyInspectorTie',
  tableName: 'inspector_tie',
  properties: {
    inspectorId: p.string().primary(),
    companyId: p.string().primary().index(),
    relation: p.string(),
    recordedOn: p.string().columnType('date'),
  },
});
export type InspectorTie = InferEntity<typeof InspectorTieEntity>;
