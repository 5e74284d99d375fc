import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 执法进社区: a department's enforcement action at an estate */
export const EnforcementEntity = defineEntity({
  name: 'GovernanceEnforcementAction',
  tableName: 'enforcement_action',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    regionCode: p.string(),
    department: p.string(),
    violation: p.string(),
    foundOn: p.string().columnType('date'),
    /** PENDING | RECTIFIED | FINED | DEMOLISHED */
    outcome: p.string(),
    concludedOn: p.string().columnType('date').nullable(),
    note: p.text(),
  },
});
export type EnforcementAction = InferEntity<typeof EnforcementEntity>;
