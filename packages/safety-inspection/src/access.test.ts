// Authorization: companies see and rectify only findings at the estates they serve (registry is asked
// at the moment); inspectors act only in their region, and never on a company they are tied to (回避);
// the public sees campaign results once published (一公开) — never evidence files or names.
import { generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, startHarness, token, type Harness } from './testing/helpers.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();
const COUNTY = '350203';
const tied = new Set(slice.inspectorTies.map((t) => `${t.inspectorId}|${t.companyId}`));
// two estates of the county served by different companies
const estateA = registry.estates.find((e) => e.companyId && e.regionCode.startsWith(COUNTY))!;
const estateB = registry.estates.find((e) => e.companyId && e.regionCode.startsWith(COUNTY) && e.companyId !== estateA.companyId)!;
const teamFor = (companyId: string) => slice.inspectors.filter((i) => i.regionCode === COUNTY && !tied.has(`${i.id}|${companyId}`)).slice(0, 2).map((i) => i.id);

let h: Harness;
const tokens: Record<string, string> = {};
let campaignId: string;
const findingOf: Record<'A' | 'B', string> = { A: '', B: '' };

const FINDINGS = `{ safetyFindings(filter: { campaignId: "CAMPAIGN" }) { totalCount edges { node { id estate { id } evidence { fileRef } evidenceCount
  inspection { inspectors { name } } transitions { actor actorRole } } } } }`;
const findings = async (who?: string) =>
  ok(await h.sub.query<{ safetyFindings: { totalCount: number; edges: { node: { id: string; estate: { id: string }; evidence: { fileRef: string }[] | null; evidenceCount: number; inspection: { inspectors: { name: string }[] }; transitions: { actor: string | null }[] } }[] } }>(FINDINGS.replace('CAMPAIGN', campaignId), { token: who ? tokens[who] : undefined })).safetyFindings;

const rectify = (id: string) => `mutation { rectifySafetyFinding(id: "${id}", input: { note: "已整改完毕", evidence: [{ kind: PHOTO, fileRef: "evidence/x.jpg" }] }) { state } }`;
const verify = (id: string) => `mutation { verifySafetyFinding(id: "${id}") { state } }`;

beforeAll(async () => {
  h = await startHarness();
  Object.assign(tokens, {
    county: await token({ role: 'COUNTY_ADMIN', region: COUNTY }),
    otherCounty: await token({ role: 'COUNTY_ADMIN', region: '350206' }),
    city: await token({ role: 'CITY_ADMIN', region: '350200' }),
    zhangzhou: await token({ role: 'CITY_ADMIN', region: '350600' }),
    province: await token({ role: 'PROVINCE_ADMIN', region: '350000' }),
    companyA: await token({ role: 'COMPANY', region: COUNTY, companyId: estateA.companyId! }),
    companyB: await token({ role: 'COMPANY', region: COUNTY, companyId: estateB.companyId! }),
    owner: await token({ role: 'OWNER', region: COUNTY, estateId: estateA.id }),
  });
  campaignId = ok(
    await h.sub.query<{ createSafetyCampaign: { id: string } }>(
      `mutation { createSafetyCampaign(input: { name: "2024年9月思明区“四不两直”安全生产检查", kind: UNANNOUNCED, regionCode: "${COUNTY}", organiser: "思明区住房和城乡建设局", startsOn: "2024-09-01", endsOn: "2024-09-30", focus: "消防安全" }) { id } }`,
      { token: tokens.county },
    ),
  ).createSafetyCampaign.id;
  for (const [key, estate] of [['A', estateA], ['B', estateB]] as const) {
    const inspection = ok(
      await h.sub.query<{ recordSafetyInspection: { id: string } }>(
        `mutation { recordSafetyInspection(input: { campaignId: "${campaignId}", estateId: "${estate.id}", inspectorIds: ${JSON.stringify(teamFor(estate.companyId!))}, conductedOn: "2024-09-06" }) { id } }`,
        { token: tokens.county },
      ),
    ).recordSafetyInspection.id;
    const finding = ok(
      await h.sub.query<{ raiseSafetyFinding: { id: string } }>(
        `mutation { raiseSafetyFinding(input: { inspectionId: "${inspection}", category: E_BIKE_CHARGING, severity: MAJOR, description: "楼道内电动自行车充电", evidence: [{ kind: PHOTO, fileRef: "evidence/2024/09/${key}.jpg" }] }) { id } }`,
        { token: tokens.county },
      ),
    ).raiseSafetyFinding.id;
    ok(await h.sub.query(`mutation { notifySafetyFinding(id: "${finding}") { state } }`, { token: tokens.county }));
    findingOf[key] = finding;
  }
}, 180_000);
afterAll(() => h?.close());

describe('companies', () => {
  it('see only the findings at the estates they serve (the campaign is not published)', async () => {
    const a = await findings('companyA');
    expect(a.edges.map((e) => e.node.estate.id)).toEqual([estateA.id]);
    expect(a.edges[0]!.node.evidence).toEqual([{ fileRef: 'evidence/2024/09/A.jpg' }]);
    const b = await findings('companyB');
    expect(b.edges.map((e) => e.node.estate.id)).toEqual([estateB.id]);
    expect((await findings('county')).totalCount).toBe(2);
    expect((await findings()).totalCount).toBe(0);
    expect((await findings('owner')).totalCount).toBe(0);
    expect(ok(await h.sub.query<{ safetyFinding: unknown }>(`{ safetyFinding(id: "${findingOf.B}") { id } }`, { token: tokens.companyA })).safetyFinding).toBeNull();
  });

  it('rectify only findings at the estates they serve; nothing is written otherwise', async () => {
    expect(refused(await h.sub.query(rectify(findingOf.A), { token: tokens.companyB })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(rectify(findingOf.A), { token: tokens.county })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(rectify(findingOf.A))).code).toBe('UNAUTHENTICATED');
    const state = async () => ok(await h.sub.query<{ safetyFinding: { state: string; transitions: unknown[] } }>(`{ safetyFinding(id: "${findingOf.A}") { state transitions { seq } } }`, { token: tokens.county })).safetyFinding;
    expect(await state()).toMatchObject({ state: 'NOTIFIED', transitions: [{ seq: 1 }, { seq: 2 }] });
    expect(ok(await h.sub.query<{ rectifySafetyFinding: { state: string } }>(rectify(findingOf.A), { token: tokens.companyA })).rectifySafetyFinding.state).toBe('RECTIFIED');
  });

  it('follow registry: when another company takes the estate over, it rectifies and the old one no longer can', async () => {
    h.registry.serve(estateB.id, estateA.companyId);
    try {
      expect(refused(await h.sub.query(rectify(findingOf.B), { token: tokens.companyB })).code).toBe('FORBIDDEN');
      // the roster learnt the change: company A now sees the estate's findings as its own
      expect((await findings('companyA')).totalCount).toBe(2);
      expect(ok(await h.sub.query<{ rectifySafetyFinding: { state: string } }>(rectify(findingOf.B), { token: tokens.companyA })).rectifySafetyFinding.state).toBe('RECTIFIED');
    } finally {
      h.registry.serve(estateB.id, estateB.companyId);
      // the next write about the estate asks registry again (here: company B, refused as the finding is RECTIFIED)
      expect(refused(await h.sub.query(rectify(findingOf.B), { token: tokens.companyB })).code).toBe('CONFLICT');
    }
  });
});

describe('inspectors', () => {
  it('verify only in their region', async () => {
    expect(refused(await h.sub.query(verify(findingOf.A), { token: tokens.otherCounty })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(verify(findingOf.A), { token: tokens.zhangzhou })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(verify(findingOf.A), { token: tokens.companyA })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(verify(findingOf.A))).code).toBe('UNAUTHENTICATED');
    expect(ok(await h.sub.query<{ verifySafetyFinding: { state: string } }>(verify(findingOf.A), { token: tokens.city })).verifySafetyFinding.state).toBe('VERIFIED');
  });

  it('never verify for a company they are tied to (回避)', async () => {
    const inspector = ok(
      await h.sub.query<{ registerSafetyInspector: { id: string } }>(`mutation { registerSafetyInspector(input: { name: "王建国", agency: "思明区住房和城乡建设局", regionCode: "${COUNTY}", subject: "inspector-wang" }) { id } }`, { token: tokens.county }),
    ).registerSafetyInspector.id;
    const tie = await h.sub.query<{ recordSafetyInspectorTie: { ties: { company: { id: string }; relation: string }[] } }>(
      `mutation { recordSafetyInspectorTie(input: { inspectorId: "${inspector}", companyId: "${estateB.companyId}", relation: "近亲属在该企业任职" }) { ties { company { id } relation } } }`,
      { token: tokens.county },
    );
    expect(ok(tie).recordSafetyInspectorTie.ties).toEqual([{ company: { id: estateB.companyId }, relation: '近亲属在该企业任职' }]);
    const wang = await token({ role: 'STREET_STAFF', region: COUNTY, subject: 'inspector-wang' });
    const res = await h.sub.query(verify(findingOf.B), { token: wang });
    expect(refused(res).code).toBe('FORBIDDEN');
    expect(res.errors![0]!.message).toContain('回避');
    expect(ok(await h.sub.query<{ verifySafetyFinding: { state: string } }>(verify(findingOf.B), { token: tokens.county })).verifySafetyFinding.state).toBe('VERIFIED');
  });
});

describe('the public (一公开)', () => {
  it('sees a published campaign\'s results, its draw and its findings — but no evidence files and no names', async () => {
    const published = slice.campaigns.find((c) => c.kind === 'RANDOM_DRAW' && c.resultsPublishedOn)!;
    const data = ok(
      await h.sub.query<{ safetyCampaign: { resultsVisible: boolean; results: { inspections: number; findings: { findings: number } }; draw: { seed: string; drawnBy: string | null; verification: { matches: boolean }; inspectors: { name: string }[] }; inspections: { inspectors: { name: string }[]; findings: { evidence: unknown; evidenceCount: number; transitions: { actor: string | null }[] }[] }[] } }>(
        `{ safetyCampaign(id: "${published.id}") { resultsVisible results { inspections findings { findings } } draw { seed drawnBy verification { matches } inspectors { name } }
           inspections { inspectors { name } findings { evidence { fileRef } evidenceCount transitions { actor } } } } }`,
      ),
    ).safetyCampaign;
    const draw = slice.draws.find((d) => d.campaignId === published.id)!;
    expect(data.resultsVisible).toBe(true);
    expect(data.results.inspections).toBe(draw.estateCount);
    expect(data.draw).toMatchObject({ seed: draw.seed, drawnBy: null, verification: { matches: true } });
    const names = [...data.draw.inspectors, ...data.inspections.flatMap((i) => i.inspectors)].map((i) => i.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /^.\*+$/.test(n))).toBe(true);
    const found = data.inspections.flatMap((i) => i.findings);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.evidence === null && f.evidenceCount > 0 && f.transitions.every((t) => t.actor === null))).toBe(true);
    // an official of the county sees the names and the files
    const county = await token({ role: 'COUNTY_ADMIN', region: published.regionCode });
    const official = ok(await h.sub.query<{ safetyCampaign: { draw: { inspectors: { name: string }[] }; inspections: { findings: { evidence: unknown[] | null }[] }[] } }>(`{ safetyCampaign(id: "${published.id}") { draw { inspectors { name } } inspections { findings { evidence { fileRef } } } } }`, { token: county })).safetyCampaign;
    expect(official.draw.inspectors.some((i) => !i.name.includes('*'))).toBe(true);
    expect(official.inspections.flatMap((i) => i.findings).every((f) => Array.isArray(f.evidence) && f.evidence.length > 0)).toBe(true);
  });

  it('sees nothing of a check not yet published, and not even the existence of an unpublished 四不两直 check', async () => {
    const unpublished = slice.campaigns.find((c) => c.kind === 'RANDOM_DRAW' && !c.resultsPublishedOn)!;
    const query = `{ safetyCampaign(id: "${unpublished.id}") { name resultsVisible results { inspections } draw { seed } inspections { id } } }`;
    expect(ok(await h.sub.query<{ safetyCampaign: unknown }>(query)).safetyCampaign).toEqual({ name: unpublished.name, resultsVisible: false, results: null, draw: null, inspections: [] });
    const county = await token({ role: 'COUNTY_ADMIN', region: unpublished.regionCode });
    const official = ok(await h.sub.query<{ safetyCampaign: { results: { inspections: number }; draw: { seed: string } } }>(query, { token: county })).safetyCampaign;
    expect(official.draw.seed).toBe(slice.draws.find((d) => d.campaignId === unpublished.id)!.seed);
    expect(ok(await h.sub.query<{ safetyCampaign: unknown }>(`{ safetyCampaign(id: "${campaignId}") { id } }`)).safetyCampaign).toBeNull();
  });

  it('sees an unannounced check once its results are published, and may not publish them itself', async () => {
    expect(refused(await h.sub.query(`mutation { publishSafetyCampaignResults(id: "${campaignId}") { id } }`)).code).toBe('UNAUTHENTICATED');
    expect(refused(await h.sub.query(`mutation { publishSafetyCampaignResults(id: "${campaignId}") { id } }`, { token: tokens.otherCounty })).code).toBe('FORBIDDEN');
    ok(await h.sub.query(`mutation { publishSafetyCampaignResults(id: "${campaignId}") { resultsPublishedOn } }`, { token: tokens.county }));
    expect(refused(await h.sub.query(`mutation { publishSafetyCampaignResults(id: "${campaignId}") { id } }`, { token: tokens.county })).code).toBe('CONFLICT');
    const publicView = await findings();
    expect(publicView.totalCount).toBe(2);
    expect(publicView.edges.every((e) => e.node.evidence === null && e.node.inspection.inspectors.every((i) => i.name.includes('*')))).toBe(true);
    // a company sees the other company's findings now, as anyone does — but not their evidence
    const a = await findings('companyA');
    expect(a.edges.find((e) => e.node.estate.id === estateB.id)!.node.evidence).toBeNull();
  });

  it('may not list self-inspections at all', async () => {
    expect(refused(await h.sub.query('{ selfInspections(first: 1) { totalCount } }')).code).toBe('UNAUTHENTICATED');
    const own = ok(await h.sub.query<{ selfInspections: { totalCount: number } }>('{ selfInspections { totalCount } }', { token: tokens.companyA })).selfInspections.totalCount;
    expect(own).toBe(slice.selfInspections.filter((s) => s.companyId === estateA.companyId).length);
  });
});

describe('validation', () => {
  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const count = async () => ok(await h.sub.query<{ safetyCampaigns: { totalCount: number } }>('{ safetyCampaigns { totalCount } }', { token: tokens.province })).safetyCampaigns.totalCount;
    const before = await count();
    const create = (fields: string) =>
      h.sub.query(`mutation { createSafetyCampaign(input: { name: "测试检查行动", kind: SPECIAL, regionCode: "${COUNTY}", organiser: "思明区住建局", focus: "消防", ${fields} }) { id } }`, { token: tokens.county });
    expect(refused(await create('startsOn: "2024-09-10", endsOn: "2024-09-01"'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect(refused(await create('startsOn: "2024-09-01", endsOn: "2024-09-30", quarter: "2024Q3"'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.quarter' });
    expect(refused(await h.sub.query(`mutation { createSafetyCampaign(input: { name: "x", kind: SPECIAL, regionCode: "${COUNTY}", organiser: "思明区住建局", focus: "消防", startsOn: "2024-09-01", endsOn: "2024-09-30" }) { id } }`, { token: tokens.county }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(refused(await create('startsOn: "2024-09-01", endsOn: "2024-09-30", regionCode: "350206"')).code).toBeDefined();
    expect(await count()).toBe(before);
    const inspection = slice.visits.find((v) => v.estateId === estateA.id)?.id ?? slice.visits[0]!.id;
    const raise = await h.sub.query(`mutation { raiseSafetyFinding(input: { inspectionId: "${inspection}", category: OTHER, severity: GENERAL, description: "高空抛物警示标识缺失", evidence: [{ kind: PHOTO, fileRef: "has space.jpg" }] }) { id } }`, { token: tokens.province });
    expect(refused(raise).code).toBe('BAD_USER_INPUT');
    expect(String(refused(raise).field)).toMatch(/^input\.evidence/);
  });
});

describe('estates no company serves', () => {
  it('have their rectification recorded by an official of the region, not by any company', async () => {
    const unserved = registry.estates.find((e) => !e.companyId && e.regionCode.startsWith(COUNTY))!;
    const inspection = ok(
      await h.sub.query<{ recordSafetyInspection: { id: string; company: unknown } }>(
        `mutation { recordSafetyInspection(input: { campaignId: "${campaignId}", estateId: "${unserved.id}", inspectorIds: ${JSON.stringify(teamFor('none'))}, conductedOn: "2024-09-06" }) { id company { id } } }`,
        { token: tokens.county },
      ),
    ).recordSafetyInspection;
    expect(inspection.company).toBeNull();
    const { id } = ok(await h.sub.query<{ raiseSafetyFinding: { id: string } }>(`mutation { raiseSafetyFinding(input: { inspectionId: "${inspection.id}", category: ILLEGAL_CONSTRUCTION, severity: GENERAL, description: "一楼住户占用公共绿地私搭围墙" }) { id } }`, { token: tokens.county })).raiseSafetyFinding;
    ok(await h.sub.query(`mutation { notifySafetyFinding(id: "${id}") { state } }`, { token: tokens.county }));
    expect(refused(await h.sub.query(rectify(id), { token: tokens.companyA })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(rectify(id), { token: tokens.otherCounty })).code).toBe('FORBIDDEN');
    expect(ok(await h.sub.query<{ rectifySafetyFinding: { state: string } }>(rectify(id), { token: tokens.county })).rectifySafetyFinding.state).toBe('RECTIFIED');
  });
});
