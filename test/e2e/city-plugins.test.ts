// The three city plugins of the default deployment (漳州, 厦门, 龙岩) enabled together in the running
// federation: they compose with the core, one request mixes core domains and every plugin's fields,
// and each plugin answers for its own city only.
import fs from 'node:fs';
import { generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { enablePlugins, eventually, pluginStatus } from './plugin-config.js';
import { request } from './gateway-client.js';

const { registry } = generateProvince();
const DEFAULT_PLUGINS = (JSON.parse(fs.readFileSync(new URL('../../wuye.config.json', import.meta.url), 'utf8')) as { plugins: string[] }).plugins;
afterAll(() => enablePlugins());

const status = pluginStatus;

describe('the default city plugins together', () => {
  it('are the three of wuye.config.json, and compose with the core', async () => {
    expect(DEFAULT_PLUGINS).toEqual(['zhangzhou', 'xiamen', 'longyan']);
    enablePlugins(...DEFAULT_PLUGINS);
    const enabled = await eventually('all three enabled', async () => status().enabled.length === 3 && status().enabled, 180_000);
    expect(enabled.sort()).toEqual(['plugin-longyan', 'plugin-xiamen', 'plugin-zhangzhou']);
    expect(status().refused).toEqual({});
  }, 240_000);

  it('answer one request that mixes registry, party-building, credit and every plugin', async () => {
    const province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const xiamenEstate = registry.estates.find((e) => e.regionCode.startsWith('3502') && e.companyId)!;
    const q = `{
      xiamen: estate(id: "${xiamenEstate.id}") { name partyBranch { name } company { name credit { result(year: 2023) { grade } } } xiamenBundle { id } xiamenDeliberations { id } }
      xm: region(code: "350200") { name coverage { rate } xiamenStats { bundledEstates bundlesByState { state count } } }
      ly: region(code: "350800") { name partyBuilding { redCommitteeShare } longyanRedDrive { committees atTarget belowTarget } longyanVoteStats { open closed } }
      zz: region(code: "350600") { name credit(year: 2023) { companiesPublished } zhangzhouGridStats { cases open } }
    }`;
    const answer = await eventually('the mixed query', async () => {
      const res = await request<Record<string, Record<string, unknown>>>(q, province);
      return !res.errors && res.data;
    });
    expect(answer.xiamen!.name).toBe(xiamenEstate.name);
    expect(answer.xm!.xiamenStats).toMatchObject({ bundledEstates: expect.any(Number) });
    expect((answer.xm!.xiamenStats as { bundledEstates: number }).bundledEstates).toBeGreaterThan(0);
    const drive = answer.ly!.longyanRedDrive as { committees: number; atTarget: number; belowTarget: number };
    expect(drive.committees).toBe(drive.atTarget + drive.belowTarget);
    expect(drive.committees).toBeGreaterThan(0);
    expect((answer.zz!.zhangzhouGridStats as { cases: number }).cases).toBeGreaterThan(0);
    expect((answer.zz!.credit as { companiesPublished: number }).companiesPublished).toBeGreaterThan(0);
  }, 240_000);

  it('keep each plugin to its city: no 厦门 fields on a 龙岩 estate, no 龙岩 drive for 厦门', async () => {
    const token = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const longyanEstate = registry.estates.find((e) => e.regionCode.startsWith('3508'))!;
    const res = await request<{ estate: { xiamenBundle: unknown; xiamenDeliberations: unknown[] | null }; region: { longyanRedDrive: unknown; xiamenStats: unknown } }>(
      `{ estate(id: "${longyanEstate.id}") { xiamenBundle { id } xiamenDeliberations { id } } region(code: "350200") { longyanRedDrive { committees } xiamenStats { bundledEstates } } }`,
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.estate.xiamenBundle).toBeNull();
    expect(res.data!.estate.xiamenDeliberations ?? []).toEqual([]);
    expect(res.data!.region.longyanRedDrive).toBeNull();
    expect(res.data!.region.xiamenStats).not.toBeNull();
    // a 漳州 official sees none of 厦门's figures
    const zhangzhou = await signToken({ role: 'CITY_ADMIN', region: '350600' });
    const theirs = await request<{ region: { xiamenStats: unknown } }>('{ region(code: "350200") { xiamenStats { bundledEstates } } }', zhangzhou);
    expect(theirs.data?.region.xiamenStats ?? null).toBeNull();
  });
});
