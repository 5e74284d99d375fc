// Region figures, counted in SQL: one statement per figure for all the regions of a request. A bundle
// counts in a region when one of its estates lies there; an item when its estate does.
import { Decimal, regionPrefix, sql, type EntityManager } from '@wuye/plugin-sdk';
import { BUNDLE_STATES, type BundleState } from './bundles/lifecycle.js';
import { DELIBERATION_STATES, type DeliberationState } from './deliberation/steps.js';
import { S } from './manifest.js';

export interface RegionStatistics {
  bundlesByState: Record<BundleState, number>;
  /** estates in bundles that have not ended */
  bundledEstates: number;
  /** Σ over CONTRACTED bundles of max(0, cost − income), yuan a month */
  contractedMonthlySubsidy: string;
  deliberationsByState: Record<DeliberationState, number>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export async function regionStatistics(em: EntityManager, codes: readonly string[]): Promise<RegionStatistics[]> {
  const regions = `unnest(?::text[], ?::text[]) as r(code, prefix)`;
  const params = [codes, codes.map((c) => `${regionPrefix(c)}%`)];
  const [bundles, estates, subsidies, items] = await Promise.all([
    sql<{ code: string; state: BundleState; n: number }>(
      em,
      `select h.code, b.state, count(*)::int as n from (select distinct r.code, be.bundle_id from ${regions} join ${S}.bundle_estate be on be.region_code like r.prefix) h join ${S}.bundle b on b.id = h.bundle_id group by h.code, b.state`,
      params,
    ),
    sql<{ code: string; n: number }>(em, `select r.code, count(*)::int as n from ${regions} join ${S}.bundle_estate be on be.region_code like r.prefix and be.active group by r.code`, params),
    sql<{ code: string; subsidy: string }>(
      em,
      `select h.code, sum(e.subsidy)::text as subsidy from (select distinct r.code, be.bundle_id from ${regions} join ${S}.bundle_estate be on be.region_code like r.prefix) h
       join ${S}.bundle b on b.id = h.bundle_id and b.state = 'CONTRACTED'
       join (select bundle_id, greatest(0, sum(monthly_cost) - sum(monthly_fee_income)) as subsidy from ${S}.bundle_estate group by bundle_id) e on e.bundle_id = h.bundle_id
       group by h.code`,
      params,
    ),
    sql<{ code: string; state: DeliberationState; n: number }>(em, `select r.code, d.state, count(*)::int as n from ${regions} join ${S}.deliberation d on d.region_code like r.prefix group by r.code, d.state`, params),
  ]);
  return codes.map((code) => {
    const bundlesByState = zeros(BUNDLE_STATES);
    for (const row of bundles) if (row.code === code) bundlesByState[row.state] = row.n;
    const deliberationsByState = zeros(DELIBERATION_STATES);
    for (const row of items) if (row.code === code) deliberationsByState[row.state] = row.n;
    const subsidy = subsidies.find((s) => s.code === code)?.subsidy ?? '0';
    return { bundlesByState, bundledEstates: estates.find((e) => e.code === code)?.n ?? 0, contractedMonthlySubsidy: new Decimal(subsidy).toFixed(2), deliberationsByState };
  });
}
