// Credit against real PostgreSQL, queried as the gateway queries it (`_entities` with representations):
// scores recounted independently from the event rows, explanations that add up, rule-set versions,
// domain events handled once, frozen published results and corrections, deterministic ranks, who may
// see and write what, and a constant number of SQL statements for many companies and regions.
import { randomUUID } from 'node:crypto';
import { creditGradesOf, generateCredit, generateProvince, registryFacts } from '@wuye/dataset';
import { processEvent, signToken, type DomainEvent } from '@wuye/kit';
import { startSubgraphStandIn, startSubgraphForTest, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import credit, { creditSubscription } from './index.js';
import { RuleSetDocument } from './rules/document.js';
import { expectedScore } from './testing/expected.js';
import { templateFingerprint } from './testing/fingerprint.js';

const { registry } = generateProvince();
const slice = generateCredit();
const RULES = RuleSetDocument.parse(slice.ruleSets[0]!.document);
let sub: SubgraphUnderTest;
let stub: SubgraphStandIn;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryFacts(generateProvince().registry).resolve });
  sub = await startSubgraphForTest(credit, { fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url } });
  tokens.province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000', subject: 'prov-1' });
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
async function code(query: string, options: { variables?: Record<string, unknown>; token?: string } = {}): Promise<unknown> {
  const res = await sub.query(query, options);
  return res.errors?.[0]?.extensions?.code;
}

const LIVE = 'score grade deductions ruleSetVersion explanation { kind item eventId rawPoints weight points }';
type Live = { score: string; grade: string; deductions: string; explanation: { kind: string; eventId: string | null; points: string }[] } | null;

async function liveOf(ids: string[], year: number, token = tokens.province) {
  const data = await ok<{ _entities: { id: string; credit: { live: Live } }[] }>(
    `query($r: [_Any!]!, $y: Int) { _entities(representations: $r) { ... on PropertyCompany { id credit { live(year: $y) { ${LIVE} } } } } }`,
    { variables: { r: ids.map((id) => ({ __typename: 'PropertyCompany', id })), y: year }, token },
  );
  return data._entities;
}

/** the events of a company and year, as stored now */
async function rowsOf(companyId: string, year: number) {
  return sub.orm.em.fork().getConnection().execute<{ id: string; item: string; points: string }[]>(`select id, item, points::text as points from credit.credit_event where company_id = ? and year = ?`, [companyId, year]);
}

const sumLines = (lines: { points: string }[]) => lines.reduce((a, l) => a.plus(l.points), new Decimal(0)).toFixed(2);

function event(type: string, payload: Record<string, unknown>, occurredAt = '2024-08-01T02:00:00.000Z'): DomainEvent {
  return { id: randomUUID(), type, source: type.split('.')[0]!, aggregateType: 'X', aggregateId: String(payload.findingId ?? payload.organizationId ?? 'x'), sequence: 1, occurredAt, payload };
}

describe('scores and explanations', () => {
  it('equal a recount from the event rows for many companies, and the lines add up to the score exactly', async () => {
    const ids = registry.companies.filter((_, i) => i % 11 === 0).map((c) => c.id);
    for (const year of [2023, 2024]) {
      const entities = await liveOf(ids, year);
      for (const e of entities) {
        const expected = expectedScore(RULES, slice.events.filter((x) => x.companyId === e.id && x.year === year));
        expect({ id: e.id, ...pick(e.credit.live!) }).toEqual({ id: e.id, ...expected });
        expect(sumLines(e.credit.live!.explanation)).toBe(e.credit.live!.score);
        expect(e.credit.live!.explanation.filter((l) => l.kind === 'EVENT')).toHaveLength(slice.events.filter((x) => x.companyId === e.id && x.year === year).length);
      }
    }
  });

  it('explains floors and bonus caps with their own lines (caps and rounding: ./scoring/explain.test.ts)', async () => {
    const all = await liveOf(registry.companies.map((c) => c.id), 2023);
    const kinds = new Set(all.flatMap((e) => e.credit.live!.explanation.map((l) => l.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['BASE', 'EVENT', 'FLOOR', 'ITEM_CAP']));
    for (const e of all) expect(sumLines(e.credit.live!.explanation)).toBe(e.credit.live!.score);
  });

  it('costs the same number of SQL statements for 800 companies as for 5', async () => {
    const count = async (n: number) => {
      sub.statements.length = 0;
      await liveOf(registry.companies.slice(0, n).map((c) => c.id), 2023);
      return sub.statements.length;
    };
    const few = await count(5);
    expect(await count(800)).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });
});

const pick = (l: NonNullable<Live>) => ({ score: l.score, deductions: l.deductions, grade: l.grade });

describe('published 2023 evaluation', () => {
  it('froze every company\'s recounted score and grade, with a plausible distribution', async () => {
    const data = await ok<{ creditRanking: { evaluation: { version: number; companies: number; status: string }; entries: { totalCount: number; edges: { node: { company: { id: string }; score: string; grade: string; deductions: string; provinceRank: number } }[] } } }>(
      '{ creditRanking(year: 2023) { evaluation { version companies status } entries(first: 1000) { totalCount edges { node { company { id } score grade deductions provinceRank } } } } }',
    );
    const r = data.creditRanking;
    expect(r.evaluation).toEqual({ version: 1, companies: 812, status: 'PUBLISHED' });
    expect(r.entries.totalCount).toBe(812);
    const grades = creditGradesOf(slice);
    r.entries.edges.forEach(({ node }, i) => {
      expect(node.provinceRank).toBe(i + 1);
      const expected = expectedScore(RULES, slice.events.filter((x) => x.companyId === node.company.id && x.year === 2023));
      expect({ score: node.score, grade: node.grade, deductions: node.deductions }).toEqual(expected);
      expect(node.grade).toBe(grades.get(node.company.id));
      if (i > 0) {
        const prev = r.entries.edges[i - 1]!.node;
        const order = new Decimal(prev.score).cmp(node.score) || new Decimal(node.deductions).cmp(prev.deductions) || (prev.company.id < node.company.id ? 1 : -1);
        expect(order).toBe(1);
      }
    });
  });

  it('gives Region.credit for the province: 812 companies, grade counts, and the 97/20/3 honours', async () => {
    const data = await ok<{ _entities: { credit: { companiesPublished: number; averageScore: string; grades: { grade: string; count: number }[]; honours: { level: string; count: number }[] } }[] }>(
      '{ _entities(representations: [{ __typename: "Region", code: "350000" }]) { ... on Region { credit(year: 2023) { companiesPublished averageScore grades { grade count } honours { level count } } } } }',
    );
    const c = data._entities[0]!.credit;
    expect(c.companiesPublished).toBe(812);
    const grades = [...creditGradesOf(slice).values()];
    expect(c.grades).toEqual(['AAA', 'AA', 'A', 'B', 'C'].map((grade) => ({ grade, count: grades.filter((g) => g === grade).length })));
    expect(c.honours).toEqual([{ level: 'CITY', count: 97 }, { level: 'PROVINCE', count: 20 }, { level: 'NATIONAL', count: 3 }]);
    expect(Number(c.averageScore)).toBeGreaterThan(78);
  });

  it('costs one SQL statement for all cities or all counties, and the ranking the same for 1,000 rows as for 10', async () => {
    for (const level of ['CITY', 'COUNTY']) {
      const codes = registry.regions.filter((r) => r.level === level).map((r) => r.code);
      sub.statements.length = 0;
      const data = await ok<{ _entities: { credit: { companiesPublished: number } }[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { credit(year: 2023) { companiesPublished grades { grade count } honours { level count } } } } }',
        { variables: { r: codes.map((code) => ({ __typename: 'Region', code })) } },
      );
      expect(sub.statements).toHaveLength(1);
      expect(data._entities.reduce((n, e) => n + e.credit.companiesPublished, 0)).toBe(812);
    }
    const ranking = async (first: number) => {
      sub.statements.length = 0;
      await ok(`{ creditRanking(year: 2023) { entries(first: ${first}) { totalCount edges { node { score grade provinceRank } } } } }`);
      return sub.statements.length;
    };
    expect(await ranking(1000)).toBe(await ranking(10));
  });
});

describe('rule sets', () => {
  const doc = (change: (d: Record<string, unknown>) => void = () => {}) => {
    const d = structuredClone(RULES) as unknown as Record<string, unknown>;
    change(d);
    return JSON.stringify(d);
  };
  const create = (year: number, document: string, token = tokens.province) =>
    sub.query<{ createCreditRuleSet: { year: number; version: number; status: string } }>('mutation($i: CreateCreditRuleSetInput!) { createCreditRuleSet(input: $i) { year version status } }', { variables: { i: { year, document } }, token });
  const publish = (year: number, version: number) => sub.query<{ publishCreditRuleSet: { status: string } }>(`mutation { publishCreditRuleSet(year: ${year}, version: ${version}) { status } }`, { token: tokens.province });

  it('never edits a published version; a new version supersedes it', async () => {
    const v1 = await create(2026, doc());
    expect(v1.data!.createCreditRuleSet).toEqual({ year: 2026, version: 1, status: 'DRAFT' });
    const edit = (version: number) => sub.query(`mutation($d: String!) { updateCreditRuleSet(input: { year: 2026, version: ${version}, document: $d }) { version } }`, { variables: { d: doc((d) => (d.baseScore = '70.00')) }, token: tokens.province });
    expect((await edit(1)).errors).toBeUndefined();
    expect((await publish(2026, 1)).data!.publishCreditRuleSet.status).toBe('PUBLISHED');
    expect((await edit(1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await publish(2026, 1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const v2 = await create(2026, doc((d) => (d.baseScore = '75.00')));
    expect(v2.data!.createCreditRuleSet.version).toBe(2);
    await publish(2026, 2);
    const inForce = await ok<{ creditRuleSetInForce: { version: number; baseScore: string } }>('{ creditRuleSetInForce(year: 2026) { version baseScore } }');
    expect(inForce.creditRuleSetInForce).toEqual({ version: 2, baseScore: '75.00' });
    const all = await ok<{ creditRuleSets: { version: number; baseScore: string }[] }>('{ creditRuleSets(year: 2026) { version baseScore } }');
    expect(all.creditRuleSets).toEqual([{ version: 2, baseScore: '75.00' }, { version: 1, baseScore: '70.00' }]);
  });

  it('refuses invalid documents with BAD_USER_INPUT naming the path, and non-province officials', async () => {
    const bad = [
      'not json',
      doc((d) => (d.indicators as unknown[]).pop()),
      doc((d) => ((d.indicators as { weight: string }[])[0]!.weight = '1.5.0')),
      doc((d) => ((d.indicators as { floor: string }[])[0]!.floor = '3.00')),
      doc((d) => ((d.grades as { minScore: string }[])[1]!.minScore = '99.00')),
      doc((d) => ((d.eventPoints as Record<string, unknown>).findingRaised = { MAJOR: -2 })),
      doc((d) => (d.extra = true)),
      doc((d) => ((d.penalties as { points: string }[])[0]!.points = '5.00')),
    ];
    for (const document of bad) {
      const res = await create(2027, document);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(res.errors?.[0]?.extensions?.field)).toMatch(/^input\.document/);
    }
    const city = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    expect((await create(2027, doc(), city)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('domain events', () => {
  const company = registry.companies[3]!;
  const estate = registry.estates.find((e) => e.companyId === company.id)!;
  const base = { estateId: estate.id, companyId: company.id, regionCode: estate.regionCode };
  const cases: [DomainEvent, string, string][] = [
    [event('party-building.OrganizationFormed', { organizationId: 'PO99991', kind: 'COMPANY', formation: 'STANDALONE', companyIds: [company.id], estateIds: [], regionCode: company.regionCode, establishedOn: '2024-07-01' }), 'PARTY_BUILDING', RULES.eventPoints.organizationFormed],
    [event('party-building.OrganizationDissolved', { organizationId: 'PO99991', kind: 'COMPANY', companyIds: [company.id], estateIds: [], regionCode: company.regionCode, dissolvedOn: '2024-08-01' }), 'PARTY_BUILDING', RULES.eventPoints.organizationDissolved],
    [event('party-building.InstructorSent', { instructorId: 'PI9999', companyId: company.id, estateId: null, regionCode: company.regionCode, sentOn: '2024-06-01' }), 'PARTY_BUILDING', RULES.eventPoints.instructorSent],
    [event('safety-inspection.FindingRaised', { findingId: 'SAF99991', ...base, category: 'FIRE_LANE_BLOCKED', severity: 'MAJOR', raisedAt: '2024-05-01T02:00:00Z' }), 'SAFETY', RULES.eventPoints.findingRaised.MAJOR],
    [event('safety-inspection.FindingRectified', { findingId: 'SAF99991', ...base, severity: 'MAJOR', deadline: '2024-05-08', rectifiedAt: '2024-05-10T02:00:00Z', onTime: false }), 'SAFETY', RULES.eventPoints.findingRectifiedLate.MAJOR],
    [event('safety-inspection.FindingRectified', { findingId: 'SAF99992', ...base, severity: 'GENERAL', deadline: '2024-05-30', rectifiedAt: '2024-05-10T02:00:00Z', onTime: true }), 'SAFETY', RULES.eventPoints.findingRectifiedOnTime.GENERAL],
    [event('safety-inspection.SelfInspectionMissed', { ...base, month: '2024-06' }), 'SAFETY', RULES.eventPoints.selfInspectionMissed],
    [event('public-revenue.StatementPublished', { statementId: 'RS999999', ...base, quarter: '2024Q1', publishedAt: '2024-05-20T02:00:00Z', deadline: '2024-04-30', onTime: false }), 'PUBLIC_REVENUE', RULES.eventPoints.statementPublishedLate],
    [event('public-revenue.ComplaintSubstantiated', { complaintId: 'CP99999', ...base, source: 'HOTLINE_12345', closedAt: '2024-07-02T02:00:00Z' }), 'COMPLAINTS', RULES.eventPoints.complaintSubstantiated],
  ];

  it('turns each consumed type into a credit event with the rule set\'s points; the same event twice changes nothing', async () => {
    for (const [e, item, points] of cases) {
      const before = await rowsOf(company.id, 2024);
      expect(await processEvent(sub.orm, creditSubscription, e)).toBe(true);
      const after = await rowsOf(company.id, 2024);
      const added = after.filter((r) => !before.some((b) => b.id === r.id));
      expect(added.map((r) => [r.item, r.points])).toEqual([[item, new Decimal(points).toFixed(2)]]);
      const [live] = await liveOf([company.id], 2024);
      expect(await processEvent(sub.orm, creditSubscription, e)).toBe(false);
      expect(await rowsOf(company.id, 2024)).toHaveLength(after.length);
      expect((await liveOf([company.id], 2024))[0]!.credit.live!.score).toBe(live!.credit.live!.score);
      expect(pick(live!.credit.live!)).toEqual(expectedScore(RULES, after));
    }
  });

  it('ignores events without a company and organisations of other kinds', async () => {
    const before = (await sub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from credit.credit_event'))[0]!.n;
    expect(await processEvent(sub.orm, creditSubscription, event('safety-inspection.FindingRaised', { findingId: 'SAF99993', estateId: 'E000001', companyId: null, regionCode: '350102001001', category: 'OTHER', severity: 'GENERAL', raisedAt: '2024-05-01T02:00:00Z' }))).toBe(true);
    expect(await processEvent(sub.orm, creditSubscription, event('party-building.OrganizationFormed', { organizationId: 'PO99992', kind: 'ESTATE_BRANCH', formation: 'STANDALONE', companyIds: [company.id], estateIds: [estate.id], regionCode: estate.regionCode, establishedOn: '2024-07-01' }))).toBe(true);
    expect((await sub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from credit.credit_event'))[0]!.n).toBe(before);
  });
});

describe('evaluation of a closed year: frozen results, corrections, ties', () => {
  // 2022 has no events: every company scores the base, all tied — ranks fall to the company ids
  it('ranks a constructed tie by company id, keeps version 1 when events arrive, and publishes a correction as version 2', async () => {
    const created = await ok<{ createCreditRuleSet: { version: number } }>('mutation($d: String!) { createCreditRuleSet(input: { year: 2022, document: $d }) { version } }', { variables: { d: JSON.stringify(RULES) }, token: tokens.province });
    await ok(`mutation { publishCreditRuleSet(year: 2022, version: ${created.createCreditRuleSet.version}) { status } }`, { token: tokens.province });
    expect(await code('mutation { publishCreditEvaluation(year: 2022) { version } }', { token: tokens.province })).toBe('NOT_FOUND');
    await ok('mutation { closeCreditYear(year: 2022) { version status } }', { token: tokens.province });
    expect(await ok('{ creditRanking(year: 2022) { cityCode } }')).toEqual({ creditRanking: null }); // not public yet
    expect(await code('mutation { closeCreditYear(year: 2022) { version } }', { token: tokens.province })).toBe('CONFLICT');
    await ok('mutation { publishCreditEvaluation(year: 2022) { version } }', { token: tokens.province });

    const RANKING = '{ node { company { id } score deductions provinceRank cityRank cityCode } }';
    const v1 = await ok<{ creditRanking: { entries: { edges: { node: { company: { id: string }; score: string; provinceRank: number } }[] } } }>(`{ creditRanking(year: 2022) { entries(first: 1000) { edges ${RANKING} } } }`);
    const ids = registry.companies.map((c) => c.id).sort();
    expect(v1.creditRanking.entries.edges.map((e) => e.node.company.id)).toEqual(ids);
    expect(v1.creditRanking.entries.edges.every((e) => e.node.score === RULES.baseScore)).toBe(true);
    const xiamen = await ok<{ creditRanking: { entries: { edges: { node: { company: { id: string }; cityRank: number } }[] } } }>(`{ creditRanking(year: 2022, cityCode: "350200") { entries(first: 1000) { edges ${RANKING} } } }`);
    expect(xiamen.creditRanking.entries.edges.map((e) => e.node.company.id)).toEqual(registry.companies.filter((c) => c.regionCode.startsWith('3502')).map((c) => c.id).sort());
    expect(xiamen.creditRanking.entries.edges.map((e) => e.node.cityRank)).toEqual(xiamen.creditRanking.entries.edges.map((_, i) => i + 1));

    // a 2022 finding arrives from safety-inspection after publication: stored, live, not in version 1
    const first = ids[0]!;
    const estate = registry.estates.find((e) => e.companyId === first)!;
    expect(await processEvent(sub.orm, creditSubscription, event('safety-inspection.FindingRaised', { findingId: 'SAF99994', estateId: estate.id, companyId: first, regionCode: estate.regionCode, category: 'OTHER', severity: 'GENERAL', raisedAt: '2022-11-01T02:00:00Z' }))).toBe(true);
    const [live] = await liveOf([first], 2022);
    expect(live!.credit.live!.score).toBe('79.40'); // 80 + 1.2 × −0.5
    const again = await ok<typeof v1>(`{ creditRanking(year: 2022) { entries(first: 1000) { edges ${RANKING} } } }`);
    expect(again).toEqual(v1);
    // …and officials cannot record events dated in it
    const county = await signToken({ role: 'COUNTY_ADMIN', region: estate.regionCode.slice(0, 6) });
    expect(await code(`mutation { recordCreditEvent(input: { companyId: "${first}", item: "SERVICE_QUALITY", points: "1.00", occurredAt: "2022-12-01T00:00:00+08:00", evidence: "检查优秀" }) { id } }`, { token: county })).toBe('CONFLICT');

    expect(await code('mutation { correctCreditEvaluation(year: 2022, reason: "no") { version } }', { token: tokens.province })).toBe('BAD_USER_INPUT');
    const corrected = await ok<{ correctCreditEvaluation: { version: number; status: string; reason: string } }>('mutation { correctCreditEvaluation(year: 2022, reason: "补录2022年安全检查隐患") { version status reason } }', { token: tokens.province });
    expect(corrected.correctCreditEvaluation).toEqual({ version: 2, status: 'PUBLISHED', reason: '补录2022年安全检查隐患' });
    const v2 = await ok<typeof v1>(`{ creditRanking(year: 2022) { entries(first: 1000) { edges ${RANKING} } } }`);
    expect(v2.creditRanking.entries.edges.at(-1)!.node).toMatchObject({ company: { id: first }, score: '79.40', provinceRank: 812 });
    expect(await ok(`{ creditRanking(year: 2022, version: 1) { entries(first: 1000) { edges ${RANKING} } } }`)).toEqual(v1);
    const results = await ok<{ _entities: { credit: { results: { version: number; score: string; reason: string | null }[] } }[] }>(
      `{ _entities(representations: [{ __typename: "PropertyCompany", id: "${first}" }]) { ... on PropertyCompany { credit { results(year: 2022) { version score reason } } } } }`,
    );
    expect(results._entities[0]!.credit.results).toEqual([{ version: 2, score: '79.40', reason: '补录2022年安全检查隐患' }, { version: 1, score: '80.00', reason: null }]);
  });
});

describe('authorization', () => {
  const company = registry.companies.find((c) => registry.estates.some((e) => e.companyId === c.id && e.regionCode.slice(0, 6) !== c.regionCode))!;
  const estate = registry.estates.find((e) => e.companyId === company.id && e.regionCode.slice(0, 6) !== company.regionCode)!;
  const county = estate.regionCode.slice(0, 6);
  const stranger = registry.companies.find((c) => c.regionCode !== county && !registry.estates.some((e) => e.companyId === c.id && e.regionCode.startsWith(county)))!;
  const record = (companyId: string, token: string, extra = '') =>
    sub.query<{ recordCreditEvent: { item: string; points: string; regionCode: string; officialLevel: string } }>(`mutation { recordCreditEvent(input: { companyId: "${companyId}", item: "SERVICE_QUALITY", points: "2.50", evidence: "服务质量检查优秀" ${extra} }) { item points regionCode officialLevel } }`, { token });

  it('lets a county official record events only for companies serving estates in the county', async () => {
    const token = await signToken({ role: 'COUNTY_ADMIN', region: county });
    const done = await record(company.id, token);
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordCreditEvent).toMatchObject({ item: 'SERVICE_QUALITY', points: '2.50', officialLevel: 'COUNTY' });
    expect(done.data!.recordCreditEvent.regionCode.startsWith(county)).toBe(true);
    expect((await record(stranger.id, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(company.id, token, ', points: "9.00"')).errors).toBeDefined();
    const tooMany = await sub.query(`mutation { recordCreditEvent(input: { companyId: "${company.id}", item: "SERVICE_QUALITY", points: "9.00", evidence: "服务质量检查优秀" }) { id } }`, { token });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points' });
    const unknown = await sub.query(`mutation { recordCreditEvent(input: { companyId: "${company.id}", item: "NOPE", evidence: "服务质量检查优秀" }) { id } }`, { token });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.item' });
    const owner = await signToken({ role: 'OWNER', region: estate.regionCode, estateId: estate.id });
    expect((await record(company.id, owner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a company its own live explanation but not another\'s; the public sees published results only', async () => {
    const own = await signToken({ role: 'COMPANY', region: company.regionCode, companyId: company.id });
    expect((await liveOf([company.id], 2023, own))[0]!.credit.live!.explanation.length).toBeGreaterThan(1);
    const other = await sub.query(`{ _entities(representations: [{ __typename: "PropertyCompany", id: "${stranger.id}" }]) { ... on PropertyCompany { credit { live(year: 2023) { score } } } } }`, { token: own });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pub = await sub.query<{ _entities: { credit: { live: unknown; result: { score: string } } }[] }>(`{ _entities(representations: [{ __typename: "PropertyCompany", id: "${stranger.id}" }]) { ... on PropertyCompany { credit { live(year: 2023) { score } result(year: 2023) { score } } } } }`);
    expect(pub.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const events = await sub.query(`{ _entities(representations: [{ __typename: "PropertyCompany", id: "${stranger.id}" }]) { ... on PropertyCompany { credit { events(first: 1) { totalCount } } } } }`);
    expect(events.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // events are live data too
    const results = await ok<{ _entities: { credit: { result: { score: string } } }[] }>(`{ _entities(representations: [{ __typename: "PropertyCompany", id: "${stranger.id}" }]) { ... on PropertyCompany { credit { result(year: 2023) { score } } } } }`);
    expect(results._entities[0]!.credit.result.score).toBe(expectedScore(RULES, slice.events.filter((e) => e.companyId === stranger.id && e.year === 2023)).score);
    const drafts = await ok<{ creditRuleSets: { status: string }[] }>('{ creditRuleSets { status } }');
    expect(drafts.creditRuleSets.every((r) => r.status === 'PUBLISHED')).toBe(true);
  });

  it('takes opinions from street staff for companies serving estates in their street only', async () => {
    const street = estate.regionCode.slice(0, 9);
    const staff = await signToken({ role: 'STREET_STAFF', region: street });
    const opinion = (companyId: string) => sub.query<{ recordCreditOpinion: { item: string; points: string; sourceKind: string; officialLevel: string } }>(`mutation { recordCreditOpinion(input: { companyId: "${companyId}", rating: GOOD, text: "积极配合社区开展党建联建" }) { item points sourceKind officialLevel } }`, { token: staff });
    const done = await opinion(company.id);
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordCreditOpinion).toEqual({ item: 'PARTY_OPINION', points: '2.00', sourceKind: 'OPINION', officialLevel: 'STREET' });
    const outside = registry.companies.find((c) => !registry.estates.some((e) => e.companyId === c.id && e.regionCode.startsWith(street)))!;
    expect((await opinion(outside.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
