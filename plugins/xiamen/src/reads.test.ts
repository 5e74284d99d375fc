// Reads as the gateway asks them (_entities and root fields): 厦门 data for 厦门's and the province's
// viewers only, nothing on other cities' entities, demo data in every state, batched SQL, and 集美's
// deputy secretaries read from party-building (a stand-in here; the real one in federation.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreStandIn, PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { city, codeOf, demo, JIMEI_POSTS, startCoreStandIns, startXiamen, token, zhangzhou } from './testing.fixture.js';

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

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ResidentialEstate { id xiamenBundle { id state } xiamenDeliberations { id state } }
  ... on Region { code xiamenStats { bundlesByState { state count } bundledEstates contractedMonthlySubsidy deliberationsByState { state count } } xiamenJimeiDeputySecretaries { id personName company { id } organization { id } } }
  ... on PropertyCompany { id xiamenBundles { id } xiamenJimeiDeputySecretaries { id } }
} }`;
type Entities = { _entities: Record<string, unknown>[] };
const entities = (r: Record<string, unknown>[], tokenValue?: string) => sub.query<Entities>(ENTITIES, { variables: { r }, token: tokenValue });

const member = demo.estates.find((e) => e.active)!;
const item = demo.items[0]!;

describe('demo data', () => {
  it('has bundles in every state and items at every step', () => {
    expect(new Set(demo.bundles.map((b) => b.state))).toEqual(new Set(['PROPOSED', 'APPROVED', 'CONTRACTED', 'ENDED']));
    expect(new Set(demo.items.map((i) => i.state))).toEqual(new Set(['RAISED', 'DRAFTED', 'CO_DECIDING', 'CO_DECIDED', 'ANNOUNCED']));
  });
});

describe('厦门 viewers', () => {
  it('see an estate\'s bundle and items, and a region\'s figures counted in SQL', async () => {
    const res = await entities([{ __typename: 'ResidentialEstate', id: member.estateId }, { __typename: 'ResidentialEstate', id: item.estateId }, { __typename: 'Region', code: '350200' }], await token('CITY_ADMIN', '350200'));
    expect(res.errors).toBeUndefined();
    const [estate, withItem, region] = res.data!._entities as [{ xiamenBundle: { id: string } }, { xiamenDeliberations: { id: string }[] }, { xiamenStats: { bundlesByState: { state: string; count: number }[]; bundledEstates: number } }];
    expect(estate.xiamenBundle.id).toBe(member.bundleId);
    expect(withItem.xiamenDeliberations.map((d) => d.id)).toContain(item.id);
    expect(region.xiamenStats.bundlesByState).toEqual(['PROPOSED', 'APPROVED', 'CONTRACTED', 'ENDED'].map((state) => ({ state, count: demo.bundles.filter((b) => b.state === state).length })));
    expect(region.xiamenStats.bundledEstates).toBe(demo.estates.filter((e) => e.active).length);
  });

  it('costs one SQL statement per figure however many regions are asked', async () => {
    const counties = city.regions.filter((r) => r.level === 'COUNTY').map((r) => ({ __typename: 'Region', code: r.code }));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { xiamenStats { bundledEstates } } } }`;
    sub.statements.length = 0;
    const res = await sub.query(q, { variables: { r: counties }, token: await token('CITY_ADMIN', '350200') });
    expect(res.errors).toBeUndefined();
    expect(sub.statements.filter((s) => /select/i.test(s))).toHaveLength(4);
  });

  it('lists bundles and items, paged', async () => {
    const res = await sub.query<{ xiamenBundles: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ xiamenBundles(first: 3, filter: { state: CONTRACTED }) { totalCount edges { node { id } } } }`, { token: await token('STREET_STAFF', '350203001') });
    expect(res.data!.xiamenBundles.totalCount).toBeGreaterThanOrEqual(demo.bundles.filter((b) => b.state === 'CONTRACTED').length);
    expect(res.data!.xiamenBundles.edges).toHaveLength(3);
  });
});

describe('other cities', () => {
  it('see nothing: empty lists, null fields, FORBIDDEN by id', async () => {
    const zz = await token('CITY_ADMIN', '350600');
    const res = await entities([{ __typename: 'ResidentialEstate', id: member.estateId }, { __typename: 'Region', code: '350200' }, { __typename: 'PropertyCompany', id: JIMEI_POSTS[0]!.company.id }], zz);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { id: member.estateId, xiamenBundle: null, xiamenDeliberations: [] },
      { code: '350200', xiamenStats: null, xiamenJimeiDeputySecretaries: null },
      { id: JIMEI_POSTS[0]!.company.id, xiamenBundles: [], xiamenJimeiDeputySecretaries: null },
    ]);
    const lists = await sub.query<{ xiamenBundles: { totalCount: number }; xiamenDeliberations: { totalCount: number } }>(`{ xiamenBundles { totalCount } xiamenDeliberations { totalCount } }`, { token: zz });
    expect(lists.data).toEqual({ xiamenBundles: { totalCount: 0 }, xiamenDeliberations: { totalCount: 0 } });
    expect(codeOf(await sub.query(`{ xiamenBundle(id: "${member.bundleId}") { id } }`, { token: zz }))).toBe('FORBIDDEN');
    expect(codeOf(await sub.query(`{ xiamenDeliberation(id: "${item.id}") { id } }`, { token: zz }))).toBe('FORBIDDEN');
  });

  it('get nothing on regions and estates outside 厦门, even for the province', async () => {
    const res = await entities([{ __typename: 'Region', code: '350600' }, { __typename: 'Region', code: '350000' }, { __typename: 'ResidentialEstate', id: zhangzhou.estates[0]!.id }], await token('PROVINCE_ADMIN', '350000'));
    expect(res.data!._entities).toEqual([
      { code: '350600', xiamenStats: null, xiamenJimeiDeputySecretaries: null },
      { code: '350000', xiamenStats: null, xiamenJimeiDeputySecretaries: null },
      { id: zhangzhou.estates[0]!.id, xiamenBundle: null, xiamenDeliberations: [] },
    ]);
  });
});

describe('集美 deputy secretaries (from party-building)', () => {
  it('lists the current posts in 集美 and its subtree, masks names for non-officials, null for regions away from 集美, one request to party-building', async () => {
    const before = partyBuilding.requests.length;
    const regions = [{ __typename: 'Region', code: '350211' }, { __typename: 'Region', code: '350211002' }, { __typename: 'Region', code: '350203' }, { __typename: 'Region', code: '350200' }];
    const res = await entities(regions, await token('COUNTY_ADMIN', '350211'));
    expect(res.errors).toBeUndefined();
    const posts = res.data!._entities.map((r) => (r.xiamenJimeiDeputySecretaries as { id: string }[] | null)?.map((p) => p.id) ?? null);
    expect(posts).toEqual([['CA00582', 'CA00590'], ['CA00590'], null, ['CA00582', 'CA00590']]); // CA00601 ended before the clock
    expect(partyBuilding.requests.length - before).toBe(1);
    expect((res.data!._entities[0]!.xiamenJimeiDeputySecretaries as { personName: string; organization: { id: string } }[])[0]).toMatchObject({ personName: '黄秋春', organization: { id: 'PO01824' } });
    const pub = await entities([{ __typename: 'Region', code: '350211' }]);
    expect((pub.data!._entities[0]!.xiamenJimeiDeputySecretaries as { personName: string }[])[0]!.personName).toBe('黄**');
  });

  it('gives a 厦门 company its posts', async () => {
    const res = await entities([{ __typename: 'PropertyCompany', id: JIMEI_POSTS[0]!.company.id }], await token('CITY_ADMIN', '350200'));
    expect(res.data!._entities[0]).toMatchObject({ xiamenJimeiDeputySecretaries: [{ id: 'CA00582' }] });
    const outside = await entities([{ __typename: 'PropertyCompany', id: zhangzhou.companies[0]!.id }], await token('CITY_ADMIN', '350200'));
    expect(outside.data!._entities[0]).toMatchObject({ xiamenJimeiDeputySecretaries: null });
  });
});
