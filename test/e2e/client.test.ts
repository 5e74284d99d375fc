// The typed client city teams install (@wuye/client) against the real federation: every operation it
// ships runs through the gateway and answers without errors, as text and through APQ (hash first).
import { generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { CompanyCreditDocument, createWuyeClient, EstatePageDocument, ProvinceOverviewDocument, RegionDrillDownDocument, SearchRegulationsDocument } from '@wuye/client';
import { describe, expect, inject, it } from 'vitest';

const { registry } = generateProvince();
const estate = registry.estates.find((e) => e.regionCode.startsWith('350203') && e.companyId)!;

describe('@wuye/client against the gateway', () => {
  it('runs every shipped operation with typed data, as text and through APQ', async () => {
    const token = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    for (const persisted of ['text', 'apq'] as const) {
      const wuye = createWuyeClient({ url: inject('gatewayUrl'), token, persisted });
      const overview = await wuye.execute(ProvinceOverviewDocument, {});
      expect(overview.errors ?? []).toEqual([]);
      expect(overview.data?.region?.name).toBe('福建省');
      const drill = await wuye.execute(RegionDrillDownDocument, { code: '350203' });
      expect(drill.errors ?? []).toEqual([]);
      const page = await wuye.execute(EstatePageDocument, { id: estate.id });
      expect(page.errors ?? []).toEqual([]);
      expect(page.data?.estate?.name).toBe(estate.name);
      const credit = await wuye.execute(CompanyCreditDocument, { id: estate.companyId!, year: 2023 });
      expect(credit.errors ?? []).toEqual([]);
      const search = await wuye.execute(SearchRegulationsDocument, { query: '公共收益' });
      expect(search.errors ?? []).toEqual([]);
    }
  });

  it('surfaces the gateway\'s refusals by code', async () => {
    const wuye = createWuyeClient({ url: inject('gatewayUrl'), token: 'not-a-token' });
    await expect(wuye.request(ProvinceOverviewDocument, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
