// The typed client city teams install (@wuye/client) against the real federation: every operation it
// ships runs through the gateway and answers without errors, as text and through APQ (hash first).
import { generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import {
  CompanyCreditDocument,
  createWuyeClient,
  CreditRankingDocument,
  EstatePageDocument,
  ProvinceOverviewDocument,
  RankingsDocument,
  RegionDrillDownDocument,
  RegionTreeDocument,
  SearchRegulationsDocument,
} from '@wuye/client';
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
      const tree = await wuye.execute(RegionTreeDocument, {});
      expect(tree.errors ?? []).toEqual([]);
      expect(tree.data?.region?.children).toHaveLength(9); // Fujian's nine cities
      const rankings = await wuye.execute(RankingsDocument, {});
      expect(rankings.errors ?? []).toEqual([]);
      expect(rankings.data?.cities).toHaveLength(9);
      const companies = await wuye.execute(CreditRankingDocument, { year: rankings.data!.region!.credit.year, first: 5 });
      expect(companies.errors ?? []).toEqual([]);
      expect(companies.data?.creditRanking?.entries.edges.map((e) => e.node.provinceRank)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('surfaces the gateway\'s refusals by code', async () => {
    const wuye = createWuyeClient({ url: inject('gatewayUrl'), token: 'not-a-token' });
    await expect(wuye.request(ProvinceOverviewDocument, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
