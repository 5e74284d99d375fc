// The party-building figures, counted afresh from the generated rows and compared with the seed's
// literal numbers, and the slice's consistency with the registry slice.

import { beforeAll, describe, expect, it } from 'vitest';
import { generatePartyBuilding, generateProvince } from '../index.js';
import type { OwnersCommittee, RegistrySlice, ResidentialEstate } from '../types.js';
import type { PartyBuildingSlice, PartyOrganization } from './types.js';

const AS_OF = '2024-09-10';
const JIMEI = '350211';
const LONGYAN = '3508';
const CHINESE = /^[\u4e00-\u9fff（）]+$/;

const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;
const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** the ids of the rows breaking a rule (one expect per rule, not per row) */
function expectAll<T>(rows: readonly T[], rule: (row: T) => boolean, id: (row: T) => string = (r) => (r as { id: string }).id) {
  expect(rows.filter((row) => !rule(row)).map(id)).toEqual([]);
}

/** 红色业委会 under the default rule: party members / members ≥ 0.5 and the chair a party member */
function redCommittees(registry: RegistrySlice, slice: PartyBuildingSlice): OwnersCommittee[] {
  const party = new Map(slice.committeeMemberParty.map((m) => [m.memberId, m.partyMember]));
  return registry.committees.filter((c) => {
    const members = count(c.members, (m) => party.get(m.id) === true);
    return members / c.members.length >= 0.5 && c.members.some((m) => m.role === 'CHAIR' && party.get(m.id) === true);
  });
}

/** the seed's figures, counted on the rows */
function figuresOf(registry: RegistrySlice, slice: PartyBuildingSlice) {
  const of = (kind: PartyOrganization['kind']) => slice.organizations.filter((o) => o.kind === kind);
  return {
    eligibleCompanies: count(slice.companyPartyMembers, (c) => c.partyMembers >= 3),
    companiesWithOrganization: new Set(of('COMPANY').flatMap((o) => o.companyIds)).size,
    estatesWithBranch: new Set(of('ESTATE_BRANCH').flatMap((o) => o.estateIds)).size,
    redCommittees: redCommittees(registry, slice).length,
    sites: slice.sites.length,
    siteEstates: new Set(slice.sites.flatMap((s) => s.estateIds)).size,
    companyInstructors: count(slice.instructors, (i) => i.companyId !== null),
    estateInstructors: count(slice.instructors, (i) => i.estateId !== null),
    crossAppointments: slice.crossAppointments.length,
  };
}

let registry: RegistrySlice;
let slice: PartyBuildingSlice;
let estates: Map<string, ResidentialEstate>;
let organizations: Map<string, PartyOrganization>;
beforeAll(() => {
  registry = generateProvince().registry;
  slice = generatePartyBuilding();
  estates = new Map(registry.estates.map((e) => [e.id, e]));
  organizations = new Map(slice.organizations.map((o) => [o.id, o]));
});

describe('the seed figures at scale 1', () => {
  it('793 eligible companies, 783 of them with an organisation (98.74%)', () => {
    const f = figuresOf(registry, slice);
    expect(f.eligibleCompanies).toBe(793);
    expect(f.companiesWithOrganization).toBe(783);
    expect(f.companiesWithOrganization / f.eligibleCompanies).toBeCloseTo(0.9874, 4);
  });

  it('10,700 of 17,000 estates with a party branch (63%)', () => {
    const f = figuresOf(registry, slice);
    expect(f.estatesWithBranch).toBe(10_700);
    expect(Math.round((100 * f.estatesWithBranch) / registry.estates.length)).toBe(63);
  });

  it('2,372 red owners committees of 4,699 (50.48%)', () => {
    const f = figuresOf(registry, slice);
    expect(f.redCommittees).toBe(2_372);
    expect(f.redCommittees / registry.committees.length).toBeCloseTo(0.5048, 4);
  });

  it('325 sites covering 714 distinct estates', () => {
    const f = figuresOf(registry, slice);
    expect(f.sites).toBe(325);
    expect(f.siteEstates).toBe(714);
  });

  it('instructors at 15 companies and 400 estates, and 1,500 cross-appointments', () => {
    const f = figuresOf(registry, slice);
    expect(f.companyInstructors).toBe(15);
    expect(f.estateInstructors).toBe(400);
    expect(f.crossAppointments).toBe(1_500);
  });
});

describe('at scale 2', () => {
  it('doubles every figure', () => {
    const scaled = figuresOf(generateProvince({ scale: 2 }).registry, generatePartyBuilding({ scale: 2 }));
    const base = figuresOf(registry, slice);
    expect(scaled).toEqual(Object.fromEntries(Object.entries(base).map(([k, v]) => [k, 2 * v])));
  });
});

describe('company party members', () => {
  it('one row per registry company; the ineligible have 0–2 party members', () => {
    expect(slice.companyPartyMembers.map((c) => c.companyId)).toEqual(registry.companies.map((c) => c.id));
    expectAll(slice.companyPartyMembers, (c) => Number.isInteger(c.partyMembers) && c.partyMembers >= 0 && c.partyMembers <= 60, (c) => c.companyId);
    expect(count(slice.companyPartyMembers, (c) => c.partyMembers < 3)).toBe(19);
  });
});

describe('organisations', () => {
  it('have unique ids, Chinese names, plausible sizes and dates, existing parents', () => {
    const rows = slice.organizations;
    expect(unique(rows.map((o) => o.id))).toBe(true);
    expectAll(rows, (o) => /^PO\d{5}$/.test(o.id) && CHINESE.test(o.name));
    expectAll(rows, (o) => Number.isInteger(o.memberCount) && o.memberCount >= 3 && o.memberCount <= 60);
    expectAll(rows, (o) => /^\d{4}-\d{2}-\d{2}$/.test(o.establishedOn) && o.establishedOn <= AS_OF);
    expectAll(rows, (o) => o.parentId === null || organizations.has(o.parentId));
    const regions = new Set(registry.regions.map((r) => r.code));
    expectAll(rows, (o) => regions.has(o.regionCode));
  });

  it('industry committees and associations for the province and each of the 9 cities', () => {
    const cities = registry.regions.filter((r) => r.level === 'CITY').map((r) => r.code);
    for (const kind of ['INDUSTRY_COMMITTEE', 'ASSOCIATION'] as const) {
      const rows = slice.organizations.filter((o) => o.kind === kind);
      expect(rows.map((o) => o.regionCode)).toEqual(['350000', ...cities]);
      const province = rows[0] as PartyOrganization;
      expect(province.parentId).toBeNull();
      expectAll(rows.slice(1), (o) => o.parentId === province.id);
    }
    expect(slice.organizations.find((o) => o.kind === 'INDUSTRY_COMMITTEE' && o.regionCode === '350200')?.name).toBe('厦门市物业行业党委');
  });

  it('of companies: eligible companies only, each once, in its county, under the city industry committee', () => {
    const partyMembers = new Map(slice.companyPartyMembers.map((c) => [c.companyId, c.partyMembers]));
    const companies = new Map(registry.companies.map((c) => [c.id, c]));
    const rows = slice.organizations.filter((o) => o.kind === 'COMPANY');
    const covered = rows.flatMap((o) => o.companyIds);
    expect(unique(covered)).toBe(true);
    expectAll(covered, (id) => (partyMembers.get(id) ?? 0) >= 3, (id) => id);
    expectAll(rows, (o) => o.estateIds.length === 0 && o.companyIds.every((id) => companies.get(id)?.regionCode === o.regionCode));
    expectAll(rows, (o) => o.memberCount === o.companyIds.reduce((n, id) => n + (partyMembers.get(id) ?? 0), 0));
    expectAll(rows, (o) => {
      const parent = organizations.get(o.parentId ?? '');
      return parent?.kind === 'INDUSTRY_COMMITTEE' && parent.regionCode === `${o.regionCode.slice(0, 4)}00`;
    });
    expectAll(rows, (o) => (o.formation === 'JOINT' ? o.companyIds.length >= 2 && o.companyIds.length <= 4 : o.companyIds.length === 1));
    expectAll(rows, (o) => o.establishedOn > (companies.get(o.companyIds[0] as string)?.foundedOn ?? '9'));
    // mostly standalone, some joint and affiliated
    const companiesBy = (formation: string) => rows.filter((o) => o.formation === formation).flatMap((o) => o.companyIds).length;
    expect(companiesBy('STANDALONE') / covered.length).toBeGreaterThan(0.8);
    expect(companiesBy('JOINT')).toBeGreaterThan(10);
    expect(companiesBy('AFFILIATED')).toBeGreaterThan(10);
  });

  it('of communities: one per community holding an estate, without a parent', () => {
    const rows = slice.organizations.filter((o) => o.kind === 'COMMUNITY');
    expect(rows.map((o) => o.regionCode).sort()).toEqual([...new Set(registry.estates.map((e) => e.regionCode))].sort());
    expectAll(rows, (o) => o.parentId === null && o.companyIds.length === 0 && o.estateIds.length === 0);
    expectAll(rows, (o) => /(社区党委|村党支部)$/.test(o.name));
  });

  it('of estates: each estate once, in its community, under its community organisation', () => {
    const rows = slice.organizations.filter((o) => o.kind === 'ESTATE_BRANCH');
    expect(unique(rows.flatMap((o) => o.estateIds))).toBe(true);
    expectAll(rows, (o) => o.companyIds.length === 0 && o.estateIds.every((id) => estates.get(id)?.regionCode === o.regionCode));
    expectAll(rows, (o) => {
      const parent = organizations.get(o.parentId ?? '');
      return parent?.kind === 'COMMUNITY' && parent.regionCode === o.regionCode;
    });
    expectAll(rows, (o) => (o.formation === 'JOINT' ? o.estateIds.length >= 2 && o.estateIds.length <= 3 : o.estateIds.length === 1));
    expectAll(rows, (o) => o.formation !== 'AFFILIATED' && o.name.endsWith('党支部'));
    const joint = count(rows, (o) => o.formation === 'JOINT') / rows.length;
    expect(joint).toBeGreaterThan(0.01);
    expect(joint).toBeLessThan(0.1);
  });

  it('of estates: spread over every city, preferring estates with a committee', () => {
    const covered = new Set(slice.organizations.filter((o) => o.kind === 'ESTATE_BRANCH').flatMap((o) => o.estateIds));
    for (const city of registry.regions.filter((r) => r.level === 'CITY')) {
      const inCity = registry.estates.filter((e) => e.regionCode.startsWith(city.code.slice(0, 4)));
      const share = count(inCity, (e) => covered.has(e.id)) / inCity.length;
      expect(share, city.name).toBeGreaterThan(0.5);
      expect(share, city.name).toBeLessThan(0.75);
    }
    const withCommittee = registry.committees.map((c) => c.estateId);
    expect(count(withCommittee, (id) => covered.has(id)) / withCommittee.length).toBeGreaterThan(0.8);
  });
});

describe('instructors', () => {
  it('go to ineligible companies and to estates without a branch, in their regions', () => {
    const partyMembers = new Map(slice.companyPartyMembers.map((c) => [c.companyId, c.partyMembers]));
    const companies = new Map(registry.companies.map((c) => [c.id, c]));
    const branched = new Set(slice.organizations.filter((o) => o.kind === 'ESTATE_BRANCH').flatMap((o) => o.estateIds));
    const rows = slice.instructors;
    expect(unique(rows.map((i) => i.id))).toBe(true);
    expectAll(rows, (i) => /^PI\d{4}$/.test(i.id) && /^[\u4e00-\u9fff]{2,3}$/.test(i.name));
    expectAll(rows, (i) => (i.companyId === null) !== (i.estateId === null));
    expectAll(rows, (i) =>
      i.companyId !== null
        ? (partyMembers.get(i.companyId) ?? 9) < 3 && companies.get(i.companyId)?.regionCode === i.regionCode
        : !branched.has(i.estateId ?? '') && estates.get(i.estateId ?? '')?.regionCode === i.regionCode,
    );
    expectAll(rows, (i) => i.sentOn >= '2021-01-01' && i.sentOn <= AS_OF);
    expect(unique(rows.flatMap((i) => i.companyId ?? i.estateId ?? []))).toBe(true);
  });
});

describe('cross-appointments', () => {
  it('sit in the community organisation of an estate of the company or committee', () => {
    const committees = new Map(registry.committees.map((c) => [c.id, c]));
    const party = new Map(slice.committeeMemberParty.map((m) => [m.memberId, m.partyMember]));
    const rows = slice.crossAppointments;
    expect(unique(rows.map((a) => a.id))).toBe(true);
    expectAll(rows, (a) => /^CA\d{5}$/.test(a.id) && /^[\u4e00-\u9fff]{2,3}$/.test(a.personName));
    expectAll(rows, (a) => {
      const org = organizations.get(a.organizationId);
      return org?.kind === 'COMMUNITY' && org.regionCode === a.regionCode;
    });
    const inCommunity = (a: { regionCode: string }, test: (e: ResidentialEstate) => boolean) =>
      registry.estates.some((e) => e.regionCode === a.regionCode && test(e));
    const company = rows.filter((a) => a.side === 'COMPANY');
    expectAll(company, (a) => a.committeeId === null && ['党支部书记', '项目经理'].includes(a.sideRole));
    expectAll(company, (a) => inCommunity(a, (e) => e.companyId === a.companyId));
    const committee = rows.filter((a) => a.side === 'OWNERS_COMMITTEE');
    expectAll(committee, (a) => a.companyId === null && /^业委会(主任|副主任|委员)$/.test(a.sideRole));
    expectAll(committee, (a) => inCommunity(a, (e) => committees.get(a.committeeId ?? '')?.estateId === e.id));
    // a committee member holding the post is a party member (names are unique within a committee)
    expectAll(committee, (a) => {
      const member = committees.get(a.committeeId ?? '')?.members.find((m) => m.name === a.personName);
      return member !== undefined && party.get(member.id) === true;
    });
    expectAll(rows, (a) => a.startsOn >= '2020-01-01' && a.startsOn <= AS_OF && (a.endsOn === null || (a.startsOn < a.endsOn && a.endsOn <= AS_OF)));
    expect(count(rows, (a) => a.endsOn !== null)).toBeGreaterThan(0);
    expect(count(rows, (a) => a.side === 'COMPANY') / rows.length).toBeGreaterThan(0.3);
    expect(count(rows, (a) => a.side === 'OWNERS_COMMITTEE') / rows.length).toBeGreaterThan(0.3);
  });

  it('make company party leaders deputy secretaries in nearly every community of 集美, rarely elsewhere', () => {
    const deputies = new Set(
      slice.crossAppointments
        .filter((a) => a.side === 'COMPANY' && a.sideRole === '党支部书记' && a.organizationRole === 'DEPUTY_SECRETARY')
        .map((a) => a.regionCode),
    );
    const communities = [...new Set(registry.estates.map((e) => e.regionCode))];
    const jimei = communities.filter((c) => c.startsWith(JIMEI));
    const elsewhere = communities.filter((c) => !c.startsWith(JIMEI));
    expect(count(jimei, (c) => deputies.has(c)) / jimei.length).toBeGreaterThan(0.85);
    expect(count(elsewhere, (c) => deputies.has(c)) / elsewhere.length).toBeLessThan(0.05);
  });
});

describe('committee members party membership', () => {
  it('covers every registry member exactly once', () => {
    const members = registry.committees.flatMap((c) => c.members.map((m) => `${c.id}/${m.id}`));
    expect(slice.committeeMemberParty.map((m) => `${m.committeeId}/${m.memberId}`)).toEqual(members);
  });

  it('reaches one half in 龙岩, overall and on average', () => {
    const party = new Map(slice.committeeMemberParty.map((m) => [m.memberId, m.partyMember]));
    const longyan = registry.committees.filter((c) => estates.get(c.estateId)?.regionCode.startsWith(LONGYAN));
    expect(longyan.length).toBeGreaterThan(100);
    const members = longyan.flatMap((c) => c.members);
    expect(count(members, (m) => party.get(m.id) === true) / members.length).toBeGreaterThanOrEqual(0.5);
    const shares = longyan.map((c) => count(c.members, (m) => party.get(m.id) === true) / c.members.length);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves non-red committees of every kind: party majorities under a non-party chair, party chairs in a minority', () => {
    const party = new Map(slice.committeeMemberParty.map((m) => [m.memberId, m.partyMember]));
    const red = new Set(redCommittees(registry, slice));
    const others = registry.committees.filter((c) => !red.has(c));
    const share = (c: OwnersCommittee) => count(c.members, (m) => party.get(m.id) === true) / c.members.length;
    const partyChair = (c: OwnersCommittee) => c.members.some((m) => m.role === 'CHAIR' && party.get(m.id) === true);
    expect(count(others, (c) => share(c) >= 0.5 && !partyChair(c))).toBeGreaterThan(200);
    expect(count(others, (c) => share(c) < 0.5 && partyChair(c))).toBeGreaterThan(200);
    expect(count(others, (c) => share(c) === 0)).toBeGreaterThan(0);
  });
});

describe('sites', () => {
  it('stand in a community and cover 1–5 estates of it or of its street', () => {
    const regions = new Map(registry.regions.map((r) => [r.code, r]));
    const rows = slice.sites;
    expect(unique(rows.map((s) => s.id))).toBe(true);
    expectAll(rows, (s) => /^PS\d{4}$/.test(s.id) && /(红色物业服务中心|党群服务中心)$/.test(s.name) && CHINESE.test(s.name));
    expectAll(rows, (s) => regions.get(s.regionCode)?.level === 'COMMUNITY');
    expectAll(rows, (s) => s.estateIds.length >= 1 && s.estateIds.length <= 5 && unique(s.estateIds));
    const street = (code: string) => regions.get(code)?.parentCode;
    expectAll(rows, (s) => s.estateIds.every((id) => street(estates.get(id)?.regionCode ?? '') === street(s.regionCode)));
    expectAll(rows, (s) => s.estateIds.some((id) => estates.get(id)?.regionCode === s.regionCode));
    expectAll(rows, (s) => s.openedOn >= '2019-01-01' && s.openedOn <= AS_OF);
    expect(count(rows, (s) => s.kind === 'RED_PROPERTY_SERVICE_CENTRE')).toBeGreaterThan(100);
    expect(count(rows, (s) => s.kind === 'PARTY_MASS_SERVICE_CENTRE')).toBeGreaterThan(100);
    expect(unique(rows.map((s) => `${s.regionCode}/${s.name}`))).toBe(true);
  });
});
