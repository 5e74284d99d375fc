// 安全监管统计 — counts for any set of keys (regions, campaigns, companies, estates) in ONE SQL
// statement each. Findings are counted as "cells" (category × state, with how many of them are overdue
// and how many were rectified on time) that tally() folds into totals, so every aggregate of findings
// everywhere is computed the same way. Overdue and due months are derived from the request's clock.
import { regionPrefix, sql, type EntityManager } from '@wuye/kit';
import { addMonths, lastCompleteMonth } from './dates.js';
import { FINDING_STATES, type FindingState } from './rectification.js';
import { CATEGORY_KEYS, FIRE_CATEGORIES, type CampaignKind, type FindingCategory } from './rules.js';

const S = 'safety_inspection';

/** the China date of a timestamptz column, in SQL */
export const chinaDateSql = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

export interface Cell {
  category: FindingCategory;
  state: FindingState;
  n: number;
  overdue: number;
  onTime: number;
}

/** SQL aggregating finding rows `f` into cells, as jsonb: [[category, state, n, overdue, onTime], …] grouped by `key` */
export const CELL_COLUMNS = (today: string) => `f.category, f.state, count(*)::int as n,
  count(*) filter (where f.state = 'NOTIFIED' and f.deadline < '${today}'::date)::int as overdue,
  count(*) filter (where f.state in ('RECTIFIED', 'VERIFIED') and ${chinaDateSql('f.rectified_at')} <= f.deadline)::int as on_time`;

export const cellsFromJson = (json: [string, string, number, number, number][] | null): Cell[] =>
  (json ?? []).map(([category, state, n, overdue, onTime]) => ({ category: category as FindingCategory, state: state as FindingState, n, overdue, onTime }));

export interface FindingTally {
  findings: number;
  /** not yet verified */
  open: number;
  /** notified and past the deadline */
  overdue: number;
  /** RECTIFIED or VERIFIED */
  rectified: number;
  verified: number;
  rectifiedOnTime: number;
  fireProblems: number;
  fireProblemsRectified: number;
  byCategory: { category: FindingCategory; findings: number; open: number; overdue: number; rectified: number }[];
  byState: { state: FindingState; findings: number }[];
}

const isRectified = (state: FindingState) => state === 'RECTIFIED' || state === 'VERIFIED';

export function tally(cells: readonly Cell[]): FindingTally {
  const t: FindingTally = {
    findings: 0, open: 0, overdue: 0, rectified: 0, verified: 0, rectifiedOnTime: 0, fireProblems: 0, fireProblemsRectified: 0,
    byCategory: CATEGORY_KEYS.map((category) => ({ category, findings: 0, open: 0, overdue: 0, rectified: 0 })),
    byState: FINDING_STATES.map((state) => ({ state, findings: 0 })),
  };
  for (const c of cells) {
    const fire = FIRE_CATEGORIES.includes(c.category);
    const category = t.byCategory.find((b) => b.category === c.category)!;
    t.findings += c.n;
    category.findings += c.n;
    t.byState.find((b) => b.state === c.state)!.findings += c.n;
    t.overdue += c.overdue;
    category.overdue += c.overdue;
    t.rectifiedOnTime += c.onTime;
    if (c.state !== 'VERIFIED') {
      t.open += c.n;
      category.open += c.n;
    }
    if (c.state === 'VERIFIED') t.verified += c.n;
    if (isRectified(c.state)) {
      t.rectified += c.n;
      category.rectified += c.n;
    }
    if (fire) t.fireProblems += c.n;
    if (fire && isRectified(c.state)) t.fireProblemsRectified += c.n;
  }
  return t;
}

/** the self-inspection window: from the first checklist's month (or `year`'s start) to the last month ended by `today` */
export function selfInspectionWindow(today: string, year: number | null): { from: string | null; to: string } {
  const last = lastCompleteMonth(today);
  if (year === null) return { from: null, to: last };
  return { from: `${year}-01-01`, to: last < `${year}-12-01` ? last : `${year}-12-01` };
}

/**
 * SQL (CTE text) of every served estate of the roster matching `rosterWhere` (alias `ro`), with the
 * months of self-inspection due from it: from the programme's start (the first checklist's month), the
 * window's start, or the month after the current company took over — whichever is latest — to the
 * window's end. Parameters: from (date or null), to (date), then those of `rosterWhere`.
 */
export function servedCte(rosterWhere: string): string {
  return `programme as (select min(effective_from) as start from ${S}.checklist_version),
  served as (
    select ro.estate_id, ro.region_code, ro.company_id,
      greatest(p.start, coalesce(?::date, p.start), coalesce(date_trunc('month', ro.serving_since + interval '1 month' - interval '1 day')::date, p.start)) as first_due,
      ?::date as last_due
    from ${S}.estate_roster ro cross join programme p
    where ro.company_id is not null and p.start is not null and ${rosterWhere})`;
}

/** servedCte, and `due`: per served estate, the months due, submitted and submitted late */
export function dueMonthsCte(rosterWhere: string): string {
  return `${servedCte(rosterWhere)},
  due as (
    select s.estate_id, s.region_code, s.company_id, s.first_due, s.last_due,
      greatest(0, (extract(year from s.last_due) * 12 + extract(month from s.last_due)) - (extract(year from s.first_due) * 12 + extract(month from s.first_due)) + 1)::int as months_due,
      count(si.id)::int as submitted,
      count(si.id) filter (where si.submitted_on >= (si.month + interval '1 month')::date)::int as late
    from served s left join ${S}.self_inspection si on si.estate_id = s.estate_id and si.month between s.first_due and s.last_due
    group by s.estate_id, s.region_code, s.company_id, s.first_due, s.last_due)`;
}

export interface SelfInspectionTally {
  from: string | null;
  to: string;
  estates: number;
  monthsDue: number;
  submitted: number;
  missing: number;
  late: number;
  estatesMissing: number;
}

export interface RegionStatistics {
  regionCode: string;
  campaigns: number;
  inspections: number;
  estatesSampled: number;
  cells: Cell[];
}

export interface RegionFilter {
  kind: CampaignKind | null;
  year: number | null;
}

/**
 * Region.safety's campaigns, inspections and findings for many regions in ONE statement. Each region
 * is a code prefix; rows carry the region codes copied at write time and are first counted per
 * community, then summed per prefix.
 */
export async function regionStatistics(em: EntityManager, codes: readonly string[], filter: RegionFilter, today: string): Promise<RegionStatistics[]> {
  const campaignFilter = `(?::text is null or c.kind = ?::text) and (?::int is null or extract(year from c.starts_on) = ?::int)`;
  const filterParams = [filter.kind, filter.kind, filter.year, filter.year];
  const rows = await sql<{ code: string; campaigns: number | null; inspections: number | null; estates: number | null; cells: [string, string, number, number, number][] | null }>(
    em,
    `with r(code, prefix) as (select * from unnest(?::text[], ?::text[])),
     camp as (
       select r.code, count(*)::int as n from r join ${S}.campaign c on c.region_code like r.prefix || '%'
       where c.starts_on <= ?::date and ${campaignFilter} group by r.code),
     insp_by_community as (
       select i.region_code, count(*)::int as n, count(distinct i.estate_id)::int as estates
       from ${S}.inspection i join ${S}.campaign c on c.id = i.campaign_id
       where i.conducted_on is not null and ${campaignFilter} group by i.region_code),
     insp as (
       select r.code, sum(x.n)::int as n, sum(x.estates)::int as estates from r join insp_by_community x on x.region_code like r.prefix || '%' group by r.code),
     cell_by_community as (
       select f.region_code, ${CELL_COLUMNS(today)}
       from ${S}.finding f join ${S}.campaign c on c.id = f.campaign_id where ${campaignFilter} group by f.region_code, f.category, f.state),
     cells as (
       select code, jsonb_agg(jsonb_build_array(category, state, n, overdue, on_time)) as cells from (
         select r.code, x.category, x.state, sum(x.n)::int as n, sum(x.overdue)::int as overdue, sum(x.on_time)::int as on_time
         from r join cell_by_community x on x.region_code like r.prefix || '%' group by r.code, x.category, x.state) g
       group by code)
     select r.code, camp.n as campaigns, insp.n as inspections, insp.estates, cells.cells
     from r left join camp using (code) left join insp using (code) left join cells using (code)`,
    [codes, codes.map(regionPrefix), today, ...filterParams, ...filterParams, ...filterParams],
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return codes.map((code) => {
    const row = byCode.get(code);
    return { regionCode: code, campaigns: row?.campaigns ?? 0, inspections: row?.inspections ?? 0, estatesSampled: row?.estates ?? 0, cells: cellsFromJson(row?.cells ?? null) };
  });
}

/** Region.safety.selfInspection for many regions in ONE statement (only when asked for: it reads every self-inspection of the window). */
export async function regionSelfInspection(em: EntityManager, codes: readonly string[], year: number | null, today: string): Promise<SelfInspectionTally[]> {
  const window = selfInspectionWindow(today, year);
  const prefixes = codes.map(regionPrefix);
  const rows = await sql<{ code: string; estates: number | null; due: number | null; submitted: number | null; late: number | null; estates_missing: number | null }>(
    em,
    `with r(code, prefix) as (select * from unnest(?::text[], ?::text[])),
     ${dueMonthsCte(`ro.region_code like any(?::text[])`)},
     by_community as (
       select region_code, count(*)::int as estates, sum(months_due)::int as due, sum(submitted)::int as submitted, sum(late)::int as late,
         count(*) filter (where submitted < months_due)::int as estates_missing
       from due group by region_code)
     select r.code, sum(x.estates)::int as estates, sum(x.due)::int as due, sum(x.submitted)::int as submitted, sum(x.late)::int as late, sum(x.estates_missing)::int as estates_missing
     from r join by_community x on x.region_code like r.prefix || '%' group by r.code`,
    [codes, prefixes, window.from, window.to, prefixes.map((p) => `${p}%`)],
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return codes.map((code) => {
    const row = byCode.get(code);
    const due = row?.due ?? 0;
    const submitted = row?.submitted ?? 0;
    return { from: window.from, to: window.to, estates: row?.estates ?? 0, monthsDue: due, submitted, missing: due - submitted, late: row?.late ?? 0, estatesMissing: row?.estates_missing ?? 0 };
  });
}

/** the months from `from` to `to` (first days), inclusive */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}
