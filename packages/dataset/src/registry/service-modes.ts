// How each estate is served (物业服务模式) and since when under fallback service (兜底). Exact counts:
// the seed's figures must come out to the unit on the generated rows.

import { AS_OF } from '../dates.js';
import { cityCodeOf } from '../region-codes.js';
import { Rng } from '../random.js';
import type { EstateCategory, ServiceMode } from '../types.js';
import type { EstateSite } from './estates.js';
import { FIGURES, scaled } from './figures.js';

export interface ServiceAssignment {
  serviceMode: ServiceMode;
  fallbackSince: string | null;
}

// Estates left without service, and those brought under fallback service, are mostly the old ones
// without a developer behind them.
const NONE_WEIGHT: Record<EstateCategory, number> = {
  COMMODITY: 0.1,
  OLD: 6,
  HOUSING_REFORM: 5,
  FUND_RAISED: 5,
  SELF_BUILT: 8,
  RESETTLEMENT: 1,
};
const FALLBACK_WEIGHT: Record<EstateCategory, number> = {
  COMMODITY: 0.15,
  OLD: 10,
  HOUSING_REFORM: 8,
  FUND_RAISED: 8,
  SELF_BUILT: 6,
  RESETTLEMENT: 2,
};
const OTHER_WEIGHT: Record<EstateCategory, number> = {
  COMMODITY: 0.5,
  OLD: 4,
  HOUSING_REFORM: 4,
  FUND_RAISED: 4,
  SELF_BUILT: 3,
  RESETTLEMENT: 2,
};

type FallbackMode = 'BUNDLED' | 'PARTY_LED_PUBLIC_INTEREST' | 'NON_PROFIT' | 'SELF_GOVERNANCE';
const FALLBACK_MODES: FallbackMode[] = ['BUNDLED', 'PARTY_LED_PUBLIC_INTEREST', 'NON_PROFIT', 'SELF_GOVERNANCE'];
const FALLBACK_MODE_WEIGHTS = [3, 3, 2, 2];
// The seed's local practice: 厦门 bundles ("大物业"), 宁德 has party-led public-interest companies,
// 福州 non-profit service centres, 三明 self-governance (近邻恳谈会).
const CITY_FALLBACK_MODE_WEIGHTS: Record<string, number[]> = {
  '350200': [12, 3, 2, 2],
  '350900': [3, 12, 2, 2],
  '350100': [3, 3, 6, 2],
  '350400': [3, 3, 2, 6],
};

/** served by a mode other than a market company, without fallbackSince ("a few hundred") */
const OTHER_MODES: [ServiceMode, number][] = [
  ['BUNDLED', 80],
  ['PARTY_LED_PUBLIC_INTEREST', 60],
  ['NON_PROFIT', 100],
  ['SELF_GOVERNANCE', 110],
];

/** small estates are the likeliest to lack service */
const smallness = (e: EstateSite) => (e.households < 300 ? 2 : 1);

export function assignServiceModes(seed: number, estates: EstateSite[], scale: number): ServiceAssignment[] {
  const rng = new Rng(seed, 'registry/service-modes');
  const assigned = new Map<EstateSite, ServiceAssignment>();
  const take = (count: number, weight: (e: EstateSite) => number) =>
    rng.sample(
      estates.filter((e) => !assigned.has(e)),
      count,
      weight,
    );

  for (const e of take(scaled(FIGURES.withoutService, scale), (e) => NONE_WEIGHT[e.category] * smallness(e))) {
    assigned.set(e, { serviceMode: 'NONE', fallbackSince: null });
  }
  for (const [year, count] of Object.entries(FIGURES.fallbackByYear)) {
    const last = year === AS_OF.slice(0, 4) ? AS_OF : `${year}-12-31`;
    for (const e of take(scaled(count, scale), (e) => FALLBACK_WEIGHT[e.category] * smallness(e))) {
      const weights = CITY_FALLBACK_MODE_WEIGHTS[cityCodeOf(e.regionCode)] ?? FALLBACK_MODE_WEIGHTS;
      assigned.set(e, {
        serviceMode: rng.weightedPick(FALLBACK_MODES, weights),
        fallbackSince: rng.dateBetween(`${year}-01-01`, last),
      });
    }
  }
  for (const [mode, count] of OTHER_MODES) {
    for (const e of take(scaled(count, scale), (e) => OTHER_WEIGHT[e.category])) {
      assigned.set(e, { serviceMode: mode, fallbackSince: null });
    }
  }
  return estates.map((e) => assigned.get(e) ?? { serviceMode: 'MARKET_COMPANY', fallbackSince: null });
}
