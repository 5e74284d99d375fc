// 党建指导员: sent where no organisation can be formed yet — to most companies short of three party
// members, and to a few hundred estates without a branch.

import { AS_OF, maxDate } from '../dates.js';
import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import { personName } from '../registry/names.js';
import type { RegistryIndex } from './context.js';
import { numbered } from './context.js';
import { afterYear } from './dates.js';
import { PARTY_FIGURES } from './figures.js';
import type { CompanyPartyMembers, Instructor } from './types.js';

const EARLIEST = '2021-01-01';

export function generateInstructors(
  seed: number,
  scale: number,
  index: RegistryIndex,
  members: CompanyPartyMembers[],
  branchEstates: ReadonlySet<string>,
): Instructor[] {
  const rng = new Rng(seed, 'party-building/instructors');
  const partyMembers = new Map(members.map((m) => [m.companyId, m.partyMembers]));
  const ineligible = index.registry.companies.filter((c) => (partyMembers.get(c.id) ?? 0) < 3);
  const companies = rng.sample(
    ineligible,
    Math.min(scaled(PARTY_FIGURES.companyInstructors, scale), ineligible.length),
    // the larger ones first
    (c) => 1 + (index.estatesByCompany.get(c.id)?.length ?? 0),
  );
  const withoutBranch = index.registry.estates.filter((e) => !branchEstates.has(e.id));
  const estates = rng.sample(
    withoutBranch,
    Math.min(scaled(PARTY_FIGURES.estateInstructors, scale), withoutBranch.length),
    (e) => Math.sqrt(e.households / 300) * (index.committeeByEstate.has(e.id) ? 2 : 1) * (e.serviceMode === 'NONE' ? 0.5 : 1),
  );

  const total = companies.length + estates.length;
  const names = new Set<string>();
  const name = () => {
    let candidate = personName(rng);
    while (names.has(candidate)) candidate = personName(rng);
    names.add(candidate);
    return candidate;
  };
  const instructors: Instructor[] = [];
  for (const c of companies) {
    instructors.push({
      id: numbered('PI', instructors.length, total, 4),
      name: name(),
      sentOn: rng.dateBetween(maxDate(EARLIEST, c.foundedOn), AS_OF),
      companyId: c.id,
      estateId: null,
      regionCode: c.regionCode,
    });
  }
  for (const e of estates) {
    instructors.push({
      id: numbered('PI', instructors.length, total, 4),
      name: name(),
      sentOn: rng.dateBetween(maxDate(EARLIEST, afterYear(e.buildYear)), AS_OF),
      companyId: null,
      estateId: e.id,
      regionCode: e.regionCode,
    });
  }
  return instructors;
}
