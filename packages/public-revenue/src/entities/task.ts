import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 整治任务 — an item of the province's or a city's rectification task list, closed by 销号 */
export const TaskEntity = defineEntity({
  name: 'RectificationTask',
  tableName: 'rectification_task',
  properties: {
    id: p.string().primary(),
    level: p.string(),
    /** 350000 or a city */
    regionCode: p.string(),
    title: p.string(),
    department: p.string(),
    assignedOn: p.string().columnType('date'),
    deadline: p.string().columnType('date'),
    status: p.string(),
    closedOn: p.string().columnType('date').nullable(),
    closedBy: p.string().nullable(),
    evidence: p.text().nullable(),
  },
});
export type Task = InferEntity<typeof TaskEntity>;
