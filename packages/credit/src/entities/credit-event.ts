import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 动态评价 — one addition or deduction of points to a company's credit, never changed once recorded */
export const CreditEventEntity = defineEntity({
  name: 'CreditEvent',
  tableName: 'credit_event',
  properties: {
    id: p.string().primary(),
    companyId: p.string(),
    /** INDICATOR | BONUS | PENALTY */
    category: p.string(),
    /** the indicator, bonus or penalty item */
    item: p.string(),
    /** exact NUMERIC(8,2), as a string */
    points: p.decimal().precision(8).scale(2),
    occurredAt: p.datetime(),
    /** the China-time year of occurredAt */
    year: p.integer(),
    /** where it happened (the estate's community, or the company's county), copied */
    regionCode: p.string(),
    /** DOMAIN_EVENT | OFFICIAL | OPINION */
    sourceKind: p.string(),
    sourceEventId: p.string().nullable(),
    sourceEventType: p.string().nullable(),
    officialSubject: p.string().nullable(),
    /** PROVINCE | CITY | COUNTY | STREET */
    officialLevel: p.string().nullable(),
    estateId: p.string().nullable(),
    evidence: p.text(),
    evidenceRefs: p.json(),
    /** the rule set whose points were used */
    ruleYear: p.integer().nullable(),
    ruleVersion: p.integer().nullable(),
    recordedAt: p.datetime(),
  },
});
export type CreditEvent = InferEntity<typeof CreditEventEntity>;
