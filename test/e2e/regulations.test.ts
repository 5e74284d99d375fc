// Regulations through the gateway: the seed's 111 local policies of 2023 from row-level data, Chinese
// search, and queries that join registry and regulations (a region's coverage beside its policies, an
// estate's governing rules through @requires, a document's issuing region).
import { generateRegulations } from '@wuye/dataset';
import { describe, expect, it } from 'vitest';
import { query } from './gateway-client.js';

const { documents } = generateRegulations();

const CITY = /^35\d\d00$/;

describe('regulations through the gateway', () => {
  it('counts 111 local policies issued in 2023, from the rows the API lists and in its statistics', async () => {
    // row level: every published Fujian document, paged, counted here
    const issued: { regionCode: string; issuedOn: string | null }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data: { regulations: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { regionCode: string; issuedOn: string | null } }[] } } = await query(
        'query($after: String) { regulations(first: 200, after: $after, filter: { issuedIn: "350000" }) { pageInfo { hasNextPage endCursor } edges { node { regionCode issuedOn } } } }',
        undefined,
        { after },
      );
      issued.push(...data.regulations.edges.map((e) => e.node));
      if (!data.regulations.pageInfo.hasNextPage) break;
      after = data.regulations.pageInfo.endCursor;
    }
    const local2023 = issued.filter((d) => CITY.test(d.regionCode) && d.regionCode !== '350000' && d.issuedOn?.startsWith('2023'));
    expect(local2023).toHaveLength(111);
    expect(local2023.length).toBe(documents.filter((d) => d.regionCode && d.regionCode !== '350000' && d.versions[0]!.issuedOn?.startsWith('2023')).length);
    // the statistics agree
    const data = await query<{ region: { regulations: { issuedInYear: { localPolicies: number } } } }>('{ region(code: "350000") { regulations { issuedInYear(year: 2023) { localPolicies } } } }');
    expect(data.region.regulations.issuedInYear.localPolicies).toBe(111);
  });

  it('searches Chinese text, exact phrases first, with highlighted snippets', async () => {
    const data = await query<{ searchRegulations: { totalCount: number; edges: { node: { exact: boolean; snippet: string; document: { title: string } } }[] } }>(
      '{ searchRegulations(query: "维修资金使用", first: 50) { totalCount edges { node { exact snippet document { title } } } } }',
    );
    const hits = data.searchRegulations.edges.map((e) => e.node);
    expect(hits[0]!.exact).toBe(true);
    expect(hits[0]!.snippet).toContain('【维修资金使用】');
    const firstNear = hits.findIndex((h) => !h.exact);
    expect(firstNear).toBeGreaterThan(0);
    expect(hits.slice(firstNear).every((h) => !h.exact)).toBe(true);
  });

  it('answers a region\'s coverage (registry) beside its policies (regulations) in one query', async () => {
    const data = await query<{ region: { name: string; coverage: { estates: number }; regulations: { inForce: number; issuedInYear: { newDocuments: number }; documents: { edges: { node: { title: string; regionCode: string | null; region: { name: string } | null } }[] } } } }>(
      `{ region(code: "350200") { name coverage { estates }
          regulations { inForce issuedInYear(year: 2023) { newDocuments }
            documents(scope: ISSUED_HERE, first: 3) { edges { node { title regionCode region { name } } } } } } }`,
    );
    const xiamen = documents.filter((d) => d.regionCode === '350200');
    expect(data.region).toMatchObject({ name: '厦门市', regulations: { inForce: xiamen.filter((d) => d.status === 'IN_FORCE').length } });
    expect(data.region.coverage.estates).toBeGreaterThan(1000);
    expect(data.region.regulations.issuedInYear.newDocuments).toBe(xiamen.filter((d) => d.versions[0]!.issuedOn?.startsWith('2023')).length);
    expect(data.region.regulations.documents.edges.every((e) => e.node.regionCode === '350200' && e.node.region?.name === '厦门市')).toBe(true);
  });

  it('gives an estate the rules that govern its public revenue, its region taken from registry (@requires)', async () => {
    const data = await query<{ estate: { name: string; regionCode: string; governingRules: { label: string; text: string; document: { title: string; regionCode: string | null } }[] } }>(
      '{ estate(id: "E000001") { name regionCode governingRules(topics: ["PUBLIC_REVENUE"], first: 100) { label text document { title regionCode } } } }',
    );
    const { estate } = data;
    const city = `${estate.regionCode.slice(0, 4)}00`;
    expect(estate.governingRules.length).toBeGreaterThan(3);
    expect(estate.governingRules[0]!.document.title).toBe('中华人民共和国民法典');
    expect(estate.governingRules.every((r) => [null, '350000', city].includes(r.document.regionCode))).toBe(true);
    expect(estate.governingRules.some((r) => r.text.includes('公共收益'))).toBe(true);
  });

  it('answers the README\'s example query', async () => {
    const data = await query<{
      regulation: { title: string; compare: { added: number; removed: number; modified: number }; article: { text: string; version: { label: string } } };
      region: { name: string; regulations: { issuedInYear: { newDocuments: number } } };
      estate: { governingRules: { label: string }[] };
    }>(`{ regulation(id: "RD0003") { title compare { added removed modified changes(kinds: [ADDED, MODIFIED]) { after { label text } segments { kind text } } }
                                    article(number: 3, asOf: "2023-08-15") { text version { label } } }
         region(code: "350200") { name coverage { estates } regulations { inForce draftsInProgress issuedInYear(year: 2023) { newDocuments } } }
         estate(id: "E000001") { name governingRules(topics: ["PUBLIC_REVENUE"], first: 3) { label text document { title } } } }`);
    expect(data.regulation).toMatchObject({ title: '福建省物业管理条例', compare: { added: 5, removed: 1, modified: 8 }, article: { version: { label: '2018年修订' } } });
    expect(data.estate.governingRules).toHaveLength(3);
  });
});
