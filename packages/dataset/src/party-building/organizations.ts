// 党组织: the industry committees and associations of the province and the cities, the companies'
// organisations, the communities' and the estates' branches — numbered in that order ('PO00001' …).

import { addYears, AS_OF, maxDate } from '../dates.js';
import { CITIES, COUNTIES, PROVINCE } from '../fujian.js';
import { cityCodeOf } from '../region-codes.js';
import { Rng } from '../random.js';
import type { CompanyGroup } from './company-organizations.js';
import { numbered, type RegistryIndex } from './context.js';
import { afterYear, recentDate } from './dates.js';
import type { BranchGroup } from './estate-branches.js';
import {
  affiliatedName,
  associationName,
  communityOrganizationName,
  companyOrganizationName,
  estateBranchName,
  industryCommitteeName,
  jointCompanyName,
  jointEstateBranchName,
} from './names.js';
import type { CompanyPartyMembers, PartyOrganization, PartyOrganizationKind } from './types.js';

export interface Organizations {
  organizations: PartyOrganization[];
  /** per community code */
  communityOrganizations: Map<string, PartyOrganization>;
  /** per company id, the COMPANY organisation covering it */
  companyOrganizations: Map<string, PartyOrganization>;
  /** per estate id, the ESTATE_BRANCH covering it */
  estateBranches: Map<string, PartyOrganization>;
}

/** the widest organisation the dataset holds (a 党支部 or 党总支 of plausible size) */
const MAX_MEMBERS = 60;

type Fields = Omit<PartyOrganization, 'id' | 'parentId'> & { parent: PartyOrganization | null };

export function generateOrganizations(
  seed: number,
  index: RegistryIndex,
  members: CompanyPartyMembers[],
  companyGroups: CompanyGroup[],
  branchGroups: BranchGroup[],
): Organizations {
  const rng = new Rng(seed, 'party-building/organizations');
  const partyMembers = new Map(members.map((m) => [m.companyId, m.partyMembers]));
  const total = 2 * (1 + CITIES.length) + companyGroups.length + index.estatesByCommunity.size + branchGroups.length;
  const organizations: PartyOrganization[] = [];
  // written out field by field: one object shape for all rows
  const add = (f: Fields): PartyOrganization => {
    const row: PartyOrganization = {
      id: numbered('PO', organizations.length, total, 5),
      name: f.name,
      kind: f.kind,
      formation: f.formation,
      parentId: f.parent?.id ?? null,
      memberCount: f.memberCount,
      establishedOn: f.establishedOn,
      regionCode: f.regionCode,
      companyIds: f.companyIds,
      estateIds: f.estateIds,
    };
    organizations.push(row);
    return row;
  };
  // 省市两级均建立物业行业党委和物业管理协会党组织: the province's, and each city's under it
  const regional = (
    kind: PartyOrganizationKind,
    region: { code: string; name: string },
    parent: PartyOrganization | null,
    size: [number, number],
    dates: [string, string],
  ) =>
    add({
      name: kind === 'INDUSTRY_COMMITTEE' ? industryCommitteeName(region.name) : associationName(region.name),
      kind,
      formation: 'STANDALONE',
      parent,
      memberCount: rng.int(...size),
      establishedOn: rng.dateBetween(...dates),
      regionCode: region.code,
      companyIds: [],
      estateIds: [],
    });
  const provinceCommittee = regional('INDUSTRY_COMMITTEE', PROVINCE, null, [30, 55], ['2017-03-01', '2018-12-31']);
  const provinceAssociation = regional('ASSOCIATION', PROVINCE, null, [8, 25], ['2016-01-01', '2018-12-31']);
  const cityCommittees = new Map(
    CITIES.map((c) => [c.code, regional('INDUSTRY_COMMITTEE', c, provinceCommittee, [12, 40], ['2018-01-01', '2021-06-30'])]),
  );
  const cityAssociations = new Map(
    CITIES.map((c) => [c.code, regional('ASSOCIATION', c, provinceAssociation, [3, 20], ['2016-06-01', '2021-12-31'])]),
  );

  // 物业服务企业党组织, under the city's industry committee
  const companyOrganizations = new Map<string, PartyOrganization>();
  const affiliated: [PartyOrganization, CompanyGroup['hostCompany']][] = [];
  const jointNumbers = new Map<string, number>();
  const countyName = new Map(COUNTIES.map((c) => [c.code, c.name]));
  for (const { formation, companies, hostCompany } of companyGroups) {
    const first = companies[0] as (typeof companies)[number];
    const city = cityCodeOf(first.regionCode);
    const memberCount = companies.reduce((n, c) => n + (partyMembers.get(c.id) ?? 0), 0);
    const founded = companies.reduce((latest, c) => maxDate(latest, c.foundedOn), '');
    let name: string;
    if (formation === 'JOINT') {
      const n = (jointNumbers.get(first.regionCode) ?? 0) + 1;
      jointNumbers.set(first.regionCode, n);
      name = jointCompanyName(countyName.get(first.regionCode) ?? '', n);
    } else if (formation === 'AFFILIATED') {
      name = ''; // named after its host, below
    } else {
      name = companyOrganizationName(first.name, memberCount);
    }
    const org = add({
      name,
      kind: 'COMPANY',
      formation,
      parent: cityCommittees.get(city) as PartyOrganization,
      memberCount,
      establishedOn: recentDate(rng, maxDate(addYears(founded, 1), '2008-01-01'), AS_OF, 1.3),
      regionCode: first.regionCode,
      companyIds: companies.map((c) => c.id),
      estateIds: [],
    });
    for (const c of companies) companyOrganizations.set(c.id, org);
    if (formation === 'AFFILIATED') affiliated.push([org, hostCompany]);
  }
  // the hosts, once every company's organisation exists: named after it (the row has no field for
  // it), attached no earlier than it was established
  for (const [org, hostCompany] of affiliated) {
    const host = hostCompany
      ? (companyOrganizations.get(hostCompany.id) as PartyOrganization)
      : (cityAssociations.get(cityCodeOf(org.regionCode)) as PartyOrganization);
    org.name = affiliatedName(index.companyById.get(org.companyIds[0] as string)?.name ?? '', host.name);
    org.establishedOn = maxDate(org.establishedOn, host.establishedOn);
  }

  // 社区党组织, one per community with estates (the street level above is out of scope)
  const communityOrganizations = new Map<string, PartyOrganization>();
  for (const code of index.estatesByCommunity.keys()) {
    const name = index.regionByCode.get(code)?.name ?? '';
    const org = add({
      name: communityOrganizationName(name),
      kind: 'COMMUNITY',
      formation: 'STANDALONE',
      parent: null,
      memberCount: name.endsWith('社区') ? rng.int(25, MAX_MEMBERS) : rng.int(10, 45),
      establishedOn: rng.dateBetween('1995-01-01', '2016-12-31'),
      regionCode: code,
      companyIds: [],
      estateIds: [],
    });
    communityOrganizations.set(code, org);
  }

  // 小区党支部, under the community's organisation
  const estateBranches = new Map<string, PartyOrganization>();
  for (const { formation, estates } of branchGroups) {
    const first = estates[0] as (typeof estates)[number];
    const households = estates.reduce((n, e) => n + e.households, 0);
    const built = Math.max(...estates.map((e) => e.buildYear));
    const org = add({
      name: formation === 'JOINT' ? jointEstateBranchName(first.name, estates.length) : estateBranchName(first.name),
      kind: 'ESTATE_BRANCH',
      formation,
      parent: communityOrganizations.get(first.regionCode) as PartyOrganization,
      memberCount: Math.min(MAX_MEMBERS, 3 + Math.floor(Math.sqrt(households) * rng.float(0.5, 1.1))),
      establishedOn: recentDate(rng, maxDate('2016-01-01', afterYear(built)), AS_OF, 1.1),
      regionCode: first.regionCode,
      companyIds: [],
      estateIds: estates.map((e) => e.id),
    });
    for (const e of estates) estateBranches.set(e.id, org);
  }
  return { organizations, communityOrganizations, companyOrganizations, estateBranches };
}
