// 小区治理党员先议 through the API: 支委会先议 → 社区党委 and 业委会 co-decide (either order) → the company
// announces; each step by the right party with who and when; none skipped, none twice (CONFLICT).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreStandIn, PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { streetOf } from './bundles/neighbours.js';
import { city, codeOf, startCoreStandIns, startXiamen, token, zhangzhou, type Result } from './testing.fixture.js';

let sub: PluginUnderTest;
let stands: CoreStandIn[];
beforeAll(async () => {
  stands = await startCoreStandIns();
  sub = await startXiamen({ registry: stands[0]!.url, partyBuilding: stands[1]!.url });
}, 180_000);
afterAll(async () => {
  await sub?.close();
  await Promise.all(stands.map((s) => s.close()));
});

const estate = city.estates.find((e) => e.companyId)!;
const ITEM = 'id state company { id } nextSteps raised { account role at } steps { step text by { account role at } }';
interface Item {
  id: string;
  state: string;
  company: { id: string };
  nextSteps: string[];
  steps: { step: string; text: string; by: { account: string | null; role: string; at: string } }[];
}
const staff = () => token('STREET_STAFF', streetOf(estate.regionCode));
const owner = () => token('OWNER', estate.regionCode, { estateId: estate.id });
const company = () => token('COMPANY', '350200', { companyId: estate.companyId! });

const raise = async (estateId = estate.id, tokenValue?: string): Promise<Result<{ xiamenRaiseDeliberation: Item }>> =>
  sub.query(`mutation($input: XiamenRaiseDeliberationInput!) { xiamenRaiseDeliberation(input: $input) { ${ITEM} } }`, { variables: { input: { estateId, title: '电梯加装方案', matter: '3号楼加装电梯' } }, token: tokenValue ?? (await staff()) });
const draft = (itemId: string, tokenValue: string): Promise<Result<{ xiamenDraftDeliberation: Item }>> =>
  sub.query(`mutation($input: XiamenDraftDeliberationInput!) { xiamenDraftDeliberation(input: $input) { ${ITEM} } }`, { variables: { input: { itemId, opinion: '原则同意，分两期实施' } }, token: tokenValue });
const coDecide = (itemId: string, party: string, tokenValue: string): Promise<Result<{ xiamenCoDecideDeliberation: Item }>> =>
  sub.query(`mutation($input: XiamenCoDecideDeliberationInput!) { xiamenCoDecideDeliberation(input: $input) { ${ITEM} } }`, { variables: { input: { itemId, party, opinion: '同意，补充公示' } }, token: tokenValue });
const announce = (itemId: string, tokenValue: string): Promise<Result<{ xiamenAnnounceDeliberation: Item }>> =>
  sub.query(`mutation($input: XiamenAnnounceDeliberationInput!) { xiamenAnnounceDeliberation(input: $input) { ${ITEM} } }`, { variables: { input: { itemId, announcement: '方案公布' } }, token: tokenValue });
const ok = <T>(res: Result<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('the legal path', () => {
  it('goes RAISED → DRAFTED → CO_DECIDING → CO_DECIDED → ANNOUNCED, each step with its account, role and time', async () => {
    const item = ok(await raise()).xiamenRaiseDeliberation;
    expect(item).toMatchObject({ state: 'RAISED', company: { id: estate.companyId }, nextSteps: ['BRANCH_DRAFT'] });
    expect(ok(await draft(item.id, await staff())).xiamenDraftDeliberation).toMatchObject({ state: 'DRAFTED', nextSteps: ['COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE'] });
    expect(ok(await coDecide(item.id, 'OWNERS_COMMITTEE', await owner())).xiamenCoDecideDeliberation).toMatchObject({ state: 'CO_DECIDING', nextSteps: ['COMMUNITY_COMMITTEE'] });
    expect(ok(await coDecide(item.id, 'COMMUNITY_PARTY_COMMITTEE', await staff())).xiamenCoDecideDeliberation).toMatchObject({ state: 'CO_DECIDED', nextSteps: ['ANNOUNCEMENT'] });
    const done = ok(await announce(item.id, await company())).xiamenAnnounceDeliberation;
    expect(done).toMatchObject({ state: 'ANNOUNCED', nextSteps: [] });
    // the officials over the estate see the accounts
    const seen = ok(await sub.query<{ xiamenDeliberation: Item }>(`{ xiamenDeliberation(id: "${item.id}") { ${ITEM} } }`, { token: await staff() })).xiamenDeliberation;
    const at = '2024-09-10T02:00:00.000Z';
    expect(seen.steps.map((s) => [s.step, s.by])).toEqual([
      ['BRANCH_DRAFT', { account: `street_staff-${streetOf(estate.regionCode)}`, role: 'STREET_STAFF', at }],
      ['COMMUNITY_COMMITTEE', { account: `street_staff-${streetOf(estate.regionCode)}`, role: 'STREET_STAFF', at }],
      ['OWNERS_COMMITTEE', { account: `owner-${estate.regionCode}`, role: 'OWNER', at }],
      ['ANNOUNCEMENT', { account: 'company-350200', role: 'COMPANY', at }],
    ]);
    // the public sees the steps, not the accounts
    expect(ok(await sub.query<{ xiamenDeliberation: Item }>(`{ xiamenDeliberation(id: "${item.id}") { ${ITEM} } }`)).xiamenDeliberation.steps[0]!.by.account).toBeNull();
  });
});

describe('out of order or twice', () => {
  it('refuses skipping the draft, announcing before both committees, and any step twice (CONFLICT)', async () => {
    const { id } = ok(await raise()).xiamenRaiseDeliberation;
    expect(codeOf(await coDecide(id, 'COMMUNITY_PARTY_COMMITTEE', await staff()))).toBe('CONFLICT');
    expect(codeOf(await coDecide(id, 'OWNERS_COMMITTEE', await owner()))).toBe('CONFLICT');
    expect(codeOf(await announce(id, await company()))).toBe('CONFLICT');
    ok(await draft(id, await staff()));
    expect(codeOf(await draft(id, await staff()))).toBe('CONFLICT');
    expect(codeOf(await announce(id, await company()))).toBe('CONFLICT');
    ok(await coDecide(id, 'COMMUNITY_PARTY_COMMITTEE', await staff()));
    expect(codeOf(await coDecide(id, 'COMMUNITY_PARTY_COMMITTEE', await staff()))).toBe('CONFLICT');
    expect(codeOf(await announce(id, await company()))).toBe('CONFLICT');
    ok(await coDecide(id, 'OWNERS_COMMITTEE', await owner()));
    expect(codeOf(await coDecide(id, 'OWNERS_COMMITTEE', await owner()))).toBe('CONFLICT');
    ok(await announce(id, await company()));
    const again = await announce(id, await company());
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/recorded already/);
    const item = ok(await sub.query<{ xiamenDeliberation: Item }>(`{ xiamenDeliberation(id: "${id}") { ${ITEM} } }`, { token: await staff() })).xiamenDeliberation;
    expect(item.steps.map((s) => s.step)).toEqual(['BRANCH_DRAFT', 'COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE', 'ANNOUNCEMENT']);
  });
});

describe('who may take each step', () => {
  it('takes each step only from its party (FORBIDDEN otherwise), and refuses other cities, unknown items and anonymous callers', async () => {
    const { id } = ok(await raise()).xiamenRaiseDeliberation;
    const otherStreet = city.regions.find((r) => r.level === 'STREET' && r.code !== streetOf(estate.regionCode))!.code;
    expect(codeOf(await draft(id, await token('STREET_STAFF', otherStreet)))).toBe('FORBIDDEN');
    expect(codeOf(await draft(id, await token('CITY_ADMIN', '350600')))).toBe('FORBIDDEN');
    expect(codeOf(await draft(id, await owner()))).toBe('FORBIDDEN'); // scope: owners do not draft
    ok(await draft(id, await staff()));
    const otherEstate = city.estates.find((e) => e.id !== estate.id)!;
    expect(codeOf(await coDecide(id, 'OWNERS_COMMITTEE', await token('OWNER', otherEstate.regionCode, { estateId: otherEstate.id })))).toBe('FORBIDDEN');
    expect(codeOf(await coDecide(id, 'COMMUNITY_PARTY_COMMITTEE', await owner()))).toBe('FORBIDDEN');
    ok(await coDecide(id, 'COMMUNITY_PARTY_COMMITTEE', await staff()));
    ok(await coDecide(id, 'OWNERS_COMMITTEE', await owner()));
    const otherCompany = city.companies.find((c) => c.id !== estate.companyId)!;
    expect(codeOf(await announce(id, await token('COMPANY', '350200', { companyId: otherCompany.id })))).toBe('FORBIDDEN');
    expect(codeOf(await announce(id, await staff()))).toBe('FORBIDDEN');
    expect(codeOf(await announce(id, ''))).toBe('UNAUTHENTICATED');
    expect(codeOf(await draft('XD99999', await token('CITY_ADMIN', '350200')))).toBe('NOT_FOUND');
  });

  it('refuses raising for an estate outside 厦门 (BAD_USER_INPUT) or by another city (FORBIDDEN)', async () => {
    const res = await raise(zhangzhou.estates[0]!.id, await token('PROVINCE_ADMIN', '350000'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estateId' });
    expect(codeOf(await raise(estate.id, await token('CITY_ADMIN', '350600')))).toBe('FORBIDDEN');
  });
});
