// 公共收益统计 — a region's, a company's and the province's figures, each for any number of regions or
// companies in ONE SQL statement: rows carry region codes and company ids copied at write time; every
// region is a code prefix; warnings are derived in the same statement (./warnings.ts).
import { regionPrefix, sql, type EntityManager } from '@wuye/kit';
import { publicationDeadline } from './quarters.js';
import type { WarningKind, WarningRule } from './rules.js';
import { clockLiterals, quarterStatusCte, scopeCte, statementCtes, warningCte } from './warnings.js';

const S = 'public_revenue';

export interface PublicationFigures {
  /** estates due to state the quarter */
  expected: number;
  submitted: number;
  publishedOnline: number;
  publishedOffline: number;
  publishedBoth: number;
  /** online by the deadline */
  publishedOnTime: number;
}

export type CountsByKey = Record<string, number>;

export interface RegionFigures extends PublicationFigures {
  regionCode: string;
  warnings: CountsByKey;
  depositsTotal: string;
  deposits: number;
  tasksOpen: number;
  tasksClosed: number;
  tasksOverdue: number;
  complaints: CountsByKey;
  supervisors: number;
  visits: number;
}

const figuresOf = (row: Record<string, unknown>): PublicationFigures => ({
  expected: Number(row.expected ?? 0),
  submitted: Number(row.submitted ?? 0),
  publishedOnline: Number(row.online ?? 0),
  publishedOffline: Number(row.offline ?? 0),
  publishedBoth: Number(row.both_channels ?? 0),
  publishedOnTime: Number(row.on_time ?? 0),
});

const RATES = `count(*)::int as expected, count(q.statement_id)::int as submitted, count(q.online_at)::int as online, count(q.offline_at)::int as offline,
  count(*) filter (where q.online_at is not null and q.offline_at is not null)::int as both_channels, count(*) filter (where q.on_time)::int as on_time`;

/** Region.publicRevenue for many regions (their whole subtrees) in one statement. */
export async function regionFigures(em: EntityManager, codes: readonly string[], quarter: string, rule: WarningRule, now: Date): Promise<RegionFigures[]> {
  const c = clockLiterals(now);
  const prefixes = codes.map(regionPrefix);
  const rows = await sql<Record<string, unknown>>(
    em,
    `with r(code, prefix) as (select * from unnest(?::text[], ?::text[])),
     ${statementCtes(`e.region_code like any (?::text[])`, now)},
     ${warningCte(now, rule)},
     ${quarterStatusCte(quarter, publicationDeadline(quarter, rule.lateAfterDays), now)},
     rates as (select r.code, ${RATES} from r join quarter_status q on q.region_code like r.prefix || '%' group by r.code),
     warnings as (select code, json_object_agg(kind, n) as by_kind from (
       select r.code, w.kind, count(*)::int as n from r join warning w on w.region_code like r.prefix || '%' group by r.code, w.kind) x group by code),
     deposits as (select r.code, sum(d.amount)::text as total, count(*)::int as n from r join ${S}.deposit d on d.region_code like r.prefix || '%' and d.deposited_on <= ${c.today} group by r.code),
     tasks as (select r.code, count(*) filter (where t.status = 'OPEN')::int as open, count(*) filter (where t.status = 'CLOSED')::int as closed,
       count(*) filter (where t.status = 'OPEN' and t.deadline < ${c.today})::int as overdue
       from r join ${S}.rectification_task t on t.region_code like r.prefix || '%' group by r.code),
     complaints as (select code, json_object_agg(state, n) as by_state from (
       select r.code, k.state, count(*)::int as n from r join ${S}.complaint k on k.region_code like r.prefix || '%' and k.received_at <= ${c.now} group by r.code, k.state) x group by code),
     supervisors as (select r.code, count(*)::int as n from r join ${S}.supervisor s on s.region_code like r.prefix || '%' and s.appointed_on <= ${c.today} group by r.code),
     visits as (select r.code, count(*)::int as n from r join ${S}.supervisor_visit v on v.region_code like r.prefix || '%' and v.visited_on <= ${c.today} group by r.code)
     select r.code, rates.expected, rates.submitted, rates.online, rates.offline, rates.both_channels, rates.on_time, warnings.by_kind,
       deposits.total as deposits_total, deposits.n as deposits, tasks.open as tasks_open, tasks.closed as tasks_closed, tasks.overdue as tasks_overdue,
       complaints.by_state, supervisors.n as supervisors, visits.n as visits
     from r left join rates using (code) left join warnings using (code) left join deposits using (code) left join tasks using (code)
       left join complaints using (code) left join supervisors using (code) left join visits using (code)`,
    [codes, prefixes, prefixes.map((p) => `${p}%`)],
  );
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  return codes.map((code) => {
    const row = byCode.get(code) ?? {};
    return {
      regionCode: code,
      ...figuresOf(row),
      warnings: (row.by_kind as CountsByKey | null) ?? {},
      depositsTotal: (row.deposits_total as string | null) ?? '0.00',
      deposits: Number(row.deposits ?? 0),
      tasksOpen: Number(row.tasks_open ?? 0),
      tasksClosed: Number(row.tasks_closed ?? 0),
      tasksOverdue: Number(row.tasks_overdue ?? 0),
      complaints: (row.by_state as CountsByKey | null) ?? {},
      supervisors: Number(row.supervisors ?? 0),
      visits: Number(row.visits ?? 0),
    };
  });
}

export interface CompanyFigures extends PublicationFigures {
  companyId: string;
  estates: number;
  compliantEstates: number;
  warnings: CountsByKey;
  depositsTotal: string;
}

/** PropertyCompany.publicRevenue for many companies (the estates each serves) in one statement. */
export async function companyFigures(em: EntityManager, companyIds: readonly string[], quarter: string, rule: WarningRule, now: Date): Promise<CompanyFigures[]> {
  const c = clockLiterals(now);
  const rows = await sql<Record<string, unknown>>(
    em,
    `with ${statementCtes(`e.company_id = any(?::text[])`, now)},
     ${warningCte(now, rule)},
     ${quarterStatusCte(quarter, publicationDeadline(quarter, rule.lateAfterDays), now)},
     estates as (select e.company_id, count(*)::int as estates,
       count(*) filter (where not exists (select 1 from warning w where w.estate_id = e.estate_id))::int as compliant from scope_estate e group by e.company_id),
     rates as (select q.company_id, ${RATES} from quarter_status q group by q.company_id),
     warnings as (select company_id, json_object_agg(kind, n) as by_kind from (select w.company_id, w.kind, count(*)::int as n from warning w group by w.company_id, w.kind) x group by company_id),
     deposits as (select d.company_id, sum(d.amount)::text as total from ${S}.deposit d where d.company_id = any(?::text[]) and d.deposited_on <= ${c.today} group by d.company_id)
     select estates.company_id, estates.estates, estates.compliant, rates.expected, rates.submitted, rates.online, rates.offline, rates.both_channels, rates.on_time,
       warnings.by_kind, deposits.total as deposits_total
     from estates left join rates using (company_id) left join warnings using (company_id) left join deposits using (company_id)`,
    [companyIds, companyIds],
  );
  const byId = new Map(rows.map((row) => [row.company_id as string, row]));
  return companyIds.map((companyId) => {
    const row = byId.get(companyId) ?? {};
    return {
      companyId,
      estates: Number(row.estates ?? 0),
      compliantEstates: Number(row.compliant ?? 0),
      ...figuresOf(row),
      warnings: (row.by_kind as CountsByKey | null) ?? {},
      depositsTotal: (row.deposits_total as string | null) ?? '0.00',
    };
  });
}

export interface RankingRow extends PublicationFigures {
  regionCode: string;
  rank: number;
  onTimeRate: number | null;
}

/**
 * 自动排名: the cities or counties within `within` by on-time publication rate for a quarter, best
 * first (ties share a rank; then by online rate, then by code).
 */
export async function ranking(em: EntityManager, within: string, level: 'CITY' | 'COUNTY', quarter: string, rule: WarningRule, now: Date): Promise<RankingRow[]> {
  const group = level === 'CITY' ? `substr(q.region_code, 1, 4) || '00'` : `substr(q.region_code, 1, 6)`;
  const rows = await sql<Record<string, unknown>>(
    em,
    `with ${scopeCte(`e.region_code like ?`)},
     ${quarterStatusCte(quarter, publicationDeadline(quarter, rule.lateAfterDays), now)},
     grouped as (select ${group} as code, ${RATES} from quarter_status q group by 1)
     select g.*, rank() over (order by g.on_time::numeric / nullif(g.expected, 0) desc nulls last) as rank
     from grouped g order by rank, g.online::numeric / nullif(g.expected, 0) desc nulls last, g.code`,
    [`${regionPrefix(within)}%`],
  );
  return rows.map((row) => {
    const figures = figuresOf(row);
    return { regionCode: row.code as string, rank: Number(row.rank), ...figures, onTimeRate: figures.expected ? figures.publishedOnTime / figures.expected : null };
  });
}

export interface WarningRow {
  estateId: string;
  regionCode: string;
  companyId: string;
  quarter: string;
  kind: WarningKind;
  statementId: string | null;
}

const toWarning = (row: Record<string, unknown>): WarningRow => ({
  estateId: row.estate_id as string,
  regionCode: row.region_code as string,
  companyId: row.company_id as string,
  quarter: row.quarter as string,
  kind: row.kind as WarningKind,
  statementId: (row.statement_id as string | null) ?? null,
});

/** The current warnings of many estates, in one statement. */
export async function estateWarnings(em: EntityManager, estateIds: readonly string[], rule: WarningRule, now: Date): Promise<WarningRow[]> {
  const rows = await sql<Record<string, unknown>>(
    em,
    `with ${statementCtes(`e.estate_id = any(?::text[])`, now)}, ${warningCte(now, rule)}
     select * from warning order by estate_id, quarter, kind`,
    [estateIds],
  );
  return rows.map(toWarning);
}

export interface WarningFilter {
  regionCode: string;
  quarter?: string | null;
  kind?: WarningKind | null;
  companyId?: string | null;
}

/** A page of a region's warnings in (estate, quarter, kind) order, strictly after `after`. */
export async function warningPage(em: EntityManager, filter: WarningFilter, rule: WarningRule, now: Date, page: { after: (string | number)[] | null; limit: number } | 'count'): Promise<WarningRow[] | number> {
  const conditions: string[] = [];
  const params: unknown[] = [`${regionPrefix(filter.regionCode)}%`];
  if (filter.companyId) {
    conditions.push('company_id = ?');
    params.push(filter.companyId);
  }
  if (filter.quarter) {
    conditions.push('quarter = ?');
    params.push(filter.quarter);
  }
  if (filter.kind) {
    conditions.push('kind = ?');
    params.push(filter.kind);
  }
  if (page !== 'count' && page.after) {
    conditions.push('(estate_id, quarter, kind) > (?, ?, ?)');
    params.push(...page.after.map(String));
  }
  const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
  const base = `with ${statementCtes(`e.region_code like ?`, now)}, ${warningCte(now, rule)}`;
  if (page === 'count') {
    const [row] = await sql<{ n: number }>(em, `${base} select count(*)::int as n from warning ${where}`, params);
    return row?.n ?? 0;
  }
  const rows = await sql<Record<string, unknown>>(em, `${base} select * from warning ${where} order by estate_id, quarter, kind limit ${Math.trunc(page.limit)}`, params);
  return rows.map(toWarning);
}

