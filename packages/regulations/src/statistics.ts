// 政策统计 — per region: documents by status and level, and promulgations per year (new documents and
// revisions, own or by the governments below). Any number of regions cost ONE SQL statement: each
// region is a code prefix in an unnest(), documents are matched by prefix (an index range scan).
import { defineLoader, regionPrefix, sql } from '@wuye/kit';
import type { RegulationsContext } from './rows.js';

export interface StatusCount {
  status: string;
  level: string;
  /** issued by the region itself (else by a government below it) */
  own: boolean;
  n: number;
}

export interface IssueCount {
  /** the document's first promulgation (else a revision) */
  isNew: boolean;
  level: string;
  year: number;
  own: boolean;
  n: number;
}

export interface RegionStatistics {
  regionCode: string;
  statuses: StatusCount[];
  issues: IssueCount[];
}

export const regionStatistics = defineLoader<string, RegionStatistics, RegulationsContext>(async (codes, ctx) => {
  const rows = await sql<{ code: string; kind: string; status: string | null; level: string; year: number | null; own: boolean; n: number }>(
    ctx.em,
    `with r as (select * from unnest(?::text[], ?::text[]) as r(code, prefix))
     select r.code, 'STATUS' as kind, d.status, d.level, null::int as year, d.region_code = r.code as own, count(*)::int as n
       from r join regulations.document d on d.region_code like r.prefix || '%'
       group by r.code, d.status, d.level, d.region_code = r.code
     union all
     select r.code, case when v.number = 1 then 'NEW' else 'REVISION' end, null, d.level, extract(year from v.issued_on)::int, d.region_code = r.code, count(*)::int
       from r join regulations.document d on d.region_code like r.prefix || '%'
       join regulations.version v on v.document_id = d.id and v.issued_on is not null
       group by r.code, v.number = 1, d.level, extract(year from v.issued_on), d.region_code = r.code`,
    [codes, codes.map(regionPrefix)],
  );
  const byCode = new Map<string, RegionStatistics>(codes.map((code) => [code, { regionCode: code, statuses: [], issues: [] }]));
  for (const row of rows) {
    const stats = byCode.get(row.code)!;
    if (row.kind === 'STATUS') stats.statuses.push({ status: row.status!, level: row.level, own: row.own, n: row.n });
    else stats.issues.push({ isNew: row.kind === 'NEW', level: row.level, year: row.year!, own: row.own, n: row.n });
  }
  return codes.map((code) => byCode.get(code)!);
});

export interface YearStatistics {
  year: number;
  newDocuments: number;
  revisions: number;
  localPolicies: number;
  byLevel: { level: string; count: number }[];
}

export function yearStatistics(stats: RegionStatistics, year: number, levels: readonly string[]): YearStatistics {
  const inYear = stats.issues.filter((i) => i.year === year);
  const sum = (pred: (i: IssueCount) => boolean) => inYear.filter(pred).reduce((total, i) => total + i.n, 0);
  return {
    year,
    newDocuments: sum((i) => i.isNew),
    revisions: sum((i) => !i.isNew),
    localPolicies: sum((i) => i.isNew && !i.own),
    byLevel: levels.map((level) => ({ level, count: sum((i) => i.isNew && i.level === level) })).filter((l) => l.count > 0),
  };
}

export const countStatuses = (stats: RegionStatistics, statuses: readonly string[]): number =>
  stats.statuses.filter((s) => statuses.includes(s.status)).reduce((total, s) => total + s.n, 0);
