// 信用得分 in SQL: the scores and grades of any number of companies for a year, by the rule set in force,
// in ONE statement — the same formula as ./explain.ts (PostgreSQL's round() on NUMERIC rounds half away
// from zero, as decimal.js's ROUND_HALF_UP does). Used for PropertyCompany.credit (batched), for closing
// a year (every company) and nowhere per company in a loop.
import { sql, type EntityManager } from '@wuye/kit';

const S = 'credit';

/**
 * CTEs after `c(company_id, …)` (the companies wanted) ending in `graded(company_id, score, deductions,
 * grade, rule_year, rule_version)`; parameters: the year twice.
 */
export const SCORE_CTES = `
  rs as (select r.year, r.version, r.document as d from ${S}.rule_set r where r.year = ? and r.status = 'PUBLISHED' order by r.version desc limit 1),
  ind as (select x.code, x.weight::numeric as w, x.floor::numeric as lo, x.cap::numeric as hi from rs, jsonb_to_recordset(rs.d->'indicators') x(code text, weight text, floor text, cap text)),
  bon as (select x.code, x.cap::numeric as hi from rs, jsonb_to_recordset(rs.d->'bonuses') x(code text, cap text)),
  pen as (select distinct x.code from rs, jsonb_to_recordset(rs.d->'penalties') x(code text)),
  grades as (select g.v->>'grade' as grade, (g.v->>'minScore')::numeric as min_score, g.n from rs, jsonb_array_elements(rs.d->'grades') with ordinality g(v, n)),
  ev as (select e.company_id, e.item, sum(e.points) as raw, sum(least(e.points, 0)) as neg from ${S}.credit_event e
         where e.year = ? and e.company_id in (select company_id from c) group by e.company_id, e.item),
  per_company as (
    select ev.company_id,
      coalesce(sum(least(greatest(round(ind.w * ev.raw, 2), ind.lo), ind.hi)) filter (where ind.code is not null), 0) as indicators,
      least(coalesce(sum(least(ev.raw, bon.hi)) filter (where bon.code is not null), 0), (select (d->>'bonusCap')::numeric from rs)) as bonuses,
      coalesce(sum(ev.raw) filter (where pen.code is not null), 0) as penalties,
      -sum(ev.neg) as deductions
    from ev left join ind on ind.code = ev.item left join bon on bon.code = ev.item left join pen on pen.code = ev.item
    group by ev.company_id),
  scores as (
    select c.company_id, ((select (d->>'baseScore')::numeric from rs) + coalesce(p.indicators, 0) + coalesce(p.bonuses, 0) + coalesce(p.penalties, 0))::numeric(8,2) as score,
      coalesce(p.deductions, 0)::numeric(8,2) as deductions
    from c left join per_company p using (company_id)),
  graded as (
    select s.company_id, s.score, s.deductions,
      coalesce((select g.grade from grades g where s.score >= g.min_score order by g.n limit 1), (select g.grade from grades g order by g.n desc limit 1)) as grade,
      (select year from rs) as rule_year, (select version from rs) as rule_version
    from scores s)`;

export interface LiveScore {
  companyId: string;
  year: number;
  /** null when no rule set is in force for the year */
  score: string | null;
  grade: string | null;
  deductions: string;
  ruleYear: number | null;
  ruleVersion: number | null;
  /** the events the score counts, read in the same statement (the explanation explains exactly these) */
  eventIds: string[];
}

/** Live scores of these companies for `year` — one statement, which also names the events each score counts. */
export async function liveScores(em: EntityManager, companyIds: readonly string[], year: number): Promise<LiveScore[]> {
  const rows = await sql<{ company_id: string; score: string | null; grade: string | null; deductions: string; rule_year: number | null; rule_version: number | null; event_ids: string[] }>(
    em,
    `with c(company_id) as (select distinct unnest(?::text[])), ${SCORE_CTES},
       counted as (select e.company_id, array_agg(e.id order by e.id) as ids from ${S}.credit_event e where e.year = ? and e.company_id in (select company_id from c) group by e.company_id)
     select g.company_id, g.score::text, g.grade, g.deductions::text, g.rule_year, g.rule_version, coalesce(counted.ids, '{}') as event_ids
     from graded g left join counted using (company_id)`,
    [companyIds, year, year, year],
  );
  return rows.map((r) => ({
    companyId: r.company_id,
    year,
    score: r.rule_year === null ? null : r.score,
    grade: r.rule_year === null ? null : r.grade,
    deductions: r.deductions,
    ruleYear: r.rule_year,
    ruleVersion: r.rule_version,
    eventIds: r.event_ids,
  }));
}
