import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 评价规则 — one version of a year's rule set: a draft until published, then never changed */
export const RuleSetEntity = defineEntity({
  name: 'CreditRuleSet',
  tableName: 'rule_set',
  properties: {
    year: p.integer().primary(),
    version: p.integer().primary(),
    /** DRAFT | PUBLISHED */
    status: p.string(),
    /** the validated document (../rules/document.ts) */
    document: p.json(),
    note: p.string().nullable(),
    createdAt: p.datetime(),
    createdBy: p.string(),
    publishedAt: p.datetime().nullable(),
    publishedBy: p.string().nullable(),
  },
});
export type RuleSet = InferEntity<typeof RuleSetEntity>;
