// Residential estates (住宅小区): where they are and what they are. How they are served is decided
// later (service-modes.ts, companies.ts), from separate streams.

import { apportion } from '../apportion.js';
import { FIGURES, scaled } from './figures.js';
import { Rng, WeightedTable } from '../random.js';
import type { EstateCategory, ResidentialEstate } from '../types.js';
import { estateName, chineseNumeral, roadName, uniqueName, type CommunityKind } from './names.js';
import type { CommunitySite, RegionTree, StreetSite } from './regions.js';

/** An estate before its service is decided. */
export type EstateSite = Omit<ResidentialEstate, 'serviceMode' | 'companyId' | 'fallbackSince'>;

const CATEGORIES: EstateCategory[] = ['COMMODITY', 'OLD', 'HOUSING_REFORM', 'FUND_RAISED', 'SELF_BUILT', 'RESETTLEMENT'];
// Villages hold self-built and resettlement housing; urban communities mostly commodity housing.
const CATEGORY_WEIGHTS: Record<CommunityKind, number[]> = {
  社区: [58, 18, 8, 5, 5, 6],
  村: [30, 5, 2, 2, 35, 26],
};
/** estates prefer urban communities */
const COMMUNITY_WEIGHT: Record<CommunityKind, number> = { 社区: 4, 村: 1 };

interface Profile {
  years: [number, number];
  households: [number, number];
  /** >1 skews towards recent years */
  recent: number;
}

// 老旧小区 are built by 2000; 房改房 belong to the 1990s housing reform.
const PROFILES: Record<EstateCategory, Profile> = {
  COMMODITY: { years: [1993, 2023], households: [100, 3000], recent: 2 },
  OLD: { years: [1980, 2000], households: [50, 800], recent: 1 },
  HOUSING_REFORM: { years: [1985, 2000], households: [50, 600], recent: 1 },
  FUND_RAISED: { years: [1985, 2005], households: [50, 500], recent: 1 },
  SELF_BUILT: { years: [1980, 2015], households: [50, 400], recent: 1 },
  RESETTLEMENT: { years: [1998, 2023], households: [200, 3000], recent: 1.5 },
};

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function estateId(index: number, total: number): string {
  return `E${String(index + 1).padStart(Math.max(6, String(total).length), '0')}`;
}

interface Placement {
  street: StreetSite;
  community: CommunitySite;
}

function describe(rng: Rng, kind: CommunityKind) {
  const category = rng.weightedPick(CATEGORIES, CATEGORY_WEIGHTS[kind]);
  const { years, households, recent } = PROFILES[category];
  const buildYear = years[0] + Math.floor((years[1] - years[0] + 1) * rng.next() ** (1 / recent));
  // most estates are small, a few very large
  const size = households[0] + Math.round((households[1] - households[0]) * rng.next() ** 2.2);
  return { category, buildYear, households: size };
}

export function generateEstates(seed: number, tree: RegionTree, scale: number): EstateSite[] {
  const rng = new Rng(seed, 'registry/estates');
  const total = scaled(FIGURES.estates, scale);
  const perCounty = apportion(total, tree.counties.map((c) => c.county.weight));
  const estates: EstateSite[] = [];
  tree.counties.forEach(({ county, streets }, countyIndex) => {
    const count = perCounty[countyIndex] as number;
    if (count === 0) return;
    const roads = new Map(streets.map((s) => [s.code, Array.from({ length: rng.int(3, 6) }, () => roadName(rng))]));
    const places = new WeightedTable(
      streets.flatMap((street) => street.communities.map((community): Placement => ({ street, community }))),
      (p) => COMMUNITY_WEIGHT[p.community.kind],
    );
    // placed first, then sorted so that ids run through the county community by community
    const placed = Array.from({ length: count }, () => places.pick(rng)).sort((a, b) =>
      a.community.code < b.community.code ? -1 : a.community.code > b.community.code ? 1 : 0,
    );
    const names = new Set<string>();
    for (const { street, community } of placed) {
      const { category, buildYear, households } = describe(rng, community.kind);
      const name = uniqueName(names, () => estateName(rng, category), (base, n) => `${base}${chineseNumeral(n)}区`);
      const road = rng.pick(roads.get(street.code) as string[]);
      estates.push({
        id: estateId(estates.length, total),
        name,
        address: `${county.name}${street.name}${road}${rng.int(1, 999)}号`,
        regionCode: community.code,
        category,
        households,
        buildYear,
        latitude: round6(street.latitude + rng.float(-0.015, 0.015)),
        longitude: round6(street.longitude + rng.float(-0.015, 0.015)),
      });
    }
  });
  return estates;
}
