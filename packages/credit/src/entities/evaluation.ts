import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 年度评价 — one version of a year's frozen results: CLOSED, then PUBLISHED; corrections are new versions */
export const EvaluationEntity = defineEntity({
  name: 'CreditEvaluation',
  tableName: 'evaluation',
  properties: {
    year: p.integer().primary(),
    version: p.integer().primary(),
    /** CLOSED | PUBLISHED */
    status: p.string(),
    /** why a correction was made (null for version 1) */
    reason: p.string().nullable(),
    ruleYear: p.integer(),
    ruleVersion: p.integer(),
    companies: p.integer(),
    closedAt: p.datetime(),
    closedBy: p.string(),
    publishedAt: p.datetime().nullable(),
    publishedBy: p.string().nullable(),
  },
});
export type Evaluation = InferEntity<typeof EvaluationEntity>;

/** 评价结果 — a company's frozen score, grade and ranks in one evaluation version (append-only) */
export const EvaluationResultEntity = defineEntity({
  name: 'CreditEvaluationResult',
  tableName: 'evaluation_result',
  properties: {
    year: p.integer().primary(),
    version: p.integer().primary(),
    companyId: p.string().primary(),
    regionCode: p.string().nullable(),
    cityCode: p.string().nullable(),
    score: p.decimal().precision(8).scale(2),
    grade: p.string(),
    deductions: p.decimal().precision(8).scale(2),
    provinceRank: p.integer(),
    cityRank: p.integer().nullable(),
  },
});
export type EvaluationResult = InferEntity<typeof EvaluationResultEntity>;
