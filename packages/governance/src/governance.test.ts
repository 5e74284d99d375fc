// Governance against real PostgreSQL, queried as the gateway queries it (`_entities` with the
// representations it would send): the seed's figures from rows (35 / 41 / 17 counties, 355 mediations
// resolved in 2023, 12 pilots) counted here independently from the dataset slice, a constant number of
// SQL statements for many regions and estates, and what the public may see.
import { generateGovernance, generateProvince, GOVERNANCE_FIGURES, registryFacts } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { startSubgraphForTest, startSubgraphStandIn, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import governance from './index.js';
import { templateFingerprint } from './testing/fingerprint.js';

const { registry } = generateProvince();
const slice = generateGovernance();
let sub: SubgraphUnderTest;
let stub: SubgraphStandIn;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryFacts(registry).resolve });
  sub = await startSubgraphForTest(governance, { fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url } });
  tokens.province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000', subject: 'prov-1' });
  tokens.xiamen = await signToken({ role: 'CITY_ADMIN', region: '350200', subject: 'xm-1' });
  tokens.owner = await signToken({ role: 'OWNER', region: '350203', subject: 'owner-1', estateId: 'E000001' });
}, 300_000);
afterAll(async () => {
  await sub?.close();
  await stub?.close();
});

async function ok<T>(query: string, options: { variables?: Record<string, unknown>; token?: string } = {}): Promise<T> {
  const res = await sub.query<T>(query, options);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const prefixOf = (code: string) => (code === '350000' ? '35' : code.endsWith('00') ? code.slice(0, 4) : code);
const REGION = `governance { grid { gridsMerged whistleReport platformsConnected } mediations(year: 2023) { year agreements noAgreement returnedToCourt referred }
  deliberation { raised settled byLevel { level settled share } } pilots pilotEstates renovationProjects enforcementActions jointMeetings resolutionsOverdue }`;

async function regions(codes: string[], token?: string) {
  const data = await ok<{ _entities: { code: string; governance: Record<string, any> }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code ${REGION} } } }`,
    { variables: { r: codes.map((code) => ({ __typename: 'Region', code })) }, token },
  );
  return data._entities.map((e) => e.governance);
}

/** the same figures, counted here from the slice's rows */
function counted(code: string, today = '2024-09-10') {
  const p = prefixOf(code);
  const counties = (m: string) => slice.gridIntegrations.filter((g) => g.milestone === m && g.countyCode.startsWith(p) && g.achievedOn <= today).length;
  const cases = slice.mediations.filter((m) => m.regionCode.startsWith(p));
  const in2023 = (d: string | null) => !!d && d.startsWith('2023') && d <= today;
  const matters = slice.matters.filter((m) => m.regionCode.startsWith(p) && m.raisedOn <= today);
  const settled = matters.filter((m) => m.settledOn && m.settledOn <= today);
  const pilots = slice.pilots.filter((x) => x.communityCode.startsWith(p));
  return {
    grid: { gridsMerged: counties('GRID_MERGED'), whistleReport: counties('WHISTLE_REPORT'), platformsConnected: counties('PLATFORM_CONNECTED') },
    mediations: {
      year: 2023,
      agreements: cases.filter((m) => m.state === 'AGREEMENT' && in2023(m.concludedOn)).length,
      noAgreement: cases.filter((m) => m.state !== 'AGREEMENT' && in2023(m.concludedOn)).length,
      returnedToCourt: cases.filter((m) => in2023(m.returnedOn)).length,
      referred: cases.filter((m) => in2023(m.referredOn)).length,
    },
    deliberation: {
      raised: matters.length,
      settled: settled.length,
      byLevel: (['ESTATE', 'COMMUNITY', 'STREET'] as const).map((level) => {
        const n = settled.filter((m) => m.settledLevel === level).length;
        return { level, settled: n, share: settled.length ? Math.round((n / settled.length) * 10_000) / 10_000 : null };
      }),
    },
    pilots: pilots.length,
    pilotEstates: pilots.reduce((n, x) => n + x.estateIds.length, 0),
    renovationProjects: slice.renovations.filter((r) => r.regionCode.startsWith(p) && r.startedOn <= today).length,
    enforcementActions: slice.enforcement.filter((a) => a.regionCode.startsWith(p) && a.foundOn <= today).length,
    jointMeetings: slice.jointMeetings.filter((m) => m.streetCode.startsWith(p) && m.heldOn <= today).length,
    resolutionsOverdue: slice.jointMeetings.filter((m) => m.streetCode.startsWith(p) && m.heldOn <= today).flatMap((m) => m.resolutions).filter((r) => (!r.doneOn || r.doneOn > today) && r.deadline < today).length,
  };
}

describe('Region.governance', () => {
  it('reproduces the seed\'s province figures from rows: 35 / 41 / 17 counties, 355 resolved in 2023, 12 pilots', async () => {
    const [province] = await regions(['350000']);
    expect(province).toMatchObject({
      grid: { gridsMerged: 35, whistleReport: 41, platformsConnected: 17 },
      mediations: { year: 2023, agreements: GOVERNANCE_FIGURES.mediationsResolved },
      pilots: GOVERNANCE_FIGURES.pilots,
    });
    expect(province).toEqual(counted('350000'));
  });

  it('gives a city and a county the figures counted from their rows, for the public too', async () => {
    const [xiamen, siming] = await regions(['350200', '350203']);
    expect(xiamen).toEqual(counted('350200'));
    expect(siming).toEqual(counted('350203'));
    expect(xiamen!.grid.whistleReport).toBeGreaterThan(0);
  });

  it('sums the cities to the province', async () => {
    const cities = registry.regions.filter((r) => r.level === 'CITY').map((r) => r.code);
    const figures = await regions(cities);
    const sum = (f: (g: Record<string, any>) => number) => figures.reduce((n, g) => n + f(g), 0);
    expect([sum((g) => g.grid.gridsMerged), sum((g) => g.grid.whistleReport), sum((g) => g.grid.platformsConnected), sum((g) => g.mediations.agreements), sum((g) => g.pilots)]).toEqual([35, 41, 17, 355, 12]);
  });

  it('costs one SQL statement for all cities (and one more for a year\'s mediations), however many regions', async () => {
    const cities = registry.regions.filter((r) => r.level === 'CITY').map((r) => r.code);
    const counties = registry.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code);
    for (const codes of [cities, counties]) {
      sub.statements.length = 0;
      await regions(codes);
      expect(sub.statements).toHaveLength(2);
    }
  });
});

describe('ResidentialEstate.governance', () => {
  const SUMMARY = `governance { mattersRaised mattersSettled mediations mediationsResolved enforcementActions enforcementPending pilot { id centre { name } } renovation { id trial { decision } }
    matters { id settledLevel } enforcement { id outcome } mediationCases { id parties { side name } } }`;
  const estates = (ids: string[], token?: string) =>
    ok<{ _entities: { id: string; governance: Record<string, any> }[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { id ${SUMMARY} } } }`, {
      variables: { r: ids.map((id) => ({ __typename: 'ResidentialEstate', id })) },
      token,
    });

  it('lists 1,000 estates with their governance in as many SQL statements as 10', async () => {
    // both lists hold an estate of a pilot, a renovation and a mediation, so every loader runs in both
    const first = [slice.pilots[0]!.estateIds[0]!, slice.renovations[0]!.estateIds[0]!, slice.mediations[0]!.estateId];
    const ids = [...new Set([...first, ...registry.estates.map((e) => e.id)])];
    sub.statements.length = 0;
    await estates(ids.slice(0, 10), tokens.province);
    const few = sub.statements.length;
    sub.statements.length = 0;
    const many = await estates(ids.slice(0, 1000), tokens.province);
    expect(sub.statements.length).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
    const counts = new Map<string, number>();
    for (const m of slice.matters) if (m.raisedOn <= '2024-09-10') counts.set(m.estateId, (counts.get(m.estateId) ?? 0) + 1);
    for (const e of many._entities) expect(e.governance.mattersRaised).toBe(counts.get(e.id) ?? 0);
  });

  it('shows the public counts, never cases nor parties\' names', async () => {
    const withCase = slice.mediations.find((m) => m.state === 'AGREEMENT')!;
    const [publicView] = (await estates([withCase.estateId]))._entities;
    expect(publicView!.governance.mediations).toBeGreaterThan(0);
    expect(publicView!.governance.mediationCases).toEqual([]);
    const [official] = (await estates([withCase.estateId], tokens.province))._entities;
    const names = official!.governance.mediationCases.flatMap((c: { parties: { name: string }[] }) => c.parties.map((p) => p.name));
    expect(names).toContain(withCase.parties[0]!.name);
  });

  it('serves the pilot\'s estates their pilot and 党群服务中心', async () => {
    const pilot = slice.pilots[0]!;
    const [e] = (await estates([pilot.estateIds[0]!]))._entities;
    expect(e!.governance.pilot).toEqual({ id: pilot.id, centre: { name: pilot.centreName } });
  });
});

describe('who sees mediations', () => {
  it('asks the public to sign in and gives an owner nothing', async () => {
    const anonymous = await sub.query('{ governanceMediations(first: 1) { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const owner = await ok<{ governanceMediations: { totalCount: number } }>('{ governanceMediations(first: 1) { totalCount } }', { token: tokens.owner });
    expect(owner.governanceMediations.totalCount).toBe(0);
  });

  it('gives a city admin its city\'s cases and a mediator their own, with names', async () => {
    const xm = await ok<{ governanceMediations: { totalCount: number } }>('{ governanceMediations(first: 1) { totalCount } }', { token: tokens.xiamen });
    expect(xm.governanceMediations.totalCount).toBe(slice.mediations.filter((m) => m.regionCode.startsWith('3502')).length);
    const mediator = slice.mediators.find((m) => m.regionCode === '350200')!;
    const token = await signToken({ role: 'STREET_STAFF', region: '350203001', subject: mediator.subject });
    const mine = await ok<{ governanceMediations: { totalCount: number; edges: { node: { mediator: { id: string }; parties: { name: string | null }[] } }[] } }>(
      '{ governanceMediations(first: 5) { totalCount edges { node { mediator { id } parties { name } } } } }',
      { token },
    );
    const own = slice.mediations.filter((m) => m.mediatorId === mediator.id || m.regionCode.startsWith('350203001'));
    expect(mine.governanceMediations.totalCount).toBe(own.length);
    expect(mine.governanceMediations.edges.every((e) => e.node.parties.every((p) => p.name !== null))).toBe(true);
  });
});
