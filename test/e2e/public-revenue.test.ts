// Public revenue through the gateway: the seed's figures (100% online for the latest quarter, 57 tasks,
// 72 supervisors, 923,000,000.00 deposited) from row-level data; registry and public revenue in one
// request; the owners' query and the province ranking of the README; a company writing through the
// gateway, checked against the real registry (which company serves which estate).
import { generateProvince, generatePublicRevenue, revenueCents, revenueYuan } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { describe, expect, it } from 'vitest';
import { query, request } from './gateway-client.js';
import { countByKind, expectedFigures, expectedWarnings } from '../../packages/public-revenue/src/testing/expected.js';

const { registry } = generateProvince();
const slice = generatePublicRevenue();
const NOW = new Date('2024-09-10T00:00:00+08:00');
const RULE = { lateAfterDays: 30, incomeDropShare: 0.5 };

describe('public revenue through the gateway', () => {
  it('reproduces the seed\'s province figures from the rows: 100% online in 2024Q2, 57 tasks, 72 supervisors, 923,000,000.00 deposited', async () => {
    const data = await query<{ region: { name: string; publicRevenue: Record<string, unknown> & { warnings: { kind: string; count: number }[] } } }>(
      `{ region(code: "350000") { name publicRevenue { quarter expected publishedOnline onlineRate publishedOnTime depositsTotal deposits tasksOpen tasksClosed supervisors supervisorVisits warnings { kind count } } } }`,
    );
    const figures = expectedFigures('35', '2024Q2', NOW, RULE);
    expect(data.region.publicRevenue).toEqual({
      quarter: '2024Q2',
      expected: slice.estates.length,
      publishedOnline: slice.estates.length,
      onlineRate: 1,
      publishedOnTime: figures.publishedOnTime,
      depositsTotal: revenueYuan(slice.deposits.reduce((sum, d) => sum + revenueCents(d.amount), 0)),
      deposits: slice.deposits.length,
      tasksOpen: slice.tasks.filter((t) => t.status === 'OPEN').length,
      tasksClosed: slice.tasks.filter((t) => t.status === 'CLOSED').length,
      supervisors: 72,
      supervisorVisits: slice.visits.length,
      warnings: Object.entries(countByKind(expectedWarnings(NOW, RULE))).map(([kind, count]) => ({ kind, count })),
    });
    expect(data.region.publicRevenue.depositsTotal).toBe('923000000.00');
    expect(data.region.publicRevenue.tasksOpen as number + (data.region.publicRevenue.tasksClosed as number)).toBe(57);
  });

  it('gives every city its own figures, adding up to the province\'s, with registry\'s names in the same request', async () => {
    const data = await query<{ region: { children: { code: string; name: string; coverage: { estates: number }; publicRevenue: { expected: number; publishedOnTime: number; depositsTotal: string } }[] } }>(
      '{ region(code: "350000") { children { code name coverage { estates } publicRevenue { expected publishedOnTime depositsTotal } } } }',
    );
    const cities = data.region.children;
    expect(cities).toHaveLength(9);
    for (const city of cities) {
      expect(city.publicRevenue.expected).toBe(slice.estates.filter((e) => e.regionCode.startsWith(city.code.slice(0, 4))).length);
      expect(city.publicRevenue.expected).toBeLessThanOrEqual(city.coverage.estates);
    }
    expect(revenueYuan(cities.reduce((sum, c) => sum + revenueCents(c.publicRevenue.depositsTotal), 0))).toBe('923000000.00');
  });

  it('answers the README\'s province ranking: cities by on-time publication rate', async () => {
    const data = await query<{ publicRevenueRanking: { rank: number; region: { name: string }; onTimeRate: number; onlineRate: number; expected: number; publishedOnTime: number }[] }>(
      '{ publicRevenueRanking(level: CITY, quarter: "2024Q2") { rank region { name } expected publishedOnTime onTimeRate onlineRate } }',
    );
    const ranking = data.publicRevenueRanking;
    expect(ranking).toHaveLength(9);
    expect(ranking.every((r) => r.onlineRate === 1 && r.region.name.endsWith('市'))).toBe(true);
    for (let i = 1; i < ranking.length; i++) expect(ranking[i]!.publishedOnTime / ranking[i]!.expected).toBeLessThanOrEqual(ranking[i - 1]!.publishedOnTime / ranking[i - 1]!.expected);
  });

  it('answers the README\'s owners\' query: an owner sees the estate\'s published statements and their history, the public the latest revision only', async () => {
    const corrected = slice.statements.find((s) => s.revisions.length === 2 && s.publications.some((p) => p.revisionNo === 2))!;
    const estate = registry.estates.find((e) => e.id === corrected.estateId)!;
    const owner = await signToken({ role: 'OWNER', region: estate.regionCode.slice(0, 6), estateId: estate.id });
    const q = `{ estate(id: "${estate.id}") { name company { name } publicRevenue { statements(quarter: "${corrected.quarter}") { quarter status incomeTotal balance
      publications { channel publishedAt } revisions { revisionNo reason incomeTotal createdAt } } warnings { kind quarter } } } }`;
    type Answer = { estate: { name: string; company: { name: string }; publicRevenue: { statements: { revisions: { revisionNo: number; reason: string | null; incomeTotal: string }[]; incomeTotal: string }[] } } };
    const owners = (await query<Answer>(q, owner)).estate;
    expect(owners.name).toBe(estate.name);
    expect(owners.publicRevenue.statements[0]!.revisions.map((r) => [r.revisionNo, r.reason, r.incomeTotal])).toEqual(corrected.revisions.map((r) => [r.revisionNo, r.reason, r.incomeTotal]));
    const publicView = (await query<Answer>(q)).estate;
    expect(publicView.publicRevenue.statements[0]!.revisions.map((r) => r.revisionNo)).toEqual([2]);
    expect(publicView.publicRevenue.statements[0]!.incomeTotal).toBe(corrected.revisions[1]!.incomeTotal);
  });

  it('joins registry and public revenue for a page of estates', async () => {
    const data = await query<{ estates: { edges: { node: { id: string; company: { id: string; publicRevenue: { estates: number } } | null; publicRevenue: { enrolled: boolean; latestStatement: { quarter: string } | null } } }[] } }>(
      '{ estates(first: 50, filter: { regionCode: "350203" }) { edges { node { id name company { id name publicRevenue { estates onlineRate complianceRate } } publicRevenue { enrolled latestStatement { quarter balance } latestPublication { channel } } } } } }',
    );
    for (const { node } of data.estates.edges) {
      expect(node.publicRevenue.enrolled).toBe(node.company !== null);
      if (node.company) expect(node.publicRevenue.latestStatement?.quarter).toBe('2024Q2');
    }
  });

  it('lets the serving company submit and publish through the gateway — the registry says which company that is', async () => {
    const enrolled = slice.estates[500]!;
    const county = registry.companies.find((c) => c.id === enrolled.companyId)!.regionCode;
    const token = await signToken({ role: 'COMPANY', region: county, companyId: enrolled.companyId });
    const submitted = await query<{ submitPublicRevenueStatement: { id: string; status: string; incomeTotal: string; company: { name: string } } }>(
      `mutation { submitPublicRevenueStatement(input: { estateId: "${enrolled.estateId}", quarter: "2023Q2", incomeLines: [{ kind: PARKING, amount: "8000.10" }, { kind: ADVERTISING, amount: "1999.90" }],
        expenseLines: [{ kind: MAINTENANCE, amount: "2500" }] }) { id status incomeTotal company { name } } }`,
      token,
    );
    expect(submitted.submitPublicRevenueStatement).toMatchObject({ status: 'DRAFT', incomeTotal: '10000.00', company: { name: registry.companies.find((c) => c.id === enrolled.companyId)!.name } });
    const published = await query<{ publishPublicRevenueStatement: { status: string } }>(
      `mutation { publishPublicRevenueStatement(input: { statementId: "${submitted.submitPublicRevenueStatement.id}", revisionNo: 1, channel: ONLINE }) { status } }`,
      token,
    );
    expect(published.publishPublicRevenueStatement.status).toBe('PUBLISHED');
    const chain = await query<{ publicRevenueChain: { valid: boolean } }>(`{ publicRevenueChain(estateId: "${enrolled.estateId}") { valid } }`, token);
    expect(chain.publicRevenueChain.valid).toBe(true);

    const other = slice.estates.find((e) => e.companyId !== enrolled.companyId)!;
    const refused = await request(`mutation { submitPublicRevenueStatement(input: { estateId: "${other.estateId}", quarter: "2023Q2", incomeLines: [{ kind: PARKING, amount: "1.00" }], expenseLines: [] }) { id } }`, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await request(`mutation { submitPublicRevenueStatement(input: { estateId: "E999999", quarter: "2023Q2", incomeLines: [{ kind: PARKING, amount: "1.00" }], expenseLines: [] }) { id } }`, token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
