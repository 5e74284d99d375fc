// Automatic warnings are derived from the rows and the request's clock, never stored: they appear when a
// deadline passes and disappear when the statement is published or corrected. The subgraph is served at
// several pinned clocks over the same demo data; every count is checked against one made independently
// from the generated rows (./testing/expected.ts).
import { generateProvince, generatePublicRevenue, registryFacts, revenueCents } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { startSubgraphStandIn, startSubgraphForTest, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import publicRevenue from './index.js';
import { countByKind, expectedWarnings } from './testing/expected.js';
import { templateFingerprint } from './testing/fingerprint.js';

const slice = generatePublicRevenue();
const RULE = { lateAfterDays: 30, incomeDropShare: 0.5 };
const CLOCKS = ['2024-07-15', '2024-08-05', '2024-09-10', '2024-11-05'] as const;
type Clock = (typeof CLOCKS)[number];
const at = (clock: Clock) => new Date(`${clock}T00:00:00+08:00`);
const served = new Map<Clock, SubgraphUnderTest>();
let stub: SubgraphStandIn;
const registryAnswers = registryFacts(generateProvince().registry);

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryAnswers.resolve });
  for (const clock of CLOCKS) served.set(clock, await startSubgraphForTest(publicRevenue, { fingerprint: templateFingerprint(), now: clock, subgraphUrls: { registry: stub.url } }));
}, 300_000);
afterAll(async () => {
  for (const sub of served.values()) await sub.close();
  await stub?.close();
});

async function ok<T>(clock: Clock, query: string, token?: string): Promise<T> {
  const res = await served.get(clock)!.query<T>(query, { token });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function provinceWarnings(clock: Clock, rule = ''): Promise<Record<string, number>> {
  const data = await ok<{ _entities: { publicRevenue: { warnings: { kind: string; count: number }[] } }[] }>(
    clock,
    `{ _entities(representations: [{ __typename: "Region", code: "350000" }]) { ... on Region { publicRevenue${rule} { warnings { kind count } } } } }`,
  );
  return Object.fromEntries(data._entities[0]!.publicRevenue.warnings.map((w) => [w.kind, w.count]));
}

async function estateWarnings(clock: Clock, estateId: string): Promise<string[]> {
  const data = await ok<{ _entities: { publicRevenue: { warnings: { kind: string; quarter: string }[] } }[] }>(
    clock,
    `{ _entities(representations: [{ __typename: "ResidentialEstate", id: "${estateId}" }]) { ... on ResidentialEstate { publicRevenue { warnings { kind quarter } } } } }`,
  );
  return data._entities[0]!.publicRevenue.warnings.map((w) => `${w.quarter} ${w.kind}`);
}

describe('warnings follow the clock', () => {
  it('match the rows at every clock, province-wide', async () => {
    for (const clock of CLOCKS) expect(await provinceWarnings(clock), clock).toEqual(countByKind(expectedWarnings(at(clock), RULE)));
  }, 120_000);

  it('list a county\'s warnings one by one, paged, as the rows say', async () => {
    const clock = '2024-09-10';
    const expected = expectedWarnings(at(clock), RULE).filter((w) => w.regionCode.startsWith('350203'));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: { publicRevenueWarnings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { kind: string; quarter: string; estate: { id: string } } }[] } } = await ok(
        clock,
        `{ publicRevenueWarnings(first: 7, ${after ? `after: "${after}", ` : ''}filter: { regionCode: "350203" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind quarter estate { id } } } } }`,
      );
      expect(data.publicRevenueWarnings.totalCount).toBe(expected.length);
      seen.push(...data.publicRevenueWarnings.edges.map((e) => `${e.node.estate.id}|${e.node.quarter}|${e.node.kind}`));
      if (!data.publicRevenueWarnings.pageInfo.hasNextPage) break;
      after = data.publicRevenueWarnings.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((w) => `${w.estateId}|${w.quarter}|${w.kind}`));
  });

  it('raise 2024Q2\'s one-channel warnings only once its deadline (07-30) has passed', async () => {
    const q2 = async (clock: Clock) =>
      (await ok<{ publicRevenueWarnings: { totalCount: number } }>(clock, '{ publicRevenueWarnings(filter: { regionCode: "350000", quarter: "2024Q2", kind: ONLINE_WITHOUT_OFFLINE }) { totalCount } }')).publicRevenueWarnings.totalCount;
    expect(await q2('2024-07-15')).toBe(0);
    const later = await q2('2024-09-10');
    expect(later).toBeGreaterThan(0);
    expect(later).toBe(slice.statements.filter((s) => s.quarter === '2024Q2' && !s.publications.some((p) => p.channel === 'OFFLINE')).length);
  });

  it('drop a late statement\'s warning once it is published: unpublished on 08-05, published by 09-10', async () => {
    const late = slice.statements.find((s) => s.quarter === '2024Q2' && s.publications.every((p) => p.publishedAt > '2024-08-05T00:00:00+08:00') && s.publications.length === 2)!;
    expect(await estateWarnings('2024-07-15', late.estateId)).not.toContain('2024Q2 NOT_PUBLISHED');
    expect(await estateWarnings('2024-08-05', late.estateId)).toContain('2024Q2 NOT_PUBLISHED');
    expect(await estateWarnings('2024-09-10', late.estateId)).not.toContain('2024Q2 NOT_PUBLISHED');
  });

  it('take the rule: a longer deadline and a larger share raise fewer warnings', async () => {
    const strict = await provinceWarnings('2024-08-05');
    const lenient = await provinceWarnings('2024-08-05', '(rule: { lateAfterDays: 60, incomeDropShare: 0.8 })');
    expect(lenient).toEqual(countByKind(expectedWarnings(at('2024-08-05'), { lateAfterDays: 60, incomeDropShare: 0.8 })));
    expect(lenient.NOT_PUBLISHED!).toBeLessThan(strict.NOT_PUBLISHED!);
    expect(lenient.INCOME_DROP!).toBeLessThan(strict.INCOME_DROP!);
  });
});

describe('warnings follow what companies do', () => {
  const estate = slice.estates[100]!;
  const q2 = slice.statements.find((s) => s.estateId === estate.estateId && s.quarter === '2024Q2')!;
  const q2Income = revenueCents(q2.revisions.at(-1)!.incomeTotal);
  const clock = '2024-11-05';
  let token: string;
  let statementId: string;

  it('raise NOT_PUBLISHED for 2024Q3 everywhere once 2024-10-30 has passed', async () => {
    token = await signToken({ role: 'COMPANY', region: estate.regionCode.slice(0, 6), companyId: estate.companyId });
    const counts = await provinceWarnings(clock);
    expect(counts.NOT_PUBLISHED).toBeGreaterThanOrEqual(slice.estates.length);
    expect(await estateWarnings(clock, estate.estateId)).toContain('2024Q3 NOT_PUBLISHED');
  });

  it('turn a submitted, unpublished statement with a collapsed income and a deficit into three warnings', async () => {
    // income below half of 2024Q2's, expenses above it
    const income = (q2Income / 100 / 4).toFixed(2);
    const res = await served.get(clock)!.query<{ submitPublicRevenueStatement: { id: string } }>(
      `mutation { submitPublicRevenueStatement(input: { estateId: "${estate.estateId}", quarter: "2024Q3", incomeLines: [{ kind: PARKING, amount: "${income}" }],
        expenseLines: [{ kind: MAINTENANCE, amount: "${(Number(income) + 500).toFixed(2)}", description: "电梯大修" }] }) { id } }`,
      { token },
    );
    expect(res.errors).toBeUndefined();
    statementId = res.data!.submitPublicRevenueStatement.id;
    expect((await estateWarnings(clock, estate.estateId)).filter((w) => w.startsWith('2024Q3')).sort()).toEqual(['2024Q3 INCOME_DROP', '2024Q3 NEGATIVE_BALANCE', '2024Q3 NOT_PUBLISHED']);
  });

  it('swap NOT_PUBLISHED for ONLINE_WITHOUT_OFFLINE when published online, and drop it once offline too', async () => {
    const publish = (channel: string) =>
      served.get(clock)!.query(`mutation { publishPublicRevenueStatement(input: { statementId: "${statementId}", revisionNo: 1, channel: ${channel}, location: "小区公告栏" }) { status } }`, { token });
    expect((await publish('ONLINE')).errors).toBeUndefined();
    expect((await estateWarnings(clock, estate.estateId)).filter((w) => w.startsWith('2024Q3')).sort()).toEqual(['2024Q3 INCOME_DROP', '2024Q3 NEGATIVE_BALANCE', '2024Q3 ONLINE_WITHOUT_OFFLINE']);
    expect((await publish('OFFLINE')).errors).toBeUndefined();
    expect((await estateWarnings(clock, estate.estateId)).filter((w) => w.startsWith('2024Q3')).sort()).toEqual(['2024Q3 INCOME_DROP', '2024Q3 NEGATIVE_BALANCE']);
  });

  it('clear the anomalies when a correction states the quarter right', async () => {
    const res = await served.get(clock)!.query(
      `mutation { correctPublicRevenueStatement(input: { statementId: "${statementId}", revisionNo: 1, reason: "补录漏报的停车收入，剔除应由维修资金列支的电梯大修",
        incomeLines: [{ kind: PARKING, amount: "${(q2Income / 100).toFixed(2)}" }], expenseLines: [{ kind: MANAGEMENT_SHARE, amount: "100.00" }] }) { revisionNo } }`,
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect((await estateWarnings(clock, estate.estateId)).filter((w) => w.startsWith('2024Q3'))).toEqual([]);
  });
});
