// How the eligible companies are organised (物业服务企业党组织): exactly the seed's 783 of the 793 are
// covered — mostly by an organisation of their own (单独建), small ones of one county together
// (联合建), and a few attached to another company's organisation or the city's association (挂靠建).

import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import type { PropertyCompany } from '../types.js';
import type { RegistryIndex } from './context.js';
import { PARTY_FIGURES } from './figures.js';
import type { CompanyPartyMembers, FormationMode } from './types.js';

export interface CompanyGroup {
  formation: FormationMode;
  /** in the registry's order; one unless JOINT */
  companies: PropertyCompany[];
  /** AFFILIATED only: the company whose organisation hosts the members, or null for the city's association */
  hostCompany: PropertyCompany | null;
}

/** small enough to form a joint organisation with neighbours */
const JOINT_MAX_MEMBERS = 4;
/** how often a small company joins a joint organisation */
const JOINT_SHARE = 0.45;
const AFFILIATED_MAX_MEMBERS = 8;
const AFFILIATED_SHARE = 0.06;
/** an affiliated company attaches to the city's association rather than to another company this often */
const TO_ASSOCIATION = 0.4;

export function planCompanyOrganizations(
  seed: number,
  scale: number,
  index: RegistryIndex,
  members: CompanyPartyMembers[],
): CompanyGroup[] {
  const rng = new Rng(seed, 'party-building/company-organizations');
  const { companies } = index.registry;
  const partyMembers = new Map(members.map((m) => [m.companyId, m.partyMembers]));
  const pm = (c: PropertyCompany) => partyMembers.get(c.id) ?? 0;
  const order = new Map(companies.map((c, i) => [c, i]));
  const byOrder = (a: PropertyCompany, b: PropertyCompany) => (order.get(a) as number) - (order.get(b) as number);

  const eligible = companies.filter((c) => pm(c) >= 3);
  const coveredCount = Math.min(scaled(PARTY_FIGURES.companiesWithOrganization, scale), eligible.length);
  // the few still without one: small and recently founded
  const uncovered = new Set(
    rng.sample(eligible, eligible.length - coveredCount, (c) => (pm(c) <= 5 ? 4 : 1) * (c.foundedOn >= '2019' ? 3 : 1)),
  );
  const covered = eligible.filter((c) => !uncovered.has(c));

  // 联合建: small companies of one county, two to four together
  const smallByCounty = new Map<string, PropertyCompany[]>();
  for (const c of covered) {
    if (pm(c) > JOINT_MAX_MEMBERS) continue;
    const list = smallByCounty.get(c.regionCode);
    if (list) list.push(c);
    else smallByCounty.set(c.regionCode, [c]);
  }
  const jointGroup = new Map<PropertyCompany, PropertyCompany[]>();
  for (const small of smallByCounty.values()) {
    const pool = rng.shuffle(small);
    while (pool.length >= 2) {
      if (!rng.chance(JOINT_SHARE)) {
        pool.pop();
        continue;
      }
      const group = pool.splice(-Math.min(pool.length, rng.int(2, 4))).sort(byOrder);
      for (const c of group) jointGroup.set(c, group);
    }
  }

  // 挂靠建, and the rest 单独建
  const affiliated = new Set(
    covered.filter((c) => !jointGroup.has(c) && pm(c) <= AFFILIATED_MAX_MEMBERS && rng.chance(AFFILIATED_SHARE)),
  );
  const standaloneByCity = new Map<string, PropertyCompany[]>();
  for (const c of covered) {
    if (jointGroup.has(c) || affiliated.has(c)) continue;
    const city = c.regionCode.slice(0, 4);
    const list = standaloneByCity.get(city);
    if (list) list.push(c);
    else standaloneByCity.set(city, [c]);
  }

  const groups: CompanyGroup[] = [];
  for (const c of covered) {
    const group = jointGroup.get(c);
    if (group) {
      if (group[0] === c) groups.push({ formation: 'JOINT', companies: group, hostCompany: null });
    } else if (affiliated.has(c)) {
      // usually a larger company of the same city
      const hosts = standaloneByCity.get(c.regionCode.slice(0, 4)) ?? [];
      const hostCompany = hosts.length === 0 || rng.chance(TO_ASSOCIATION) ? null : rng.weightedPick(hosts, hosts.map(pm));
      groups.push({ formation: 'AFFILIATED', companies: [c], hostCompany });
    } else {
      groups.push({ formation: 'STANDALONE', companies: [c], hostCompany: null });
    }
  }
  return groups;
}
