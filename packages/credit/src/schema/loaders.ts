// Credit's DataLoaders: one SQL statement per kind of row, however many companies a request touches.
import { defineLoader, groupedInKeyOrder, sql } from '@wuye/kit';
import { companyCopies, type CompanyCopy } from '../companies.js';
import { RULE_SET_COLUMNS, toRuleSet, type RuleSetRow } from '../rules/store.js';
import { liveScores, type LiveScore } from '../scoring/sql.js';
import { iso } from '../time.js';
import type { CreditContext } from './builder.js';

export const companyCopy = defineLoader<string, CompanyCopy | null, CreditContext>((ids, ctx) => companyCopies(ctx.em, ids));

/** keys "companyId|year": grouped by year, one statement per year asked */
export const liveScore = defineLoader<string, LiveScore, CreditContext>(async (keys, ctx) => {
  const byYear = new Map<number, string[]>();
  for (const key of keys) {
    const [id, year] = key.split('|');
    byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), id!]);
  }
  const found = new Map<string, LiveScore>();
  for (const [year, ids] of byYear) for (const s of await liveScores(ctx.em, ids, year)) found.set(`${s.companyId}|${year}`, s);
  return keys.map((k) => found.get(k)!);
});

/** the rule set in force per year (null: none published) */
export const ruleSetOfYear = defineLoader<number, RuleSetRow | null, CreditContext>(async (years, ctx) => {
  const rows = await sql(
    ctx.em,
    `select distinct on (year) ${RULE_SET_COLUMNS} from credit.rule_set where status = 'PUBLISHED' and year = any(?::int[]) order by year, version desc`,
    [years],
  );
  const byYear = new Map(rows.map((r) => [Number(r.year), toRuleSet(r)]));
  return years.map((y) => byYear.get(y) ?? null);
});

export interface CreditEventRow {
  id: string;
  companyId: string;
  category: 'INDICATOR' | 'BONUS' | 'PENALTY';
  item: string;
  points: string;
  occurredAt: Date;
  year: number;
  regionCode: string;
  sourceKind: 'DOMAIN_EVENT' | 'OFFICIAL' | 'OPINION';
  sourceEventId: string | null;
  sourceEventType: string | null;
  officialSubject: string | null;
  officialLevel: 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET' | null;
  estateId: string | null;
  evidence: string;
  evidenceRefs: string[];
  ruleYear: number | null;
  ruleVersion: number | null;
  recordedAt: Date;
}

export const EVENT_COLUMNS = `e.id, e.company_id as "companyId", e.category, e.item, e.points::text as points, ${iso('e.occurred_at')} as "occurredAt", e.year, e.region_code as "regionCode",
  e.source_kind as "sourceKind", e.source_event_id as "sourceEventId", e.source_event_type as "sourceEventType", e.official_subject as "officialSubject", e.official_level as "officialLevel",
  e.estate_id as "estateId", e.evidence, e.evidence_refs as "evidenceRefs", e.rule_year as "ruleYear", e.rule_version as "ruleVersion", ${iso('e.recorded_at')} as "recordedAt"`;

export const toEvent = (row: Record<string, unknown>): CreditEventRow => ({ ...(row as unknown as CreditEventRow), occurredAt: new Date(row.occurredAt as string), recordedAt: new Date(row.recordedAt as string) });

/** every event of a company in a year, oldest first; keys "companyId|year" */
export const eventsOfYear = defineLoader<string, CreditEventRow[], CreditContext>(async (keys, ctx) => {
  const rows = await sql(
    ctx.em,
    `select ${EVENT_COLUMNS} from credit.credit_event e join unnest(?::text[], ?::int[]) k(company_id, year) using (company_id, year) order by e.company_id, e.year, e.occurred_at, e.id`,
    [keys.map((k) => k.split('|')[0]), keys.map((k) => Number(k.split('|')[1]))],
  );
  return groupedInKeyOrder(keys, rows.map(toEvent), (e) => `${e.companyId}|${e.year}`);
});

export interface ResultRow {
  year: number;
  version: number;
  companyId: string;
  regionCode: string | null;
  cityCode: string | null;
  score: string;
  grade: string;
  deductions: string;
  provinceRank: number;
  cityRank: number | null;
  reason: string | null;
  publishedAt: Date;
}

export const RESULT_COLUMNS = `r.year, r.version, r.company_id as "companyId", r.region_code as "regionCode", r.city_code as "cityCode", r.score::text as score, r.grade, r.deductions::text as deductions,
  r.province_rank as "provinceRank", r.city_rank as "cityRank", v.reason, ${iso('v.published_at')} as "publishedAt"`;

export const toResult = (row: Record<string, unknown>): ResultRow => ({ ...(row as unknown as ResultRow), publishedAt: new Date(row.publishedAt as string) });

/** a company's published results, newest year and version first */
export const publishedResults = defineLoader<string, ResultRow[], CreditContext>(async (ids, ctx) => {
  const rows = await sql(
    ctx.em,
    `select ${RESULT_COLUMNS} from credit.evaluation_result r join credit.evaluation v using (year, version)
     where v.status = 'PUBLISHED' and v.published_at <= ? and r.company_id = any(?::text[]) order by r.company_id, r.year desc, r.version desc`,
    [ctx.now, ids],
  );
  return groupedInKeyOrder(ids, rows.map(toResult), (r) => r.companyId);
});
