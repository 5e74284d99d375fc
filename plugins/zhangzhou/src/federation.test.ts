// Zhangzhou in the real federation (`startFederation`: the core subgraphs, this plugin and the gateway,
// each its own process): 采集问题 asks the real registry where the estate lies, and the plugin's fields
// answer beside the core's in one query.
import { fileURLToPath } from 'node:url';
import { createTestDatabase, signToken, startFederation, type Federation } from '@wuye/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { city, demo, xiamen } from './testing.fixture.js';

let federation: Federation;
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase('zhangzhou_federation');
  federation = await startFederation({ pluginDir: fileURLToPath(new URL('..', import.meta.url)), databaseUrl: database.url });
}, 600_000);
afterAll(async () => {
  await federation?.stop();
  await database?.drop();
});

describe('through the gateway', () => {
  it('reports a case: the registry says where the estate lies, the case answers with the registry\'s estate and community', async () => {
    const estate = city.estates.find((e) => e.regionCode.startsWith('350623'))!;
    const admin = await signToken({ role: 'COUNTY_ADMIN', region: '350623' });
    const res = await federation.query<{ zhangzhouReportGridCase: { id: string; state: string; regionCode: string; estate: { name: string; regionCode: string }; community: { name: string } } }>(
      `mutation { zhangzhouReportGridCase(input: { estateId: "${estate.id}", description: "楼道堆放杂物堵塞疏散通道", reporterName: "陈建华", reporterKind: URBAN_MANAGEMENT_OFFICER }) {
        id state regionCode estate { name regionCode } community { name } } }`,
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    const community = city.regions.find((r) => r.code === estate.regionCode)!;
    expect(res.data!.zhangzhouReportGridCase).toMatchObject({ state: 'REPORTED', regionCode: estate.regionCode, estate: { name: estate.name, regionCode: estate.regionCode }, community: { name: community.name } });
  }, 60_000);

  it('refuses a 厦门 estate with BAD_USER_INPUT, as the registry places it', async () => {
    const res = await federation.query(
      `mutation { zhangzhouReportGridCase(input: { estateId: "${xiamen.estates[0]!.id}", description: "消防通道停放私家车辆", reporterName: "陈建华", reporterKind: URBAN_MANAGEMENT_OFFICER }) { id } }`,
      { token: await signToken({ role: 'CITY_ADMIN', region: '350600' }) },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estateId' });
  }, 60_000);

  it('answers core and plugin fields in one query, and shows a 厦门 token none of the plugin\'s', async () => {
    const estateId = demo.cases[0]!.estateId;
    const q = `{ estate(id: "${estateId}") { name zhangzhouGridCases { id } } region(code: "350600") { name zhangzhouGridStats { cases } } }`;
    const zz = await federation.query<{ estate: { name: string; zhangzhouGridCases: { id: string }[] }; region: { name: string; zhangzhouGridStats: { cases: number } } }>(q, { token: await signToken({ role: 'CITY_ADMIN', region: '350600' }) });
    expect(zz.errors).toBeUndefined();
    expect(zz.data!.estate.zhangzhouGridCases.map((c) => c.id)).toEqual(demo.cases.filter((c) => c.estateId === estateId).map((c) => c.id).reverse());
    expect(zz.data!.region).toMatchObject({ name: '漳州市' });
    expect(zz.data!.region.zhangzhouGridStats.cases).toBeGreaterThanOrEqual(demo.cases.length);
    const xm = await federation.query<{ estate: { name: string; zhangzhouGridCases: unknown[] }; region: { zhangzhouGridStats: null } }>(q, { token: await signToken({ role: 'CITY_ADMIN', region: '350200' }) });
    expect(xm.errors).toBeUndefined();
    expect(xm.data!.estate).toMatchObject({ zhangzhouGridCases: [] });
    expect(xm.data!.region.zhangzhouGridStats).toBeNull();
  }, 60_000);
});
