// 覆盖率 — property-service coverage of any set of regions in ONE SQL statement: each region is a code
// prefix, estates are matched by prefix (an index range scan) and counted with FILTER clauses.
import { chinaDate, regionPrefix, sql, type EntityManager } from '@wuye/kit';

export const SERVICE_MODES = ['MARKET_COMPANY', 'BUNDLED', 'PARTY_LED_PUBLIC_INTEREST', 'NON_PROFIT', 'SELF_GOVERNANCE', 'NONE'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** 三年行动目标: share of the estates found without service that must be under fallback service by year end */
export const FALLBACK_TARGETS = [
  { year: 2022, share: 0.3 },
  { year: 2023, share: 0.6 },
  { year: 2024, share: 1.0 },
] as const;

export interface Coverage {
  regionCode: string;
  estates: number;
  covered: number;
  byServiceMode: Record<ServiceMode, number>;
  /** estates brought under fallback service up to today */
  fallback: number;
  /** estates found without service (brought under fallback since, or still without) */
  fallbackBaseline: number;
  /** cumulative fallback estates at the end of each target year (up to today for the current one) */
  fallbackByYearEnd: Record<number, number>;
  /** fallback estates brought in each calendar year */
  fallbackInYear: Record<number, number>;
}

export async function coverageOf(em: EntityManager, regionCodes: readonly string[], now: Date): Promise<Coverage[]> {
  const today = chinaDate(now);
  const years = FALLBACK_TARGETS.map((t) => t.year);
  // column lists come from constants above, never from input
  const modeColumns = SERVICE_MODES.map((m) => `count(e.id) filter (where e.service_mode = '${m}')::int as "mode_${m}"`);
  const yearEndColumns = years.map((y) => `count(e.id) filter (where e.fallback_since <= least(?::date, '${y}-12-31'::date))::int as "end_${y}"`);
  const inYearColumns = years.map((y) => `count(e.id) filter (where e.fallback_since between '${y}-01-01' and least(?::date, '${y}-12-31'::date))::int as "in_${y}"`);
  const rows = await sql<Record<string, string | number>>(
    em,
    `select r.code,
       count(e.id)::int as estates,
       count(e.id) filter (where e.service_mode <> 'NONE')::int as covered,
       count(e.id) filter (where e.fallback_since <= ?::date)::int as fallback,
       count(e.id) filter (where e.fallback_since is not null or e.service_mode = 'NONE')::int as baseline,
       ${[...modeColumns, ...yearEndColumns, ...inYearColumns].join(',\n       ')}
     from unnest(?::text[], ?::text[]) as r(code, prefix)
     left join registry.residential_estate e on e.region_code like r.prefix || '%'
     group by r.code`,
    [today, ...years.map(() => today), ...years.map(() => today), regionCodes, regionCodes.map(regionPrefix)],
  );
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  return regionCodes.map((code) => {
    const row = byCode.get(code) ?? {};
    const n = (column: string) => Number(row[column] ?? 0);
    return {
      regionCode: code,
      estates: n('estates'),
      covered: n('covered'),
      byServiceMode: Object.fromEntries(SERVICE_MODES.map((m) => [m, n(`mode_${m}`)])) as Record<ServiceMode, number>,
      fallback: n('fallback'),
      fallbackBaseline: n('baseline'),
      fallbackByYearEnd: Object.fromEntries(years.map((y) => [y, n(`end_${y}`)])),
      fallbackInYear: Object.fromEntries(years.map((y) => [y, n(`in_${y}`)])),
    };
  });
}

