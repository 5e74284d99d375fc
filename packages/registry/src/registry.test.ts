// Registry against real PostgreSQL: pagination, filters, coverage against independent counts, SQL
// statement counts, and who may see or change what.
import { createHash } from 'node:crypto';
import { generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import registry from './index.js';

const { registry: rows } = generateProvince();
let sub: SubgraphUnderTest;

beforeAll(async () => {
  const fingerprint = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  sub = await startSubgraphForTest(registry, { fingerprint });
}, 180_000);
afterAll(() => sub?.close());

const countWhere = (pred: (e: (typeof rows.estates)[number]) => boolean) => rows.estates.filter(pred).length;

describe('coverage', () => {
  it('matches counts made independently from the generated rows for the province, a city and a county', async () => {
    const res = await sub.query<{ regions: { code: string; coverage: { estates: number; covered: number; withoutService: number; rate: number; fallback: { brought: number; broughtInYear: number } } }[] }>(
      '{ regions(codes: ["350000", "350200", "350203"]) { code coverage { estates covered withoutService rate fallback { brought broughtInYear(year: 2023) } } } }',
    );
    expect(res.errors).toBeUndefined();
    for (const region of res.data!.regions) {
      const prefix = region.code === '350000' ? '35' : region.code.endsWith('00') ? region.code.slice(0, 4) : region.code;
      const inRegion = (e: (typeof rows.estates)[number]) => e.regionCode.startsWith(prefix);
      const estates = countWhere(inRegion);
      const covered = countWhere((e) => inRegion(e) && e.serviceMode !== 'NONE');
      expect(region.coverage).toEqual({
        estates,
        covered,
        withoutService: estates - covered,
        rate: Math.round((covered / estates) * 10_000) / 10_000,
        fallback: {
          brought: countWhere((e) => inRegion(e) && !!e.fallbackSince && e.fallbackSince <= '2024-09-10'),
          broughtInYear: countWhere((e) => inRegion(e) && !!e.fallbackSince?.startsWith('2023')),
        },
      });
    }
    expect(res.data!.regions[0]!.coverage).toMatchObject({ estates: 17_000, rate: 0.99, fallback: { broughtInYear: 1064 } });
  });

  it('costs one SQL statement per level of the query, however many regions it lists', async () => {
    const coverageStatements = async (query: string) => {
      sub.statements.length = 0;
      expect((await sub.query(query)).errors).toBeUndefined();
      return sub.statements.filter((s) => s.includes('unnest(')).length;
    };
    expect(await coverageStatements('{ region(code: "350000") { children { coverage { estates } } } }')).toBe(1); // 9 cities
    expect(await coverageStatements('{ region(code: "350000") { children { coverage { estates } children { coverage { estates } } } } }')).toBe(2); // + 84 counties
  });
});

describe('estate lists', () => {
  it('pages through a region completely and stably: every estate once, in id order', async () => {
    const expected = rows.estates.filter((e) => e.regionCode.startsWith('350203')).map((e) => e.id).sort();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: { data?: { estates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } } = await sub.query(
        'query($after: String) { estates(first: 150, after: $after, filter: { regionCode: "350203" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { variables: { after } },
      );
      const { edges, pageInfo, totalCount } = res.data!.estates;
      expect(totalCount).toBe(expected.length);
      seen.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters by category, service mode, company and name together', async () => {
    const company = rows.estates.find((e) => e.companyId && e.category === 'COMMODITY')!;
    const part = [...company.name].slice(0, 2).join('');
    const expected = rows.estates.filter((e) => e.companyId === company.companyId && e.category === 'COMMODITY' && e.serviceMode === company.serviceMode && e.name.includes(part));
    const res = await sub.query<{ estates: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ estates(first: 1000, filter: { companyId: "${company.companyId}", category: COMMODITY, serviceMode: ${company.serviceMode}, nameContains: "${part}" }) { totalCount edges { node { id } } } }`,
    );
    expect(res.data!.estates.totalCount).toBe(expected.length);
    expect(res.data!.estates.edges.map((e) => e.node.id)).toEqual(expected.map((e) => e.id).sort());
  });

  it('refuses a page larger than the cap and a forged cursor with BAD_USER_INPUT', async () => {
    const big = await sub.query('{ estates(first: 5000) { edges { node { id } } } }');
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await sub.query('{ estates(after: "not-a-cursor") { edges { node { id } } } }');
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists 1,000 estates with their companies in a constant number of SQL statements', async () => {
    const count = async (first: number) => {
      sub.statements.length = 0;
      const res = await sub.query<{ estates: { edges: { node: { company: { name: string } | null } }[] } }>(`{ estates(first: ${first}) { edges { node { id company { name uscc } } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.estates.edges).toHaveLength(first);
      return sub.statements.length;
    };
    const forTen = await count(10);
    const forThousand = await count(1000);
    expect(forThousand).toBe(forTen);
    expect(forThousand).toBeLessThanOrEqual(2); // estates, then all their companies
  });
});

describe('companies', () => {
  it('resolves by id and by USCC to the same company', async () => {
    const c = rows.companies[7]!;
    const res = await sub.query<{ a: { id: string; uscc: string }; b: { id: string } }>(`{ a: company(id: "${c.id}") { id uscc } b: company(uscc: "${c.uscc}") { id } }`);
    expect(res.data).toEqual({ a: { id: c.id, uscc: c.uscc }, b: { id: c.id } });
  });

  it('rejects registering a company with a tampered USCC, naming the problem, and writes nothing', async () => {
    const token = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const good = rows.companies[0]!.uscc;
    const tampered = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await sub.query('mutation($uscc: Uscc!) { registerCompany(input: { uscc: $uscc, name: "测试物业服务有限公司", ownership: PRIVATE, countyCode: "350203", foundedOn: "2020-01-01" }) { id } }', { token, variables: { uscc: tampered } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/check character/);
    const after = await sub.query<{ companies: { totalCount: number } }>('{ companies { totalCount } }');
    expect(after.data!.companies.totalCount).toBe(rows.companies.length);
  });
});

describe('authorization', () => {
  const xiamenCommittee = () => rows.committees.find((c) => rows.estates.find((e) => e.id === c.estateId)!.regionCode.startsWith('3502'))!;
  const zhangzhouCommittee = () => rows.committees.find((c) => rows.estates.find((e) => e.id === c.estateId)!.regionCode.startsWith('3506'))!;
  const membersOf = async (committeeId: string, token?: string) =>
    (await sub.query<{ ownersCommittee: { members: { name: string; nameMasked: boolean }[] } }>(`{ ownersCommittee(id: "${committeeId}") { members { name nameMasked } } }`, { token })).data!.ownersCommittee.members;

  it('masks committee members\' names for PUBLIC, shows them to the province and to the city admin of their city only', async () => {
    const xm = xiamenCommittee();
    const zz = zhangzhouCommittee();
    const xiamenAdmin = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const realName = xm.members.find((m) => m.role === 'CHAIR')!.name;

    const publicView = await membersOf(xm.id);
    expect(publicView.every((m) => m.nameMasked && /^.\*+$/.test(m.name))).toBe(true);
    expect((await membersOf(xm.id, xiamenAdmin)).map((m) => m.name)).toContain(realName);
    expect((await membersOf(xm.id, province)).every((m) => !m.nameMasked)).toBe(true);
    const zhangzhouSeenFromXiamen = await membersOf(zz.id, xiamenAdmin);
    expect(zhangzhouSeenFromXiamen.every((m) => m.nameMasked)).toBe(true);
    expect(zhangzhouSeenFromXiamen.map((m) => m.name)).not.toContain(zz.members[0]!.name);
  });

  it('lets a 厦门 admin file a contract for a 厦门 estate but not for a 漳州 one (FORBIDDEN), and PUBLIC not at all (UNAUTHENTICATED)', async () => {
    const xiamenAdmin = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const xm = rows.estates.find((e) => e.regionCode.startsWith('3502') && e.companyId)!;
    const zz = rows.estates.find((e) => e.regionCode.startsWith('3506') && e.companyId)!;
    const file = (estate: typeof xm, token?: string) =>
      sub.query<{ submitContractFiling: { id: string; filingStatus: string } }>(
        `mutation { submitContractFiling(input: { estateId: "${estate.id}", companyId: "${estate.companyId}", kind: ORDINARY, signedOn: "2024-08-01", startsOn: "2024-09-01", endsOn: "2027-08-31" }) { id filingStatus } }`,
        { token },
      );
    const ok = await file(xm, xiamenAdmin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitContractFiling.filingStatus).toBe('SUBMITTED');
    expect((await file(zz, xiamenAdmin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await file(zz)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('decides a filing once: a second decision is a CONFLICT, a rejection needs a reason', async () => {
    const county = await signToken({ role: 'COUNTY_ADMIN', region: '350203' });
    const estate = rows.estates.find((e) => e.regionCode.startsWith('350203') && e.companyId)!;
    const filed = await sub.query<{ submitContractFiling: { id: string } }>(
      `mutation { submitContractFiling(input: { estateId: "${estate.id}", companyId: "${estate.companyId}", kind: PRELIMINARY, signedOn: "2024-08-01", startsOn: "2024-08-01", endsOn: "2026-07-31" }) { id } }`,
      { token: county },
    );
    const id = filed.data!.submitContractFiling.id;
    const noReason = await sub.query(`mutation { decideContractFiling(input: { contractId: "${id}", approve: false }) { id } }`, { token: county });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const approved = await sub.query<{ decideContractFiling: { filingStatus: string } }>(`mutation { decideContractFiling(input: { contractId: "${id}", approve: true }) { filingStatus decidedOn } }`, { token: county });
    expect(approved.data!.decideContractFiling.filingStatus).toBe('APPROVED');
    const again = await sub.query(`mutation { decideContractFiling(input: { contractId: "${id}", approve: true }) { id } }`, { token: county });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('validates a new estate field by field and writes nothing on bad input', async () => {
    const xiamenAdmin = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const community = rows.regions.find((r) => r.level === 'COMMUNITY' && r.code.startsWith('3502'))!.code;
    const register = (households: number, serviceMode = 'SELF_GOVERNANCE') =>
      sub.query<{ registerEstate: { id: string; community: { code: string } } }>(
        `mutation { registerEstate(input: { name: "测试花园", address: "思明区测试路1号", communityCode: "${community}", category: COMMODITY, households: ${households}, buildYear: 2020, serviceMode: ${serviceMode}, latitude: 24.48, longitude: 118.09 }) { id community { code } } }`,
        { token: xiamenAdmin },
      );
    const bad = await register(0);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.households' });
    const noCompany = await register(100, 'MARKET_COMPANY');
    expect(noCompany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });
    const total = async () => (await sub.query<{ estates: { totalCount: number } }>('{ estates { totalCount } }')).data!.estates.totalCount;
    expect(await total()).toBe(rows.estates.length);
    const ok = await register(120);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerEstate).toMatchObject({ id: `E${String(rows.estates.length + 1).padStart(6, '0')}`, community: { code: community } });
    expect(await total()).toBe(rows.estates.length + 1);
  });
});
