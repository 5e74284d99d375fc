// Public revenue against real PostgreSQL, queried as the gateway queries it (`_entities` with the
// representations it would send): the figures from rows, counted independently (./testing/expected.ts),
// constant SQL for many regions and estates, the ranking, notices, tasks, supervisors, complaints.
import { generateProvince, generatePublicRevenue, PUBLIC_REVENUE_FIGURES, registryFacts, revenueCents, revenueYuan } from '@wuye/dataset';
import { signToken, sql } from '@wuye/kit';
import { startSubgraphStandIn, startSubgraphForTest, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import publicRevenue from './index.js';
import { countByKind, expectedFigures, expectedWarnings } from './testing/expected.js';
import { templateFingerprint } from './testing/fingerprint.js';

const { registry } = generateProvince();
const slice = generatePublicRevenue();
const NOW = new Date('2024-09-10T00:00:00+08:00');
const RULE = { lateAfterDays: 30, incomeDropShare: 0.5 };
let sub: SubgraphUnderTest;
let stub: SubgraphStandIn;
const registryAnswers = registryFacts(generateProvince().registry);

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryAnswers.resolve });
  sub = await startSubgraphForTest(publicRevenue, { fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url } });
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
const FIGURES = 'quarter deadline expected submitted publishedOnline onlineRate publishedOffline publishedBoth publishedOnTime onTimeRate warnings { kind count } warningsTotal depositsTotal deposits tasksOpen tasksClosed tasksOverdue complaints { state count } supervisors supervisorVisits';

async function regionFigures(codes: string[], args = '') {
  const data = await ok<{ _entities: { code: string; publicRevenue: Record<string, unknown> }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code publicRevenue${args} { ${FIGURES} } } } }`,
    { variables: { r: codes.map((code) => ({ __typename: 'Region', code })) } },
  );
  return data._entities.map((e) => e.publicRevenue);
}

/** the same figures, counted here from the generated rows */
function countedFromRows(code: string, quarter = '2024Q2') {
  const prefix = prefixOf(code);
  const figures = expectedFigures(prefix, quarter, NOW, RULE);
  const warnings = countByKind(expectedWarnings(NOW, RULE).filter((w) => w.regionCode.startsWith(prefix)));
  const deposits = slice.deposits.filter((d) => d.regionCode.startsWith(prefix));
  const tasks = slice.tasks.filter((t) => t.regionCode.startsWith(prefix));
  const complaints = slice.complaints.filter((c) => c.regionCode.startsWith(prefix));
  const rate = (n: number) => (figures.expected ? Math.round((n / figures.expected) * 10_000) / 10_000 : null);
  return {
    ...figures,
    onlineRate: rate(figures.publishedOnline),
    onTimeRate: rate(figures.publishedOnTime),
    warnings: Object.entries(warnings).map(([kind, count]) => ({ kind, count })),
    warningsTotal: Object.values(warnings).reduce((a, b) => a + b, 0),
    depositsTotal: revenueYuan(deposits.reduce((sum, d) => sum + revenueCents(d.amount), 0)),
    deposits: deposits.length,
    tasksOpen: tasks.filter((t) => t.status === 'OPEN').length,
    tasksClosed: tasks.filter((t) => t.status === 'CLOSED').length,
    tasksOverdue: tasks.filter((t) => t.status === 'OPEN' && t.deadline < '2024-09-10').length,
    complaints: ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED'].map((state) => ({ state, count: complaints.filter((c) => c.steps.at(-1)!.step === state).length })),
    supervisors: slice.supervisors.filter((s) => s.regionCode.startsWith(prefix)).length,
    supervisorVisits: slice.visits.filter((v) => v.regionCode.startsWith(prefix)).length,
  };
}

describe('Region.publicRevenue', () => {
  it('reproduces the seed\'s province figures from rows: 100% online for 2024Q2, 57 tasks, 72 supervisors, exactly 923,000,000.00 deposited', async () => {
    const [province] = await regionFigures(['350000']);
    expect(province).toMatchObject({
      quarter: '2024Q2',
      deadline: '2024-07-30',
      expected: slice.estates.length,
      publishedOnline: slice.estates.length,
      onlineRate: PUBLIC_REVENUE_FIGURES.latestQuarterOnlineRate,
      depositsTotal: '923000000.00',
      tasksOpen: PUBLIC_REVENUE_FIGURES.openTasks,
      tasksClosed: PUBLIC_REVENUE_FIGURES.tasks - PUBLIC_REVENUE_FIGURES.openTasks,
      supervisors: PUBLIC_REVENUE_FIGURES.supervisors,
    });
    expect(province).toEqual({ quarter: '2024Q2', deadline: '2024-07-30', ...countedFromRows('350000') });
  });

  it('gives a city and a county the figures counted from their rows, for the latest and an earlier quarter', async () => {
    const [xiamen, siming] = await regionFigures(['350200', '350203']);
    expect(xiamen).toEqual({ quarter: '2024Q2', deadline: '2024-07-30', ...countedFromRows('350200') });
    expect(siming).toEqual({ quarter: '2024Q2', deadline: '2024-07-30', ...countedFromRows('350203') });
    const [earlier] = await regionFigures(['350000'], '(quarter: "2023Q4")');
    expect(earlier).toEqual({ quarter: '2023Q4', deadline: '2024-01-30', ...countedFromRows('350000', '2023Q4') });
    expect(earlier!.onlineRate).toBeLessThan(1);
  });

  it('sums deposits exactly, in NUMERIC: the cities\' totals add up to the province\'s 923,000,000.00 to the fen', async () => {
    const cities = registry.regions.filter((r) => r.level === 'CITY').map((r) => r.code);
    const [province, ...byCity] = await regionFigures(['350000', ...cities]);
    expect(province!.depositsTotal).toBe('923000000.00');
    expect(byCity.every((c) => /^\d+\.\d{2}$/.test(c!.depositsTotal as string))).toBe(true);
    expect(revenueYuan(byCity.reduce((sum, c) => sum + revenueCents(c!.depositsTotal as string), 0))).toBe('923000000.00');
    expect(byCity.reduce((n, c) => n + (c!.deposits as number), 0)).toBe(slice.deposits.length);
  });

  it('takes the rule: a longer deadline counts more statements on time', async () => {
    const [lenient] = await regionFigures(['350000'], '(rule: { lateAfterDays: 60 })');
    const strict = countedFromRows('350000');
    expect(lenient!.publishedOnTime).toBe(expectedFigures('35', '2024Q2', NOW, { lateAfterDays: 60, incomeDropShare: 0.5 }).publishedOnTime);
    expect(lenient!.publishedOnTime).toBeGreaterThan(strict.publishedOnTime);
  });

  it('costs one SQL statement per level of the query, however many regions it lists', async () => {
    const cities = registry.regions.filter((r) => r.level === 'CITY').map((r) => r.code);
    const counties = registry.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code);
    for (const codes of [cities, counties]) {
      sub.statements.length = 0;
      await regionFigures(codes);
      expect(sub.statements).toHaveLength(1);
    }
  });

  it('refuses a quarter that has not ended and a share outside 0..1, naming the field', async () => {
    const future = await sub.query('{ _entities(representations: [{ __typename: "Region", code: "350000" }]) { ... on Region { publicRevenue(quarter: "2024Q3") { expected } } } }');
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    const share = await sub.query('{ _entities(representations: [{ __typename: "Region", code: "350000" }]) { ... on Region { publicRevenue(rule: { incomeDropShare: 1.5 }) { expected } } } }');
    expect(share.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('ranking', () => {
  it('ranks the cities by on-time rate for 2024Q2, as counted from rows', async () => {
    const data = await ok<{ publicRevenueRanking: { rank: number; regionCode: string; expected: number; publishedOnTime: number; onTimeRate: number; onlineRate: number }[] }>(
      '{ publicRevenueRanking(level: CITY) { rank regionCode expected publishedOnTime onTimeRate onlineRate } }',
    );
    const rows = data.publicRevenueRanking;
    expect(rows.map((r) => r.regionCode).sort()).toEqual(registry.regions.filter((r) => r.level === 'CITY').map((r) => r.code).sort());
    for (const r of rows) {
      const counted = expectedFigures(r.regionCode.slice(0, 4), '2024Q2', NOW, RULE);
      expect([r.expected, r.publishedOnTime, r.onlineRate]).toEqual([counted.expected, counted.publishedOnTime, 1]);
    }
    const exact = rows.map((r) => r.publishedOnTime / r.expected);
    for (let i = 1; i < rows.length; i++) {
      expect(exact[i]!).toBeLessThanOrEqual(exact[i - 1]!);
      expect(rows[i]!.rank).toBe(exact[i] === exact[i - 1] ? rows[i - 1]!.rank : i + 1);
    }
    expect(rows[0]!.rank).toBe(1);
  });

  it('ranks the counties of a city, and refuses counties within a county', async () => {
    const data = await ok<{ publicRevenueRanking: { regionCode: string }[] }>('{ publicRevenueRanking(level: COUNTY, regionCode: "350200", quarter: "2024Q1") { regionCode rank } }');
    expect(data.publicRevenueRanking.length).toBe(new Set(slice.estates.filter((e) => e.regionCode.startsWith('3502')).map((e) => e.regionCode.slice(0, 6))).size);
    const res = await sub.query('{ publicRevenueRanking(level: COUNTY, regionCode: "350203") { rank } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
  });
});

describe('ResidentialEstate.publicRevenue', () => {
  const LATEST = `publicRevenue { enrolled latestStatement { id quarter status incomeTotal expenseTotal balance incomeLines { incomeKind amount } expenseLines { expenseKind amount }
    publications { channel publishedAt } revisions { revisionNo hash } } latestPublication { channel publishedAt } warnings { kind quarter } depositsTotal }`;

  it('lists 1,000 estates\' latest statements for the same number of SQL statements as 10', async () => {
    const statements = async (n: number) => {
      sub.statements.length = 0;
      const data = await ok<{ _entities: { publicRevenue: { latestStatement: { quarter: string } | null } }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { ${LATEST} } } }`,
        { variables: { r: slice.estates.slice(0, n).map((e) => ({ __typename: 'ResidentialEstate', id: e.estateId })) } },
      );
      expect(data._entities).toHaveLength(n);
      expect(data._entities.every((e) => e.publicRevenue.latestStatement?.quarter === '2024Q2')).toBe(true);
      return sub.statements.length;
    };
    const few = await statements(10);
    expect(await statements(1000)).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });

  it('states what the rows say, to the cent', async () => {
    const statement = slice.statements.find((s) => s.quarter === '2024Q2' && s.revisions.length === 1 && s.revisions[0]!.lines.length >= 4)!;
    const data = await ok<{ _entities: { publicRevenue: { latestStatement: { incomeTotal: string; expenseTotal: string; balance: string; incomeLines: { amount: string }[] }; depositsTotal: string } }[] }>(
      `{ _entities(representations: [{ __typename: "ResidentialEstate", id: "${statement.estateId}" }]) { ... on ResidentialEstate { ${LATEST} } } }`,
    );
    const { latestStatement, depositsTotal } = data._entities[0]!.publicRevenue;
    const revision = statement.revisions[0]!;
    expect(latestStatement).toMatchObject({ incomeTotal: revision.incomeTotal, expenseTotal: revision.expenseTotal, balance: revision.balance });
    expect(latestStatement.incomeLines.map((l) => l.amount)).toEqual(revision.lines.filter((l) => l.direction === 'INCOME').map((l) => l.amount));
    expect(depositsTotal).toBe(revenueYuan(slice.deposits.filter((d) => d.estateId === statement.estateId).reduce((sum, d) => sum + revenueCents(d.amount), 0)));
  });
});

describe('PropertyCompany.publicRevenue', () => {
  it('gives a company\'s compliance over the estates it serves, counted from rows', async () => {
    const companyId = slice.estates[0]!.companyId;
    const mine = new Set(slice.estates.filter((e) => e.companyId === companyId).map((e) => e.estateId));
    const warned = new Set(expectedWarnings(NOW, RULE).filter((w) => mine.has(w.estateId)).map((w) => w.estateId));
    const data = await ok<{ _entities: { publicRevenue: Record<string, unknown> }[] }>(
      `{ _entities(representations: [{ __typename: "PropertyCompany", id: "${companyId}" }]) { ... on PropertyCompany { publicRevenue { estates compliantEstates expected publishedOnline onlineRate depositsTotal } } } }`,
    );
    expect(data._entities[0]!.publicRevenue).toEqual({
      estates: mine.size,
      compliantEstates: mine.size - warned.size,
      expected: mine.size,
      publishedOnline: mine.size,
      onlineRate: 1,
      depositsTotal: revenueYuan(slice.deposits.filter((d) => d.companyId === companyId).reduce((sum, d) => sum + revenueCents(d.amount), 0)),
    });
  });
});

describe('notices', () => {
  it('keeps each city\'s notices as issued: the warnings 45 days after each quarter, not today\'s', async () => {
    const data = await ok<{ publicRevenueNotices: { totalCount: number; edges: { node: { quarter: string; issuedAt: string; region: { code: string }; items: { kind: string; quarter: string; estate: { id: string } }[] } }[] } }>(
      '{ publicRevenueNotices(first: 100, filter: { regionCode: "350200" }) { totalCount edges { node { quarter issuedAt region { code } items { kind quarter estate { id } } } } } }',
    );
    expect(data.publicRevenueNotices.totalCount).toBe(slice.quarters.length);
    for (const { node } of data.publicRevenueNotices.edges) {
      const issued = new Date(node.issuedAt);
      const expected = expectedWarnings(issued, RULE).filter((w) => w.regionCode.startsWith('3502') && w.quarter <= node.quarter);
      expect(node.items.map((i) => `${i.estate.id}|${i.quarter}|${i.kind}`).sort()).toEqual(expected.map((w) => `${w.estateId}|${w.quarter}|${w.kind}`).sort());
    }
    const all = await ok<{ publicRevenueNotices: { totalCount: number } }>('{ publicRevenueNotices { totalCount } }');
    expect(all.publicRevenueNotices.totalCount).toBe(slice.quarters.length * 9);
  });

  it('issues a notice once per region and quarter: officials within their region; again is CONFLICT', async () => {
    const token = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const issue = (codes: string) => sub.query<{ issuePublicRevenueNotices: { region: { code: string }; quarter: string; expected: number; warnings: { kind: string; count: number }[] }[] }>(
      `mutation { issuePublicRevenueNotices(input: { quarter: "2024Q2", regionCodes: [${codes}] }) { region { code } quarter expected warnings { kind count } } }`,
      { token },
    );
    const first = await issue('"350203", "350206"');
    expect(first.errors).toBeUndefined();
    const siming = first.data!.issuePublicRevenueNotices[0]!;
    const counted = countByKind(expectedWarnings(NOW, RULE).filter((w) => w.regionCode.startsWith('350203') && w.quarter <= '2024Q2'));
    expect(siming.warnings).toEqual(Object.entries(counted).map(([kind, count]) => ({ kind, count })));
    expect((await issue('"350203"')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await issue('"350102"')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('tasks, supervisors, complaints', () => {
  it('lists the 57 tasks of the province and cities; 销号 needs evidence, once', async () => {
    const list = await ok<{ publicRevenueTasks: { totalCount: number } ; open: { totalCount: number; edges: { node: { id: string; region: { code: string } } }[] } }>(
      '{ publicRevenueTasks { totalCount } open: publicRevenueTasks(filter: { status: OPEN, regionCode: "350000" }, first: 100) { totalCount edges { node { id region { code } } } } }',
    );
    expect(list.publicRevenueTasks.totalCount).toBe(57);
    expect(list.open.totalCount).toBe(PUBLIC_REVENUE_FIGURES.openTasks);
    const task = list.open.edges[0]!.node;
    const token = await signToken({ role: task.region.code === '350000' ? 'PROVINCE_ADMIN' : 'CITY_ADMIN', region: task.region.code });
    const close = (evidence: string) => sub.query<{ closePublicRevenueTask: { status: string; evidence: string; closedOn: string } }>(`mutation { closePublicRevenueTask(input: { id: "${task.id}", evidence: "${evidence}" }) { status evidence closedOn } }`, { token });
    expect((await close('ok')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence' });
    expect((await close('整改报告已报省专班备案')).data!.closePublicRevenueTask).toEqual({ status: 'CLOSED', evidence: '整改报告已报省专班备案', closedOn: '2024-09-10' });
    expect((await close('整改报告已报省专班备案')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists 72 supervisors, masking names for the public', async () => {
    const data = await ok<{ publicRevenueSupervisors: { totalCount: number; edges: { node: { name: string; visits: number } }[] } }>('{ publicRevenueSupervisors(first: 100) { totalCount edges { node { name visits } } } }');
    expect(data.publicRevenueSupervisors.totalCount).toBe(72);
    expect(data.publicRevenueSupervisors.edges.every((e) => /^.\*+$/.test(e.node.name))).toBe(true);
    expect(data.publicRevenueSupervisors.edges.reduce((n, e) => n + e.node.visits, 0)).toBe(slice.visits.length);
  });

  it('shows complaints to officials only, complainants to officials over the region only', async () => {
    const query = '{ publicRevenueComplaints(first: 5, filter: { regionCode: "350200", source: PETITION }) { totalCount edges { node { complainantName steps { step at } } } } }';
    expect((await sub.query(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const owner = await signToken({ role: 'OWNER', region: '350203', estateId: slice.estates[0]!.estateId });
    expect((await sub.query(query, { token: owner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const xiamen = await ok<{ publicRevenueComplaints: { totalCount: number; edges: { node: { complainantName: string } }[] } }>(query, { token: await signToken({ role: 'CITY_ADMIN', region: '350200' }) });
    const expected = slice.complaints.filter((c) => c.regionCode.startsWith('3502') && c.source === 'PETITION');
    expect(xiamen.publicRevenueComplaints.totalCount).toBe(expected.length);
    expect(xiamen.publicRevenueComplaints.edges[0]!.node.complainantName).toBe(expected[0]!.complainantName);
    const fuzhou = await sub.query(query, { token: await signToken({ role: 'CITY_ADMIN', region: '350100' }) });
    expect(fuzhou.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('handles a complaint as a closed loop, each step once and in order', async () => {
    const token = await signToken({ role: 'COUNTY_ADMIN', region: '350203' });
    const estate = slice.estates.find((e) => e.regionCode.startsWith('350203'))!;
    const received = await ok<{ receivePublicRevenueComplaint: { id: string; state: string } }>(
      `mutation { receivePublicRevenueComplaint(input: { source: HOTLINE_12345, estateId: "${estate.estateId}", complainantName: "陈美玲", summary: "停车收益去向不明" }) { id state } }`,
      { token },
    );
    const id = received.receivePublicRevenueComplaint.id;
    const step = (s: string, extra = '') => sub.query<{ advancePublicRevenueComplaint: { state: string; steps: { step: string }[] } }>(`mutation { advancePublicRevenueComplaint(input: { id: "${id}", step: ${s}, note: "办理中"${extra} }) { state steps { step } } }`, { token });
    expect((await step('ANSWERED')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await step('ASSIGNED')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.department' });
    expect((await step('ASSIGNED', ', department: "住房和城乡建设局"')).data!.advancePublicRevenueComplaint.state).toBe('ASSIGNED');
    expect((await step('ANSWERED')).data!.advancePublicRevenueComplaint.state).toBe('ANSWERED');
    expect((await step('ANSWERED', ', substantiated: true')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.substantiated' });
    const closed = await step('CLOSED', ', substantiated: true');
    expect(closed.data!.advancePublicRevenueComplaint.steps.map((s) => s.step)).toEqual(['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED']);
    expect((await step('CLOSED', ', substantiated: false')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // the finding went out with the change, once: credit hears of it through the outbox
    const events = await sql<{ type: string; payload: Record<string, unknown> }>(sub.orm.em.fork(), `select type, payload from public_revenue.outbox_event where aggregate_id = ?`, [id]);
    expect(events).toEqual([{ type: 'public-revenue.ComplaintSubstantiated', payload: expect.objectContaining({ complaintId: id, estateId: estate.estateId, companyId: estate.companyId, source: 'HOTLINE_12345' }) }]);
  });
});
