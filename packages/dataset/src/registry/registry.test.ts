// The registry's figures, counted afresh from the generated rows and compared with the seed's literal
// numbers, and the slice's internal consistency.

import { beforeAll, describe, expect, it } from 'vitest';
import type { OwnersCommittee, Region, RegistrySlice, ResidentialEstate, ServiceMode } from '../types.js';
import { generateRegistry } from './index.js';

const AS_OF = '2024-09-10';
const FALLBACK_MODES: ServiceMode[] = ['BUNDLED', 'PARTY_LED_PUBLIC_INTEREST', 'NON_PROFIT', 'SELF_GOVERNANCE'];
const WITH_COMPANY: ServiceMode[] = ['MARKET_COMPANY', 'BUNDLED', 'PARTY_LED_PUBLIC_INTEREST'];
const CHINESE = /^[\u4e00-\u9fff]+$/;

const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;
const fallbackIn = (estates: ResidentialEstate[], year: string) => count(estates, (e) => e.fallbackSince?.startsWith(year) ?? false);
const isCurrent = (c: { startsOn: string; endsOn: string }) => c.startsOn <= AS_OF && AS_OF < c.endsOn;

function expectUnique(values: readonly string[]) {
  expect(new Set(values).size).toBe(values.length);
}

/** the ids of the rows breaking a rule (one expect per rule, not per row: fast, and a readable failure) */
function expectAll<T extends { id: string }>(rows: readonly T[], rule: (row: T) => boolean) {
  expect(rows.filter((row) => !rule(row)).map((row) => row.id)).toEqual([]);
}

let registry: RegistrySlice;
beforeAll(() => {
  registry = generateRegistry();
});

describe('the seed figures at scale 1', () => {
  it('has 17,000 estates, 170 of them without service: 99% coverage', () => {
    const { estates } = registry;
    expect(estates).toHaveLength(17_000);
    const none = count(estates, (e) => e.serviceMode === 'NONE');
    expect(none).toBe(170);
    expect((estates.length - none) / estates.length).toBeCloseTo(0.99, 12);
  });

  it('brought 620, 1,064 and 410 estates under fallback service in 2022, 2023 and 2024', () => {
    const { estates } = registry;
    expect(fallbackIn(estates, '2022')).toBe(620);
    expect(fallbackIn(estates, '2023')).toBe(1_064);
    expect(fallbackIn(estates, '2024')).toBe(410);
    expect(count(estates, (e) => e.fallbackSince !== null)).toBe(620 + 1_064 + 410);
  });

  it('has 4,699 owners committees and 812 property companies', () => {
    expect(registry.committees).toHaveLength(4_699);
    expect(registry.companies).toHaveLength(812);
  });
});

describe('at scale 2', () => {
  it('doubles every count and keeps the coverage and the regions', () => {
    const { regions, estates, companies, committees } = generateRegistry({ scale: 2 });
    expect(regions).toEqual(registry.regions);
    expect(estates).toHaveLength(34_000);
    expect(count(estates, (e) => e.serviceMode === 'NONE')).toBe(340);
    expect(fallbackIn(estates, '2022')).toBe(1_240);
    expect(fallbackIn(estates, '2023')).toBe(2_128);
    expect(fallbackIn(estates, '2024')).toBe(820);
    expect(committees).toHaveLength(9_398);
    expect(companies).toHaveLength(1_624);
    expect(count(estates, (e) => e.serviceMode !== 'NONE') / estates.length).toBeCloseTo(0.99, 12);
  });
});

describe('regions', () => {
  it('holds the real province, 9 cities and 84 counties, and synthetic streets and communities', () => {
    const { regions } = registry;
    const levels = (level: string) => regions.filter((r) => r.level === level);
    expect(levels('PROVINCE')).toEqual([{ code: '350000', name: '福建省', level: 'PROVINCE', parentCode: null }]);
    expect(levels('CITY').map((r) => r.name)).toEqual(['福州市', '厦门市', '莆田市', '三明市', '泉州市', '漳州市', '南平市', '龙岩市', '宁德市']);
    expect(levels('COUNTY')).toHaveLength(84);
    expect(regions.find((r) => r.code === '350128')).toMatchObject({ name: '平潭县', parentCode: '350100' });
    expect(regions.find((r) => r.code === '350203')).toMatchObject({ name: '思明区', parentCode: '350200' });
    const codeUnderParent = (r: Region) => r.code.length === (r.parentCode ?? '').length + 3 && r.code.startsWith(r.parentCode ?? '-');
    expect(levels('STREET').filter((r) => !codeUnderParent(r))).toEqual([]);
    expect(levels('COMMUNITY').filter((r) => !codeUnderParent(r))).toEqual([]);
    expect(regions.filter((r) => !/^\d+$/.test(r.code))).toEqual([]);
    for (const county of levels('COUNTY')) {
      const streets = count(regions, (r) => r.parentCode === county.code);
      if (county.code === '350527') expect(streets).toBe(0);
      else {
        expect(streets).toBeGreaterThanOrEqual(3);
        expect(streets).toBeLessThanOrEqual(12);
      }
    }
  });

  it('links every region to an existing parent one level up, with names unique among siblings', () => {
    const byCode = new Map(registry.regions.map((r) => [r.code, r]));
    expectUnique(registry.regions.map((r) => r.code));
    const above = { CITY: 'PROVINCE', COUNTY: 'CITY', STREET: 'COUNTY', COMMUNITY: 'STREET' } as const;
    const orphans = registry.regions.filter((r) => r.level !== 'PROVINCE' && byCode.get(r.parentCode ?? '')?.level !== above[r.level]);
    expect(orphans).toEqual([]);
    expectUnique(registry.regions.map((r) => `${r.parentCode}/${r.name}`));
    expect(registry.regions.filter((r) => !/^[\u4e00-\u9fff]+(省|市|区|县|街道|镇|乡|社区|村)$/.test(r.name))).toEqual([]);
  });
});

describe('estates', () => {
  it('lie in communities, with plausible attributes', () => {
    const levels = new Map(registry.regions.map((r) => [r.code, r.level]));
    const { estates } = registry;
    expectUnique(estates.map((e) => e.id));
    expectAll(estates, (e) => /^E\d{6}$/.test(e.id) && levels.get(e.regionCode) === 'COMMUNITY');
    expectAll(estates, (e) => !e.regionCode.startsWith('350527')); // 金门
    expectAll(estates, (e) => e.households >= 50 && e.households <= 3000);
    expectAll(estates, (e) => e.buildYear >= 1980 && e.buildYear <= (e.category === 'OLD' ? 2000 : 2023));
    expectAll(estates, (e) => CHINESE.test(e.name));
    expectAll(estates, (e) => /^[\u4e00-\u9fff]+(区|县|市)[\u4e00-\u9fff]+(街道|镇|乡)[\u4e00-\u9fff]+\d+号$/.test(e.address));
    const commodity = count(registry.estates, (e) => e.category === 'COMMODITY');
    expect(commodity / registry.estates.length).toBeGreaterThan(0.5);
  });

  it('have names unique within their county', () => {
    expectUnique(registry.estates.map((e) => `${e.regionCode.slice(0, 6)}/${e.name}`));
  });

  it('lie within a few kilometres of their county', () => {
    const { estates } = registry;
    const siming = estates.filter((e) => e.regionCode.startsWith('350203'));
    expect(siming.length).toBeGreaterThan(0);
    expectAll(siming, (e) => Math.abs(e.latitude - 24.46) < 0.2 && Math.abs(e.longitude - 118.09) < 0.2);
  });

  it('under fallback service are mostly old housing, served by one of the fallback modes', () => {
    const fallback = registry.estates.filter((e) => e.fallbackSince !== null);
    expectAll(fallback, (e) => FALLBACK_MODES.includes(e.serviceMode));
    expectAll(fallback, (e) => e.fallbackSince! >= '2022-01-01' && e.fallbackSince! <= AS_OF);
    const old = count(fallback, (e) => ['OLD', 'HOUSING_REFORM', 'FUND_RAISED', 'SELF_BUILT'].includes(e.category));
    expect(old / fallback.length).toBeGreaterThan(0.8);
  });

  it('are mostly served by market companies, with a few hundred other modes besides fallback', () => {
    const { estates } = registry;
    expect(count(estates, (e) => e.serviceMode === 'MARKET_COMPANY') / estates.length).toBeGreaterThan(0.8);
    const others = count(estates, (e) => FALLBACK_MODES.includes(e.serviceMode) && e.fallbackSince === null);
    expect(others).toBeGreaterThanOrEqual(100);
    expect(others).toBeLessThan(1000);
  });

  it('have a company of their own city exactly when their mode has one', () => {
    const companies = new Map(registry.companies.map((c) => [c.id, c]));
    const cityOfCompany = (e: ResidentialEstate) => companies.get(e.companyId ?? '')?.regionCode.slice(0, 4);
    expectAll(registry.estates, (e) =>
      WITH_COMPANY.includes(e.serviceMode) ? cityOfCompany(e) === e.regionCode.slice(0, 4) : e.companyId === null,
    );
  });
});

describe('companies', () => {
  it('are unique, registered in a county, founded 1995–2022, ~15% state-owned', () => {
    const { companies, regions } = registry;
    const counties = new Set(regions.filter((r) => r.level === 'COUNTY').map((r) => r.code));
    expectUnique(companies.map((c) => c.id));
    expectUnique(companies.map((c) => c.name));
    expectAll(companies, (c) => /^C\d{4}$/.test(c.id) && counties.has(c.regionCode));
    expectAll(companies, (c) => /^[\u4e00-\u9fff]+物业[\u4e00-\u9fff]*有限公司$/.test(c.name));
    expectAll(companies, (c) => c.foundedOn >= '1995-01-01' && c.foundedOn <= '2022-12-31');
    const stateOwned = count(companies, (c) => c.ownership === 'STATE_OWNED') / companies.length;
    expect(stateOwned).toBeGreaterThan(0.1);
    expect(stateOwned).toBeLessThan(0.2);
  });

  it('each serve at least one estate, a few of them hundreds', () => {
    const served = new Map<string, number>();
    for (const e of registry.estates) if (e.companyId) served.set(e.companyId, (served.get(e.companyId) ?? 0) + 1);
    expectAll(registry.companies, (c) => (served.get(c.id) ?? 0) >= 1);
    const sizes = [...served.values()].sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThanOrEqual(100);
    expect(sizes[sizes.length >> 1]).toBeLessThan(30);
  });
});

describe('contracts', () => {
  it('give each estate with a company exactly one current contract, with that company', () => {
    const current = new Map<string, string[]>();
    for (const c of registry.contracts.filter(isCurrent)) {
      current.set(c.estateId, [...(current.get(c.estateId) ?? []), c.companyId]);
    }
    const withCompany = registry.estates.filter((e) => e.companyId !== null);
    expect(current.size).toBe(withCompany.length);
    for (const e of withCompany) expect(current.get(e.id)).toEqual([e.companyId]);
  });

  it('reference existing estates and companies and keep their dates in order', () => {
    const estates = new Map(registry.estates.map((e) => [e.id, e]));
    const companies = new Map(registry.companies.map((c) => [c.id, c]));
    expectUnique(registry.contracts.map((c) => c.id));
    const { contracts } = registry;
    expectAll(contracts, (c) => /^SC\d{6}$/.test(c.id));
    expectAll(contracts, (c) => typeof estates.get(c.estateId)?.companyId === 'string');
    expectAll(contracts, (c) => (companies.get(c.companyId)?.foundedOn ?? '9') <= c.signedOn);
    expectAll(contracts, (c) => c.signedOn <= c.startsOn && c.startsOn < c.endsOn);
    expectAll(contracts, (c) => c.signedOn <= c.filedOn && c.filedOn <= AS_OF);
    expectAll(contracts, (c) => c.decidedOn === null || (c.filedOn <= c.decidedOn && c.decidedOn <= AS_OF));
  });

  it('are filed: mostly approved, ~4% awaiting a decision, ~2% rejected with a reason', () => {
    const { contracts } = registry;
    expectAll(contracts, (c) => (c.filingStatus === 'SUBMITTED') === (c.decidedOn === null));
    expectAll(contracts, (c) =>
      c.filingStatus === 'REJECTED' ? /^[\u4e00-\u9fff，、]+$/.test(c.rejectionReason ?? '') : c.rejectionReason === null,
    );
    const share = (status: string) => count(contracts, (c) => c.filingStatus === status) / contracts.length;
    expect(share('SUBMITTED')).toBeGreaterThan(0.02);
    expect(share('SUBMITTED')).toBeLessThan(0.06);
    expect(share('REJECTED')).toBeGreaterThan(0.01);
    expect(share('REJECTED')).toBeLessThan(0.03);
  });

  it('are ordinary where a committee exists and preliminary elsewhere, mostly; ~10% have an ended predecessor', () => {
    const withCommittee = new Set(registry.committees.map((c) => c.estateId));
    const current = registry.contracts.filter(isCurrent);
    const ordinary = (rows: typeof current) => count(rows, (c) => c.kind === 'ORDINARY') / rows.length;
    expect(ordinary(current.filter((c) => withCommittee.has(c.estateId)))).toBeGreaterThan(0.8);
    expect(ordinary(current.filter((c) => !withCommittee.has(c.estateId)))).toBeLessThan(0.2);

    const ended = registry.contracts.filter((c) => !isCurrent(c));
    expect(ended.length / current.length).toBeGreaterThan(0.05);
    expect(ended.length / current.length).toBeLessThan(0.15);
    const currentStart = new Map(current.map((c) => [c.estateId, c.startsOn]));
    expectAll(ended, (c) => c.endsOn < currentStart.get(c.estateId)!);
  });
});

describe('owners committees', () => {
  it('sit on served estates, at most one each, mostly commodity housing', () => {
    const estates = new Map(registry.estates.map((e) => [e.id, e]));
    expectUnique(registry.committees.map((c) => c.id));
    expectUnique(registry.committees.map((c) => c.estateId));
    const { committees } = registry;
    expectAll(committees, (c) => /^OC\d{5}$/.test(c.id));
    expectAll(committees, (c) => estates.has(c.estateId) && estates.get(c.estateId)?.serviceMode !== 'NONE');
    expectAll(committees, (c) => c.electedOn >= '2015-01-01' && c.electedOn <= AS_OF);
    expectAll(committees, (c) => c.termYears >= 3 && c.termYears <= 5);
    const commodity = count(registry.committees, (c) => estates.get(c.estateId)?.category === 'COMMODITY');
    expect(commodity / registry.committees.length).toBeGreaterThan(0.6);
  });

  it('have 5–9 members: one chair, one or two vice-chairs, with Chinese names', () => {
    const members = registry.committees.flatMap((c) => c.members);
    expectUnique(members.map((m) => m.id));
    const { committees } = registry;
    const vice = (c: OwnersCommittee) => count(c.members, (m) => m.role === 'VICE_CHAIR');
    expectAll(committees, (c) => c.members.length >= 5 && c.members.length <= 9);
    expectAll(committees, (c) => count(c.members, (m) => m.role === 'CHAIR') === 1 && vice(c) >= 1 && vice(c) <= 2);
    expectAll(committees, (c) => c.members.every((m) => m.committeeId === c.id));
    expectAll(members, (m) => /^OM\d{6}$/.test(m.id) && /^[\u4e00-\u9fff]{2,3}$/.test(m.name));
  });
});
