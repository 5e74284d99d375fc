// 自动预警: warnings derived in SQL from the rows and the request's clock — never stored, so they appear
// when a deadline passes and disappear when the statement is published (or corrected). Kinds:
//   NOT_PUBLISHED           a due quarter (N days after its end have passed) without a statement published on any channel
//   ONLINE_WITHOUT_OFFLINE  a due quarter published online (闽政通) but not on the notice board
//   OFFLINE_WITHOUT_ONLINE  … or on the notice board but not online
//   NEGATIVE_BALANCE        the statement's current revision spends more than it earns
//   INCOME_DROP             its income fell by more than the rule's share against the previous quarter
// "Published" means published by the request's "now": publications after it have not happened yet.
//
// Every join below is one an index can answer (statement by estate and quarter, revision by key,
// publications by statement) — never one CTE scanned for each row of another — so a plan stays cheap
// whatever the planner believes about how many rows a quarter has (a fresh quarter, rare in the
// statistics but with thousands of statements in the table, once took minutes with CTE-to-CTE joins).
import { chinaDate } from '@wuye/kit';
import { MAX_LATE_DAYS, type WarningRule } from './rules.js';

const S = 'public_revenue';
const QUARTER = /^\d{4}Q[1-4]$/;

/** SQL literals of the clock (checked here: they are inlined, never taken from text) */
export function clockLiterals(now: Date) {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a date');
  return { now: `'${now.toISOString()}'::timestamptz`, today: `'${chinaDate(now)}'::date` };
}

function ruleLiterals(rule: WarningRule) {
  if (!Number.isInteger(rule.lateAfterDays) || rule.lateAfterDays < 0 || rule.lateAfterDays > MAX_LATE_DAYS) throw new RangeError(`lateAfterDays ${rule.lateAfterDays} is out of range`);
  if (!(rule.incomeDropShare > 0 && rule.incomeDropShare < 1)) throw new RangeError(`incomeDropShare ${rule.incomeDropShare} is out of range`);
  return { late: String(rule.lateAfterDays), keep: `(1 - ${rule.incomeDropShare.toFixed(4)}::numeric)` };
}

/** the China date of a timestamptz column (UTC+8, no daylight saving) */
export const chinaDay = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/** a statement `s` submitted by now, its current revision `r` and its first publication per channel by now (`pub`) */
function statementJoins(estate: string, quarter: string, alias: string, now: string): string {
  return `left join ${S}.statement ${alias} on ${alias}.estate_id = ${estate} and ${alias}.quarter = ${quarter} and ${alias}.submitted_at <= ${now}
     left join ${S}.revision ${alias}_r on ${alias}_r.statement_id = ${alias}.id and ${alias}_r.revision_no = ${alias}.current_revision_no`;
}

function publicationJoin(statement: string, alias: string, now: string): string {
  return `left join lateral (select min(p.published_at) filter (where p.channel = 'ONLINE') as online_at, min(p.published_at) filter (where p.channel = 'OFFLINE') as offline_at
       from ${S}.publication p where p.statement_id = ${statement}.id and p.published_at <= ${now}) ${alias} on true`;
}

/** CTE `scope_estate` (estate_id, region_code, company_id, enrolled_from): the estates `scope` selects (a condition on revenue_estate `e`) */
export const scopeCte = (scope: string): string =>
  `scope_estate as materialized (select e.estate_id, e.region_code, e.company_id, e.enrolled_from from ${S}.revenue_estate e where ${scope})`;

/**
 * CTEs over the estates `scope` selects (a condition on revenue_estate `e`, with its own ? parameters):
 *   scope_estate (estate_id, region_code, company_id, enrolled_from)
 *   eq           every ended quarter of every estate since it is under supervision, with its statement
 *                (if submitted by now), the current revision's totals, the previous quarter's income and
 *                the first publication per channel by now
 */
export function statementCtes(scope: string, now: Date): string {
  const c = clockLiterals(now);
  return `${scopeCte(scope)},
   eq as materialized (
     select e.estate_id, e.region_code, e.company_id, cal.quarter, cal.ends_on, s.id as statement_id, s_r.income_total, s_r.balance, ps_r.income_total as previous_income, pub.online_at, pub.offline_at
     from scope_estate e
     join ${S}.quarter_calendar cal on cal.quarter >= e.enrolled_from and cal.ends_on < ${c.today}
     ${statementJoins('e.estate_id', 'cal.quarter', 's', c.now)}
     ${statementJoins('e.estate_id', 'cal.previous_quarter', 'ps', c.now)}
     ${publicationJoin('s', 'pub', c.now)})`;
}

/** CTE `warning` (estate_id, region_code, company_id, quarter, kind, statement_id), after statementCtes */
export function warningCte(now: Date, rule: WarningRule): string {
  const c = clockLiterals(now);
  const r = ruleLiterals(rule);
  const due = `eq.ends_on + ${r.late} < ${c.today}`;
  const row = (kind: string, condition: string) => `select eq.estate_id, eq.region_code, eq.company_id, eq.quarter, '${kind}'::text as kind, eq.statement_id from eq where ${condition}`;
  return `warning as materialized (
     ${row('NOT_PUBLISHED', `${due} and eq.online_at is null and eq.offline_at is null`)}
     union all ${row('ONLINE_WITHOUT_OFFLINE', `${due} and eq.online_at is not null and eq.offline_at is null`)}
     union all ${row('OFFLINE_WITHOUT_ONLINE', `${due} and eq.online_at is null and eq.offline_at is not null`)}
     union all ${row('NEGATIVE_BALANCE', 'eq.balance < 0')}
     union all ${row('INCOME_DROP', `eq.previous_income > 0 and eq.income_total < eq.previous_income * ${r.keep}`)})`;
}

/**
 * CTE `quarter_status`: every estate in scope due to state `quarter`, with its statement (if any), when it
 * was first published on each channel, and whether online came by the deadline. After scopeCte.
 */
export function quarterStatusCte(quarter: string, deadline: string, now: Date): string {
  if (!QUARTER.test(quarter) || !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) throw new RangeError('bad quarter or deadline');
  const c = clockLiterals(now);
  return `quarter_status as materialized (
     select e.estate_id, e.region_code, e.company_id, qs.id as statement_id, qpub.online_at, qpub.offline_at,
       coalesce(${chinaDay('qpub.online_at')} <= '${deadline}'::date, false) as on_time
     from scope_estate e
     ${statementJoins('e.estate_id', `'${quarter}'`, 'qs', c.now)}
     ${publicationJoin('qs', 'qpub', c.now)}
     where e.enrolled_from <= '${quarter}')`;
}
