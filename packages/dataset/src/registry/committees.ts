// Owners' committees (业主委员会): at most one per served estate, mostly in commodity housing and in
// self-governed estates (党支部+业委会+民主协商议事会 needs a committee).

import { AS_OF, maxDate } from '../dates.js';
import { Rng } from '../random.js';
import type { CommitteeRole, EstateCategory, OwnersCommittee, ResidentialEstate } from '../types.js';
import { FIGURES, scaled } from './figures.js';
import { personName } from './names.js';

const CATEGORY_WEIGHT: Record<EstateCategory, number> = {
  COMMODITY: 5,
  RESETTLEMENT: 2,
  OLD: 0.6,
  HOUSING_REFORM: 0.6,
  FUND_RAISED: 0.6,
  SELF_BUILT: 0.3,
};
const SELF_GOVERNANCE_PREFERENCE = 8;

const pad = (prefix: string, index: number, total: number, width: number) =>
  `${prefix}${String(index + 1).padStart(Math.max(width, String(total).length), '0')}`;

function weight(e: ResidentialEstate): number {
  if (e.serviceMode === 'NONE') return 0;
  // larger estates organise more often
  const size = Math.sqrt(e.households / 300);
  return CATEGORY_WEIGHT[e.category] * size * (e.serviceMode === 'SELF_GOVERNANCE' ? SELF_GOVERNANCE_PREFERENCE : 1);
}

/** one 主任, one or two 副主任, the rest 委员 */
function roles(rng: Rng, size: number): CommitteeRole[] {
  const vice = rng.int(1, 2);
  return Array.from({ length: size }, (_, i): CommitteeRole => (i === 0 ? 'CHAIR' : i <= vice ? 'VICE_CHAIR' : 'MEMBER'));
}

export function generateCommittees(seed: number, estates: ResidentialEstate[], scale: number): OwnersCommittee[] {
  const rng = new Rng(seed, 'registry/committees');
  const chosen = rng.sample(estates, scaled(FIGURES.committees, scale), weight);
  // sizes first: the member ids' width depends on their total
  const sizes = chosen.map(() => rng.int(5, 9));
  const memberTotal = sizes.reduce((a, b) => a + b, 0);
  let memberIndex = 0;
  return chosen.map((estate, i) => {
    const id = pad('OC', i, chosen.length, 5);
    const names = new Set<string>();
    const members = roles(rng, sizes[i] as number).map((role) => {
      let name = personName(rng);
      while (names.has(name)) name = personName(rng);
      names.add(name);
      return { id: pad('OM', memberIndex++, memberTotal, 6), committeeId: id, name, role };
    });
    // owners elect a committee once they have moved in
    const electedOn = rng.dateBetween(maxDate('2015-01-01', `${estate.buildYear + 1}-01-01`), AS_OF);
    return { id, estateId: estate.id, electedOn, termYears: rng.int(3, 5), members };
  });
}
