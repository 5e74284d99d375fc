// 自动通报: a region's notice for a quarter lists the region's warnings as they stand when it is issued
// (for that quarter and the ones before it) with its publication figures — stored as issued, so a later
// publication or correction never rewrites a notice. One notice per region and quarter.
import { regionPrefix, sql, type EntityManager } from '@wuye/kit';
import { publicationDeadline } from './quarters.js';
import type { WarningRule } from './rules.js';
import { clockLiterals, quarterStatusCte, statementCtes, warningCte } from './warnings.js';

const S = 'public_revenue';

export interface IssueNotice {
  id: string;
  regionCode: string;
}

/**
 * Issues the notices of `quarter` for the given regions at `now`: one SQL statement for all of them.
 * Fails with the database's unique violation when a region already has its notice for the quarter.
 */
export async function issueNotices(em: EntityManager, notices: readonly IssueNotice[], quarter: string, rule: WarningRule, now: Date, issuedBy: string): Promise<void> {
  if (!/^\d{4}Q[1-4]$/.test(quarter)) throw new RangeError(`"${quarter}" is not a quarter`);
  const c = clockLiterals(now);
  const ids = notices.map((n) => n.id);
  const codes = notices.map((n) => n.regionCode);
  const prefixes = codes.map(regionPrefix);
  const scope = `e.region_code like any (?::text[])`;
  const with_ = `with n(id, code, prefix) as (select * from unnest(?::text[], ?::text[], ?::text[])),
     ${statementCtes(scope, now)}, ${warningCte(now, rule)}, ${quarterStatusCte(quarter, publicationDeadline(quarter, rule.lateAfterDays), now)}`;
  const params = [ids, codes, prefixes, prefixes.map((p) => `${p}%`)];
  // one statement: the notices and their items (the items' foreign key is checked at its end)
  await sql(
    em,
    `${with_},
     issued as (
       insert into ${S}.notice (id, region_code, quarter, issued_at, issued_by, late_after_days, income_drop_share, expected, published_online, published_on_time)
       select n.id, n.code, '${quarter}', ${c.now}, ?, ${rule.lateAfterDays}, ${rule.incomeDropShare.toFixed(4)},
         count(q.estate_id)::int, count(q.online_at)::int, count(*) filter (where q.on_time)::int
       from n left join quarter_status q on q.region_code like n.prefix || '%' group by n.id, n.code
       returning id)
     insert into ${S}.notice_item (notice_id, item_no, estate_id, region_code, company_id, quarter, kind, statement_id)
     select n.id, row_number() over (partition by n.id order by w.quarter, w.kind, w.estate_id), w.estate_id, w.region_code, w.company_id, w.quarter, w.kind, w.statement_id
     from n join warning w on w.region_code like n.prefix || '%' and w.quarter <= '${quarter}'`,
    [...params, issuedBy],
  );
}
