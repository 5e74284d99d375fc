// 小区党支部: which estates have a party branch — exactly the seed's 10,700 of 17,000 (63%), spread over
// every city, preferring estates with an owners' committee, larger ones and self-governed ones (党支部+
// 业委会+民主协商议事会). Small neighbouring estates of one community sometimes share one (联合建).

import { apportion } from '../apportion.js';
import { CITIES } from '../fujian.js';
import { cityCodeOf } from '../region-codes.js';
import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import type { ResidentialEstate } from '../types.js';
import type { RegistryIndex } from './context.js';
import { PARTY_FIGURES } from './figures.js';
import type { FormationMode } from './types.js';

export interface BranchGroup {
  formation: FormationMode;
  /** one, or two or three of one community when JOINT; in the registry's order */
  estates: ResidentialEstate[];
}

/** cities ahead of (or behind) the provincial average */
const CITY_PREFERENCE: Record<string, number> = {
  '350200': 1.12, // 厦门
  '350800': 1.08, // 龙岩
  '350400': 1.04, // 三明
  '350700': 0.9, // 南平
  '350900': 0.94, // 宁德
};
const COMMITTEE_PREFERENCE = 3;
const SELF_GOVERNANCE_PREFERENCE = 20;
const JOINT_MAX_HOUSEHOLDS = 400;
const JOINT_SHARE = 0.15;

export function planEstateBranches(seed: number, scale: number, index: RegistryIndex): BranchGroup[] {
  const rng = new Rng(seed, 'party-building/estate-branches');
  const { estates } = index.registry;
  const total = Math.min(scaled(PARTY_FIGURES.estatesWithBranch, scale), estates.length);
  const byCity = CITIES.map((city) => estates.filter((e) => cityCodeOf(e.regionCode) === city.code));
  const shares = apportion(
    total,
    CITIES.map((city, i) => (byCity[i] as ResidentialEstate[]).length * (CITY_PREFERENCE[city.code] ?? 1)),
  );
  const weight = (e: ResidentialEstate) =>
    Math.sqrt(e.households / 300) *
    (index.committeeByEstate.has(e.id) ? COMMITTEE_PREFERENCE : 1) *
    (e.serviceMode === 'SELF_GOVERNANCE' ? SELF_GOVERNANCE_PREFERENCE : 1) *
    (e.serviceMode === 'NONE' ? 0.3 : 1);
  const covered = new Set<ResidentialEstate>();
  byCity.forEach((cityEstates, i) => {
    const share = Math.min(shares[i] as number, cityEstates.length);
    for (const e of rng.sample(cityEstates, share, weight)) covered.add(e);
  });

  // 联合建: small covered estates of one community, two or three together
  const jointGroup = new Map<ResidentialEstate, ResidentialEstate[]>();
  for (const communityEstates of index.estatesByCommunity.values()) {
    const small = communityEstates.filter((e) => covered.has(e) && e.households <= JOINT_MAX_HOUSEHOLDS);
    const pool = rng.shuffle(small);
    while (pool.length >= 2) {
      if (!rng.chance(JOINT_SHARE)) {
        pool.pop();
        continue;
      }
      const group = pool.splice(-Math.min(pool.length, rng.int(2, 3))).sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const e of group) jointGroup.set(e, group);
    }
  }

  const groups: BranchGroup[] = [];
  for (const e of estates) {
    if (!covered.has(e)) continue;
    const group = jointGroup.get(e);
    if (!group) groups.push({ formation: 'STANDALONE', estates: [e] });
    else if (group[0] === e) groups.push({ formation: 'JOINT', estates: group });
  }
  return groups;
}
