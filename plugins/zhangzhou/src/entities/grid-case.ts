import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/**
 * 网格案件 — a problem found on grid patrol (网格巡查) in an estate, from 采集问题 to 核查验收. `state`,
 * `category`, `department` and `deadline` are the current ones; the history is in grid_case_transition.
 */
export const GridCaseEntity = defineEntity({
  name: 'ZhangzhouGridCase',
  tableName: 'grid_case',
  properties: {
    id: p.string().primary(),
    /** the registry's estate id */
    estateId: p.string().index(),
    /** the estate's community (12 digits), copied from the registry when the case is reported */
    regionCode: p.string(),
    description: p.text(),
    location: p.string().nullable(),
    /** 采集人 — personal data */
    reporterName: p.string(),
    /** 城管队员 or 智慧城管问题采集员 */
    reporterKind: p.string(),
    category: p.string().nullable(),
    state: p.string(),
    department: p.string().nullable(),
    deadline: p.datetime().nullable(),
    reportedAt: p.datetime(),
    /** the time of the last transition */
    updatedAt: p.datetime(),
  },
});
export type GridCase = InferEntity<typeof GridCaseEntity>;

/** 流转记录 — one transition of a case: from, to, when and by whom, with what the step recorded */
export const GridCaseTransitionEntity = defineEntity({
  name: 'ZhangzhouGridCaseTransition',
  tableName: 'grid_case_transition',
  properties: {
    id: p.integer().primary().autoincrement(),
    caseId: p.string().index(),
    /** the case's community, copied (statistics are prefix matches over it) */
    regionCode: p.string(),
    /** null for the first (采集问题) */
    fromState: p.string().nullable(),
    toState: p.string(),
    at: p.datetime(),
    /** the account that recorded the step (token subject) */
    actor: p.string(),
    /** CLASSIFIED: the category */
    category: p.string().nullable(),
    /** DISPATCHED: the department and the deadline */
    department: p.string().nullable(),
    deadline: p.datetime().nullable(),
    /** HANDLED: what was done; REJECTED: why; VERIFIED: remark */
    note: p.text().nullable(),
  },
});
export type GridCaseTransition = InferEntity<typeof GridCaseTransitionEntity>;
