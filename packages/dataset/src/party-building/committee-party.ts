// 红色业委会: which owners'-committee members are party members. A committee is red under the default
// rule when at least half its members are (party members / members ≥ 0.5) and its chair is; exactly
// the seed's 2,372 of 4,699 are. 龙岩 drives its committees to a party-member share of at least one half.

import { cityCodeOf } from '../region-codes.js';
import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import type { OwnersCommittee } from '../types.js';
import type { RegistryIndex } from './context.js';
import { LONGYAN, LONGYAN_MIN_SHARE, PARTY_FIGURES } from './figures.js';
import type { CommitteeMemberParty } from './types.js';

/** how a committee that is not red falls short */
type Shortfall = 'CHAIR_NOT_PARTY' | 'FEW_WITH_PARTY_CHAIR' | 'FEW';
const SHORTFALLS: Shortfall[] = ['CHAIR_NOT_PARTY', 'FEW_WITH_PARTY_CHAIR', 'FEW'];
const SHORTFALL_WEIGHTS = [25, 30, 45];
/** 龙岩's non-red committees mostly have party majorities, just not a party chair */
const LONGYAN_SHORTFALL_WEIGHTS = [70, 20, 10];
const LONGYAN_PREFERENCE = 3;
const BRANCH_PREFERENCE = 1.5;
const SELF_GOVERNANCE_PREFERENCE = 2;

/** the party members' positions in a committee: `count` of them, the chair among them or not */
function draw(rng: Rng, committee: OwnersCommittee, count: number, chair: boolean): Set<number> {
  const chairAt = committee.members.findIndex((m) => m.role === 'CHAIR');
  const others = rng.shuffle(committee.members.map((_, i) => i).filter((i) => i !== chairAt));
  return new Set([...(chair ? [chairAt] : []), ...others.slice(0, chair ? count - 1 : count)]);
}

function redParty(rng: Rng, committee: OwnersCommittee): Set<number> {
  const size = committee.members.length;
  const half = Math.ceil(size / 2);
  // mostly a bare majority, sometimes nearly all
  return draw(rng, committee, half + Math.floor((size - half + 1) * rng.next() ** 1.8), true);
}

function shortParty(rng: Rng, committee: OwnersCommittee, shortfall: Shortfall): Set<number> {
  const size = committee.members.length;
  const half = Math.ceil(size / 2);
  switch (shortfall) {
    case 'CHAIR_NOT_PARTY':
      return draw(rng, committee, rng.int(half, size - 1), false);
    case 'FEW_WITH_PARTY_CHAIR':
      return draw(rng, committee, rng.int(1, half - 1), true);
    case 'FEW':
      return draw(rng, committee, rng.int(0, half - 1), false);
  }
}

export function generateCommitteeParty(
  seed: number,
  scale: number,
  index: RegistryIndex,
  branchEstates: ReadonlySet<string>,
): CommitteeMemberParty[] {
  const rng = new Rng(seed, 'party-building/committee-party');
  const { committees } = index.registry;
  const inLongyan = (c: OwnersCommittee) => cityCodeOf(index.estateById.get(c.estateId)?.regionCode ?? '') === LONGYAN;
  const red = new Set(
    rng.sample(committees, Math.min(scaled(PARTY_FIGURES.redCommittees, scale), committees.length), (c) =>
      (inLongyan(c) ? LONGYAN_PREFERENCE : 1) *
      (branchEstates.has(c.estateId) ? BRANCH_PREFERENCE : 1) *
      (index.estateById.get(c.estateId)?.serviceMode === 'SELF_GOVERNANCE' ? SELF_GOVERNANCE_PREFERENCE : 1),
    ),
  );
  const party = committees.map((c) => {
    if (red.has(c)) return redParty(rng, c);
    const weights = inLongyan(c) ? LONGYAN_SHORTFALL_WEIGHTS : SHORTFALL_WEIGHTS;
    return shortParty(rng, c, rng.weightedPick(SHORTFALLS, weights));
  });

  // 龙岩 must reach one half overall and on average: give minority committees a non-party-chaired majority
  const longyan = committees.map((c, i) => i).filter((i) => inLongyan(committees[i] as OwnersCommittee));
  const share = (i: number) => (party[i] as Set<number>).size / (committees[i] as OwnersCommittee).members.length;
  const reached = () => {
    let members = 0;
    let partyMembers = 0;
    let shares = 0;
    for (const i of longyan) {
      members += (committees[i] as OwnersCommittee).members.length;
      partyMembers += (party[i] as Set<number>).size;
      shares += share(i);
    }
    return longyan.length === 0 || (partyMembers / members >= LONGYAN_MIN_SHARE && shares / longyan.length >= LONGYAN_MIN_SHARE);
  };
  for (const i of longyan) {
    if (reached()) break;
    if (share(i) < LONGYAN_MIN_SHARE) party[i] = shortParty(rng, committees[i] as OwnersCommittee, 'CHAIR_NOT_PARTY');
  }

  return committees.flatMap((c, i) =>
    c.members.map((m, position) => ({ memberId: m.id, committeeId: c.id, partyMember: (party[i] as Set<number>).has(position) })),
  );
}
