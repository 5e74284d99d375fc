// 网格案件统计 — figures of any set of 漳州's regions in ONE SQL statement: each region is a code prefix
// over the community codes copied beside every case and transition. SLA figures are taken as of `now`.
import { regionPrefix, sql, type EntityManager } from '@wuye/plugin-sdk';
import { S } from './rows.js';
import { CATEGORIES, STATES, type GridCaseState, type GridCategory } from './workflow.js';

export interface GridStatistics {
  regionCode: string;
  cases: number;
  byState: Record<GridCaseState, number>;
  byCategory: Record<GridCategory, number>;
  /** cases with a dispatch whose deadline passed before it was handled (as of now) */
  slaBreaches: number;
  /** cases dispatched, past the deadline and not handled as of now */
  overdue: number;
  /** dispatches handled by now */
  handledDispatches: number;
  /** of which by their deadline */
  handledOnTime: number;
  /** mean hours from 派遣 to 处置 over the dispatches handled by now; null when none */
  meanHoursToHandle: number | null;
}

export async function gridStatistics(em: EntityManager, regionCodes: readonly string[], now: Date): Promise<GridStatistics[]> {
  const col = (value: string) => value.toLowerCase();
  const rows = await sql<Record<string, string | number | null>>(
    em,
    `with r(code, prefix) as (select * from unnest(?::text[], ?::text[])),
     cases as (
       select r.code, count(c.id)::int as cases,
         ${STATES.map((s) => `count(c.id) filter (where c.state = '${s}')::int as state_${col(s)}`).join(', ')},
         ${CATEGORIES.map((k) => `count(c.id) filter (where c.category = '${k}')::int as category_${col(k)}`).join(', ')}
       from r join ${S}.grid_case c on (c.region_code like r.prefix || '%') group by r.code),
     steps as (
       select t.case_id, t.region_code, t.to_state, t.at, t.deadline,
         lead(t.to_state) over w as next_state, lead(t.at) over w as next_at
       from ${S}.grid_case_transition t
       where t.region_code like any (select prefix || '%' from r)
       window w as (partition by t.case_id order by t.at, t.id)),
     rounds as (
       select case_id, region_code, at as dispatched_at, deadline, case when next_state = 'HANDLED' then next_at end as handled_at
       from steps where to_state = 'DISPATCHED'),
     sla as (
       select r.code,
         count(distinct d.case_id) filter (where d.deadline < ?::timestamptz and (d.handled_at is null or d.handled_at > d.deadline))::int as breached,
         count(distinct d.case_id) filter (where d.deadline < ?::timestamptz and (d.handled_at is null or d.handled_at > ?::timestamptz))::int as overdue,
         count(*) filter (where d.handled_at <= ?::timestamptz)::int as handled,
         count(*) filter (where d.handled_at <= ?::timestamptz and d.handled_at <= d.deadline)::int as on_time,
         avg(extract(epoch from (d.handled_at - d.dispatched_at)) / 3600) filter (where d.handled_at <= ?::timestamptz)::float8 as mean_hours
       from r join rounds d on (d.region_code like r.prefix || '%') group by r.code)
     select r.code, cases.cases, ${[...STATES.map((s) => `state_${col(s)}`), ...CATEGORIES.map((k) => `category_${col(k)}`)].map((c) => `cases.${c}`).join(', ')},
       sla.breached, sla.overdue, sla.handled, sla.on_time, sla.mean_hours
     from r left join cases using (code) left join sla using (code)`,
    [regionCodes, regionCodes.map(regionPrefix), now, now, now, now, now, now],
  );
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  return regionCodes.map((code) => {
    const row = byCode.get(code) ?? {};
    const n = (column: string) => Number(row[column] ?? 0);
    const mean = row.mean_hours;
    return {
      regionCode: code,
      cases: n('cases'),
      byState: Object.fromEntries(STATES.map((s) => [s, n(`state_${col(s)}`)])) as Record<GridCaseState, number>,
      byCategory: Object.fromEntries(CATEGORIES.map((k) => [k, n(`category_${col(k)}`)])) as Record<GridCategory, number>,
      slaBreaches: n('breached'),
      overdue: n('overdue'),
      handledDispatches: n('handled'),
      handledOnTime: n('on_time'),
      meanHoursToHandle: mean === null || mean === undefined ? null : Math.round(Number(mean) * 100) / 100,
    };
  });
}
