// The "大物业" bundle lifecycle through the API, against real PostgreSQL: the legal path, every illegal
// step refused with CONFLICT, the neighbour rule, one active bundle per estate, who may act where.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreStandIn, PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { WITHOUT_SERVICE } from './bundles/commands.js';
import { distanceMetres, streetOf } from './bundles/neighbours.js';
import { city, codeOf, demo, startCoreStandIns, startXiamen, token, zhangzhou, type Result } from './testing.fixture.js';

let sub: PluginUnderTest;
let registry: CoreStandIn;
let partyBuilding: CoreStandIn;
beforeAll(async () => {
  [registry, partyBuilding] = await startCoreStandIns();
  sub = await startXiamen({ registry: registry.url, partyBuilding: partyBuilding.url });
}, 180_000);
afterAll(async () => {
  await sub?.close();
  await registry?.close();
  await partyBuilding?.close();
});

const taken = new Set(demo.estates.map((e) => e.estateId));
const free = city.estates.filter((e) => !taken.has(e.id));
/** unbundled estates without service, each with a free neighbour in its street; distinct per test */
const pairs = free
  .filter((e) => WITHOUT_SERVICE.includes(e.serviceMode))
  .map((anchor) => [anchor, free.find((e) => e.id !== anchor.id && streetOf(e.regionCode) === streetOf(anchor.regionCode))] as const)
  .filter((p): p is readonly [(typeof free)[number], (typeof free)[number]] => !!p[1]);
const used = new Set<string>();
const pair = (() => {
  return () => {
    const p = pairs.find(([a, b]) => !used.has(a.id) && !used.has(b.id))!;
    used.add(p[0].id).add(p[1].id);
    return p;
  };
})();

const BUNDLE = 'id state streetCode nextActions company { id } contractedOn termMonths contractEndsOn endedOn estates { estateId monthlyFeeIncome monthlyCost balance kind } economics { monthlyFeeIncome monthlyCost surplus deficit crossSubsidy net monthlySubsidy annualSubsidy termSubsidy selfSustaining } transitions { from to by { account role at } }';
interface Bundle {
  id: string;
  state: string;
  streetCode: string;
  nextActions: string[];
  company: { id: string } | null;
  contractedOn: string | null;
  termMonths: number | null;
  contractEndsOn: string | null;
  endedOn: string | null;
  estates: { estateId: string; monthlyFeeIncome: string; monthlyCost: string; balance: string; kind: string }[];
  economics: Record<string, string | boolean | null>;
  transitions: { from: string | null; to: string; by: { account: string | null; role: string; at: string } }[];
}

const countyAdmin = (code: string) => token('COUNTY_ADMIN', code.slice(0, 6));
const streetStaff = (code: string) => token('STREET_STAFF', streetOf(code));

async function propose(estates: { estateId: string; monthlyFeeIncome?: string; monthlyCost?: string }[], tokenValue?: string): Promise<Result<{ xiamenProposeBundle: Bundle }>> {
  return sub.query(`mutation($input: XiamenProposeBundleInput!) { xiamenProposeBundle(input: $input) { ${BUNDLE} } }`, {
    variables: { input: { name: '测试片区', estates: estates.map((e) => ({ monthlyFeeIncome: '1000.00', monthlyCost: '1200.00', ...e })) } },
    token: tokenValue ?? (await countyAdmin(city.estates.find((e) => e.id === estates[0]!.estateId)?.regionCode ?? '350203')),
  });
}
const approve = (bundleId: string, tokenValue: string): Promise<Result<{ xiamenApproveBundle: Bundle }>> =>
  sub.query(`mutation($id: ID!) { xiamenApproveBundle(bundleId: $id) { ${BUNDLE} } }`, { variables: { id: bundleId }, token: tokenValue });
const contract = (bundleId: string, tokenValue: string, input: Record<string, unknown> = {}): Promise<Result<{ xiamenContractBundle: Bundle }>> =>
  sub.query(`mutation($input: XiamenContractBundleInput!) { xiamenContractBundle(input: $input) { ${BUNDLE} } }`, {
    variables: { input: { bundleId, companyId: city.companies[0]!.id, contractedOn: '2024-09-10', termMonths: 24, ...input } },
    token: tokenValue,
  });
const end = (bundleId: string, tokenValue: string, endedOn = '2024-09-10'): Promise<Result<{ xiamenEndBundle: Bundle }>> =>
  sub.query(`mutation($input: XiamenEndBundleInput!) { xiamenEndBundle(input: $input) { ${BUNDLE} } }`, { variables: { input: { bundleId, endedOn, reason: '合同到期' } }, token: tokenValue });

const ok = <T>(res: Result<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('the legal path', () => {
  it('goes PROPOSED → APPROVED (the street) → CONTRACTED → ENDED, recording who and when, and frees the estates', async () => {
    const [a, b] = pair();
    const proposed = ok(await propose([{ estateId: a.id, monthlyFeeIncome: '0.10', monthlyCost: '0.00' }, { estateId: b.id, monthlyFeeIncome: '0.20', monthlyCost: '0.30' }])).xiamenProposeBundle;
    expect(proposed).toMatchObject({ state: 'PROPOSED', streetCode: streetOf(a.regionCode), nextActions: ['APPROVE'] });
    // 0.1 + 0.2 = 0.3 exactly: a float sum (0.30000000000000004) would call this bundle short by 5.55e-17
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
    expect(proposed.economics).toMatchObject({ monthlyFeeIncome: '0.30', monthlyCost: '0.30', net: '0.00', monthlySubsidy: '0.00', surplus: '0.10', deficit: '0.10', crossSubsidy: '0.10', selfSustaining: true, termSubsidy: null });

    const staff = await streetStaff(a.regionCode);
    const approved = ok(await approve(proposed.id, staff)).xiamenApproveBundle;
    expect(approved).toMatchObject({ state: 'APPROVED', nextActions: ['CONTRACT'] });
    const contracted = ok(await contract(proposed.id, staff)).xiamenContractBundle;
    expect(contracted).toMatchObject({ state: 'CONTRACTED', company: { id: city.companies[0]!.id }, contractedOn: '2024-09-10', termMonths: 24, contractEndsOn: '2026-09-10', nextActions: ['END'] });
    const ended = ok(await end(proposed.id, staff)).xiamenEndBundle;
    expect(ended).toMatchObject({ state: 'ENDED', endedOn: '2024-09-10', nextActions: [] });
    expect(ended.transitions.map((t) => [t.from, t.to, t.by.role])).toEqual([
      [null, 'PROPOSED', 'COUNTY_ADMIN'],
      ['PROPOSED', 'APPROVED', 'STREET_STAFF'],
      ['APPROVED', 'CONTRACTED', 'STREET_STAFF'],
      ['CONTRACTED', 'ENDED', 'STREET_STAFF'],
    ]);
    expect(ended.transitions[1]!.by).toEqual({ account: `street_staff-${streetOf(a.regionCode)}`, role: 'STREET_STAFF', at: '2024-09-10T02:00:00.000Z' });
    // ended: its estates may join a new bundle
    expect(ok(await propose([{ estateId: a.id }, { estateId: b.id }])).xiamenProposeBundle.state).toBe('PROPOSED');
  });

  it('computes 肥瘦搭配 exactly: surpluses carry deficits, the government subsidy covers the rest', async () => {
    const [a, b] = pair();
    const res = ok(await propose([{ estateId: a.id, monthlyFeeIncome: '8000.10', monthlyCost: '12000.35' }, { estateId: b.id, monthlyFeeIncome: '15000.20', monthlyCost: '9000.05' }])).xiamenProposeBundle;
    expect(res.estates.map((e) => [e.balance, e.kind])).toEqual([['-4000.25', 'DEFICIT'], ['6000.15', 'SURPLUS']]);
    expect(res.economics).toMatchObject({ monthlyFeeIncome: '23000.30', monthlyCost: '21000.40', surplus: '6000.15', deficit: '4000.25', crossSubsidy: '4000.25', net: '1999.90', monthlySubsidy: '0.00', selfSustaining: true });
    const [c, d] = pair();
    const short = ok(await propose([{ estateId: c.id, monthlyFeeIncome: '1000.10', monthlyCost: '5000.00' }, { estateId: d.id, monthlyFeeIncome: '3000.20', monthlyCost: '2500.05' }])).xiamenProposeBundle;
    expect(short.economics).toMatchObject({ net: '-3499.75', crossSubsidy: '500.15', monthlySubsidy: '3499.75', annualSubsidy: '41997.00', selfSustaining: false });
    const staff = await streetStaff(c.regionCode);
    ok(await approve(short.id, staff));
    expect(ok(await contract(short.id, staff, { termMonths: 36 })).xiamenContractBundle.economics.termSubsidy).toBe('125991.00');
  });
});

describe('illegal steps', () => {
  it('refuses every step its state does not allow with CONFLICT, and writes nothing', async () => {
    const [a, b] = pair();
    const staff = await streetStaff(a.regionCode);
    const { id } = ok(await propose([{ estateId: a.id }, { estateId: b.id }])).xiamenProposeBundle;
    expect(codeOf(await contract(id, staff))).toBe('CONFLICT');
    expect(codeOf(await end(id, staff))).toBe('CONFLICT');
    ok(await approve(id, staff));
    expect(codeOf(await approve(id, staff))).toBe('CONFLICT');
    expect(codeOf(await end(id, staff))).toBe('CONFLICT');
    ok(await contract(id, staff));
    expect(codeOf(await approve(id, staff))).toBe('CONFLICT');
    expect(codeOf(await contract(id, staff))).toBe('CONFLICT');
    ok(await end(id, staff));
    for (const res of [await approve(id, staff), await contract(id, staff), await end(id, staff)]) expect(codeOf(res)).toBe('CONFLICT');
    const after = ok(await sub.query<{ xiamenBundle: Bundle }>(`{ xiamenBundle(id: "${id}") { ${BUNDLE} } }`, { token: staff })).xiamenBundle;
    expect(after.transitions).toHaveLength(4);
  });

  it('refuses an estate already in an active bundle (CONFLICT) and one listed twice (BAD_USER_INPUT)', async () => {
    const [a, b] = pair();
    ok(await propose([{ estateId: a.id }, { estateId: b.id }]));
    const again = await propose([{ estateId: b.id }, { estateId: a.id }]);
    expect(codeOf(again)).toBe('CONFLICT');
    // a demo bundle's estate, with a free estate of its street
    const demoMember = demo.estates.find((e) => e.active && free.some((f) => streetOf(f.regionCode) === streetOf(e.regionCode) && !used.has(f.id)))!;
    const neighbour = free.find((f) => streetOf(f.regionCode) === streetOf(demoMember.regionCode) && !used.has(f.id))!;
    used.add(neighbour.id);
    expect(codeOf(await propose([{ estateId: demoMember.estateId }, { estateId: neighbour.id }]))).toBe('CONFLICT');
    const [c] = pair();
    expect((await propose([{ estateId: c.id }, { estateId: c.id }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estates.1.estateId' });
  });

  it('refuses bad amounts and contract inputs with BAD_USER_INPUT naming the field', async () => {
    const [a, b] = pair();
    expect((await propose([{ estateId: a.id, monthlyCost: '-5' }, { estateId: b.id }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estates.0.monthlyCost' });
    expect((await propose([{ estateId: a.id, monthlyFeeIncome: '1.005' }, { estateId: b.id }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await propose([{ estateId: a.id }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estates' });
    const staff = await streetStaff(a.regionCode);
    const { id } = ok(await propose([{ estateId: a.id }, { estateId: b.id }])).xiamenProposeBundle;
    ok(await approve(id, staff));
    expect((await contract(id, staff, { termMonths: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.termMonths' });
    expect((await contract(id, staff, { contractedOn: '2024-09-11' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contractedOn' });
    expect((await contract(id, staff, { companyId: zhangzhou.companies[0]!.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });
    expect((await contract(id, staff, { companyId: 'C9999' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });
  });
});

describe('neighbours only', () => {
  it('refuses estates of different streets farther apart than 1,000 m (BAD_USER_INPUT)', async () => {
    const [a] = pair();
    const far = free.find((e) => streetOf(e.regionCode) !== streetOf(a.regionCode) && distanceMetres(a, e) > 1000)!;
    const res = await propose([{ estateId: a.id }, { estateId: far.id }], await token('CITY_ADMIN', '350200'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estates' });
    expect(res.errors?.[0]?.message).toMatch(/not neighbours/);
  });

  it('takes estates of neighbouring streets within 1,000 m', async () => {
    const anchors = free.filter((e) => WITHOUT_SERVICE.includes(e.serviceMode));
    const across = anchors.filter((a) => !used.has(a.id)).flatMap((a) => free.filter((e) => !used.has(e.id) && streetOf(e.regionCode) !== streetOf(a.regionCode) && distanceMetres(a, e) <= 1000).map((e) => [a, e] as const))[0];
    if (!across) return; // the demo city has no such pair at this scale
    const res = ok(await propose([{ estateId: across[0].id }, { estateId: across[1].id }], await token('CITY_ADMIN', '350200'))).xiamenProposeBundle;
    expect(res.state).toBe('PROPOSED');
  });

  it('refuses a bundle with no estate lacking service, and estates outside 厦门 (BAD_USER_INPUT)', async () => {
    const served = free.filter((e) => e.serviceMode === 'MARKET_COMPANY');
    const twin = served.find((e) => e.id !== served[0]!.id && streetOf(e.regionCode) === streetOf(served[0]!.regionCode))!;
    expect((await propose([{ estateId: served[0]!.id }, { estateId: twin.id }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estates' });
    const [a] = pair();
    const res = await propose([{ estateId: a.id }, { estateId: zhangzhou.estates[0]!.id }], await token('PROVINCE_ADMIN', '350000'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estates.1.estateId' });
  });
});

describe('who may act', () => {
  it('lets only officials over the estates\' street approve (FORBIDDEN otherwise), and refuses other cities and the public', async () => {
    const [a, b] = pair();
    const { id } = ok(await propose([{ estateId: a.id }, { estateId: b.id }])).xiamenProposeBundle;
    const otherStreet = city.regions.find((r) => r.level === 'STREET' && r.code !== streetOf(a.regionCode))!.code;
    expect(codeOf(await approve(id, await token('STREET_STAFF', otherStreet)))).toBe('FORBIDDEN');
    expect(codeOf(await approve(id, await token('CITY_ADMIN', '350600')))).toBe('FORBIDDEN');
    expect(codeOf(await approve(id, await token('COMPANY', '350200', { companyId: city.companies[0]!.id })))).toBe('FORBIDDEN');
    expect(codeOf(await sub.query(`mutation { xiamenApproveBundle(bundleId: "${id}") { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await approve('XB9999', await token('CITY_ADMIN', '350200')))).toBe('NOT_FOUND');
    expect(codeOf(await propose([{ estateId: a.id }, { estateId: b.id }], await token('CITY_ADMIN', '350600')))).toBe('FORBIDDEN');
    // the city's admin is "above" every street
    expect(ok(await approve(id, await token('CITY_ADMIN', '350200'))).xiamenApproveBundle.state).toBe('APPROVED');
  });
});
