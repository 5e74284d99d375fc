import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 安全检查要点 — a version of the self-inspection checklist, in force from a date until the next one */
export const ChecklistVersionEntity = defineEntity({
  name: 'SafetyChecklistVersion',
  tableName: 'checklist_version',
  properties: {
    id: p.string().primary(),
    version: p.string().unique(),
    title: p.string(),
    effectiveFrom: p.string().columnType('date').unique(),
  },
});
export type ChecklistVersion = InferEntity<typeof ChecklistVersionEntity>;

export const ChecklistItemEntity = defineEntity({
  name: 'SafetyChecklistItem',
  tableName: 'checklist_item',
  properties: {
    versionId: p.string().primary(),
    code: p.string().primary(),
    position: p.integer(),
    category: p.string(),
    text: p.text(),
  },
});
export type ChecklistItem = InferEntity<typeof ChecklistItemEntity>;
