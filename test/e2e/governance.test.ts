// Governance (基层治理) through the gateway: the seed's figures — 35 / 41 / 17 counties, 355 disputes
// mediated in 2023, 12 complete-community pilots — from row-level data, for the province and for 厦门
// counted here independently from the demo data; and governance joined with registry and safety in one
// request, as the README shows it.
import { generateGovernance, generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { describe, expect, it } from 'vitest';
import { query, request } from './gateway-client.js';

const { registry } = generateProvince();
const slice = generateGovernance();
const TODAY = '2024-09-10'; // the demo clock
const prefixOf = (code: string) => (code === '350000' ? '35' : code.slice(0, 4));

function counted(code: string) {
  const p = prefixOf(code);
  const counties = (m: string) => slice.gridIntegrations.filter((g) => g.milestone === m && g.countyCode.startsWith(p) && g.achievedOn <= TODAY).length;
  return {
    grid: { gridsMerged: counties('GRID_MERGED'), whistleReport: counties('WHISTLE_REPORT'), platformsConnected: counties('PLATFORM_CONNECTED') },
    mediations: { agreements: slice.mediations.filter((m) => m.regionCode.startsWith(p) && m.state === 'AGREEMENT' && m.concludedOn?.startsWith('2023')).length },
    pilots: slice.pilots.filter((x) => x.communityCode.startsWith(p)).length,
  };
}

const FIGURES = 'governance { grid { gridsMerged whistleReport platformsConnected } mediations(year: 2023) { agreements } pilots }';

describe('governance through the gateway', () => {
  it('reproduces 35 / 41 / 17, 355 and 12 for the province from rows, and 厦门\'s counted independently', async () => {
    const data = await query<{ province: { governance: unknown }; xiamen: { governance: unknown } }>(`{ province: region(code: "350000") { ${FIGURES} } xiamen: region(code: "350200") { ${FIGURES} } }`);
    expect(data.province.governance).toEqual({ grid: { gridsMerged: 35, whistleReport: 41, platformsConnected: 17 }, mediations: { agreements: 355 }, pilots: 12 });
    expect(data.province.governance).toEqual(counted('350000'));
    expect(data.xiamen.governance).toEqual(counted('350200'));
  });

  it('joins governance with registry and safety for a page of estates in one request', async () => {
    const token = await signToken({ role: 'COUNTY_ADMIN', region: '350203' });
    const data = await query<{ estates: { totalCount: number; edges: { node: { name: string; company: { name: string } | null; safety: { inspections: number }; governance: { mattersRaised: number; mediations: number } } }[] } }>(
      `{ estates(first: 20, filter: { regionCode: "350203" }) { totalCount edges { node { name company { name } safety { inspections openFindings } governance { mattersRaised mattersSettled mediations enforcementActions } } } } }`,
      token,
    );
    expect(data.estates.totalCount).toBe(registry.estates.filter((e) => e.regionCode.startsWith('350203')).length);
    const names = new Set(registry.estates.filter((e) => e.regionCode.startsWith('350203')).map((e) => e.name));
    for (const { node } of data.estates.edges) {
      expect(names.has(node.name)).toBe(true);
      expect(node.governance.mattersRaised).toBeGreaterThanOrEqual(0);
      expect(typeof node.safety.inspections).toBe('number');
    }
    const raised = data.estates.edges.reduce((n, e) => n + e.node.governance.mattersRaised, 0);
    expect(raised).toBeGreaterThan(0);
  });

  it('shows the public the mediation figures but not the cases and their parties', async () => {
    const list = await request('{ governanceMediations(first: 5) { edges { node { id } } } }');
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const figures = await query<{ region: { governance: { mediations: { agreements: number } } } }>('{ region(code: "350000") { governance { mediations(year: 2023) { agreements } } } }');
    expect(figures.region.governance.mediations.agreements).toBe(355);
  });
});
