import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 行风监督员 — a deputy, committee member, special supervisor, journalist or lawyer supervising the drive */
export const SupervisorEntity = defineEntity({
  name: 'RevenueSupervisor',
  tableName: 'supervisor',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    category: p.string(),
    affiliation: p.string(),
    /** the city supervised */
    regionCode: p.string(),
    appointedOn: p.string().columnType('date'),
  },
});
export type Supervisor = InferEntity<typeof SupervisorEntity>;

/** 明察暗访 — a supervisor's open or unannounced visit to an estate */
export const VisitEntity = defineEntity({
  name: 'RevenueSupervisorVisit',
  tableName: 'supervisor_visit',
  properties: {
    id: p.string().primary(),
    supervisorId: p.string().index(),
    estateId: p.string().index(),
    /** the estate's community */
    regionCode: p.string(),
    visitedOn: p.string().columnType('date'),
    mode: p.string(),
    findings: p.text(),
    problemsFound: p.integer(),
  },
});
export type Visit = InferEntity<typeof VisitEntity>;
