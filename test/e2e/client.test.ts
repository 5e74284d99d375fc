// The typed client city teams install (@wuye/client) against the real federation: every operation it
// ships runs through the gateway and answers without errors, as text and through APQ (hash first); and
// a gateway that runs the client's own safelist manifest serves its operations by hash and nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateProvince } from '@wuye/dataset';
import { freePort, startChild, waitForHealthy } from '@wuye/tools';
import { signToken } from '@wuye/kit';
import {
  CompanyCreditDocument,
  createWuyeClient,
  CreditRankingDocument,
  EstatePageDocument,
  operationDocuments,
  ProvinceOverviewDocument,
  RankingsDocument,
  RegionDrillDownDocument,
  RegionTreeDocument,
  SearchRegulationsDocument,
} from '@wuye/client';
import { manifestJson, persistedQueryManifest } from '@wuye/client/manifest';
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

  it('runs in safelist mode against a gateway given the client\'s own manifest, which refuses any other text', async () => {
    const manifestPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'client-safelist-')), 'persisted-operations.json');
    fs.writeFileSync(manifestPath, manifestJson(persistedQueryManifest(operationDocuments)));
    // a second gateway process over the stack's supergraph, the way a deployment would run it
    const port = await freePort();
    const gateway = startChild('safelist-gateway', 'gateway/src/main.ts', { WUYE_GATEWAY_PORT: String(port), WUYE_SUPERGRAPH: inject('supergraphPath'), WUYE_SAFELIST: manifestPath }, () => {});
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/readyz`, gateway);
      const token = await signToken({ role: 'CITY_ADMIN', region: '350200' });
      const wuye = createWuyeClient({ url, token, persisted: 'safelist' });
      const overview = await wuye.request(ProvinceOverviewDocument, { code: '350200', rankingLevel: 'COUNTY' });
      expect(overview.region?.name).toBe('厦门市');
      expect(overview.publicRevenueRanking).toHaveLength(6);
      const page = await wuye.request(EstatePageDocument, { id: estate.id });
      expect(page.estate?.name).toBe(estate.name);
      // any text of its own — even an operation's text with one field more — is refused before it is parsed
      const texted = createWuyeClient({ url, token });
      const extended = { toString: () => EstatePageDocument.toString().replace('estate(id: $id) {', 'estate(id: $id) {\n    latitude') } as typeof EstatePageDocument;
      await expect(texted.request(extended, { id: estate.id })).rejects.toMatchObject({ code: 'OPERATION_NOT_IN_SAFELIST' });
    } finally {
      await gateway.stop();
      fs.rmSync(path.dirname(manifestPath), { recursive: true, force: true });
    }
  });
});
