// Safety inspection against real PostgreSQL, queried as the gateway queries it (`_entities` with the
// representations it would send, estateCount included): the seed's figures from rows, counted
// independently here from the demo data; constant SQL for long lists; demo draws that verify.
import { FIRE_CATEGORIES as DATASET_FIRE, generateProvince, generateSafetyInspection, SAFETY_DEADLINE_DAYS, SAFETY_FIGURES, SELF_INSPECTION_MONTHS } from '@wuye/dataset';
import { regionPrefix } from '@wuye/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_DAYS, FIRE_CATEGORIES } from './rules.js';
import { ok, startHarness, type Harness } from './testing/helpers.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(() => h?.close());

const TODAY = '2024-09-10';
const estateCount = (code: string) => registry.estates.filter((e) => e.regionCode.startsWith(regionPrefix(code))).length;

/** the figures of Region.safety, counted here from the demo data's rows */
function countedFromRows(code: string, kind?: string) {
  const prefix = regionPrefix(code);
  const campaigns = new Map(slice.campaigns.map((c) => [c.id, c]));
  const estateRegion = new Map(registry.estates.map((e) => [e.id, e.regionCode]));
  const ofKind = (campaignId: string) => !kind || campaigns.get(campaignId)!.kind === kind;
  // a draw's estates lie in its campaign's county (its eligible list does); a visit's estate is known
  const inspectionRegion = new Map<string, string>([
    ...slice.draws.flatMap((d) => d.inspections.map((i) => [i.id, campaigns.get(d.campaignId)!.regionCode] as const)),
    ...slice.visits.map((v) => [v.id, estateRegion.get(v.estateId)!] as const),
  ]);
  const inspectionCampaign = new Map<string, string>([...slice.draws.flatMap((d) => d.inspections.map((i) => [i.id, d.campaignId] as const)), ...slice.visits.map((v) => [v.id, v.campaignId] as const)]);
  const findings = slice.findings.filter((f) => inspectionRegion.get(f.inspectionId)!.startsWith(prefix) && ofKind(inspectionCampaign.get(f.inspectionId)!));
  const fire = findings.filter((f) => (DATASET_FIRE as readonly string[]).includes(f.category));
  const rectified = (state: string) => state === 'RECTIFIED' || state === 'VERIFIED';
  return {
    inspections: slice.campaigns.filter((c) => c.regionCode.startsWith(prefix) && (!kind || c.kind === kind)).length,
    estateInspections: [...inspectionRegion.entries()].filter(([id, region]) => region.startsWith(prefix) && ofKind(inspectionCampaign.get(id)!)).length,
    findings: {
      findings: findings.length,
      rectified: findings.filter((f) => rectified(f.state)).length,
      verified: findings.filter((f) => f.state === 'VERIFIED').length,
      overdue: findings.filter((f) => f.state === 'NOTIFIED' && f.deadline! < TODAY).length,
      fireProblems: fire.length,
      fireProblemsRectified: fire.filter((f) => rectified(f.state)).length,
    },
  };
}

const FIGURES = `inspections estateInspections estatesSampled estates samplingRate
  findings { findings open overdue rectified verified rectifiedOnTime onTimeRate fireProblems fireProblemsRectified byCategory { category findings open overdue rectified } byState { state findings } }
  selfInspection { from to estates monthsDue submitted missing late rate estatesMissing }`;

async function regionSafety(codes: string[], args = '') {
  const data = ok(
    await h.sub.query<{ _entities: { safety: Record<string, unknown> & { findings: Record<string, number> } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { safety${args} { ${FIGURES} } } } }`,
      { variables: { r: codes.map((code) => ({ __typename: 'Region', code, estateCount: estateCount(code) })) } },
    ),
  );
  return data._entities.map((e) => e.safety);
}

describe('Region.safety', () => {
  it('reproduces the seed\'s 双随机 figures for the province from rows: 37 checks, 787 estates sampled, 428 fire problems rectified', async () => {
    const [province] = await regionSafety(['350000'], '(kind: RANDOM_DRAW)');
    expect(province).toMatchObject({ inspections: 37, estateInspections: 787, estatesSampled: 787, estates: 17_000, samplingRate: 0.0463 });
    expect(province!.findings).toMatchObject({ fireProblems: SAFETY_FIGURES.fireProblemsFound, fireProblemsRectified: 428 });
    const counted = countedFromRows('350000', 'RANDOM_DRAW');
    expect(province).toMatchObject({ inspections: counted.inspections, estateInspections: counted.estateInspections });
    expect(province!.findings).toMatchObject(counted.findings);
  });

  it('gives every city, and all kinds, the figures counted independently from its rows', async () => {
    const cities = ['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'];
    const all = await regionSafety(cities);
    const draws = await regionSafety(cities, '(kind: RANDOM_DRAW)');
    cities.forEach((code, i) => {
      const counted = countedFromRows(code);
      expect(all[i]).toMatchObject({ estateInspections: counted.estateInspections });
      expect(all[i]!.findings).toMatchObject(counted.findings);
      const drawn = countedFromRows(code, 'RANDOM_DRAW');
      expect(draws[i]).toMatchObject({ inspections: drawn.inspections, estateInspections: drawn.estateInspections, estatesSampled: drawn.estateInspections });
      expect(draws[i]!.findings).toMatchObject(drawn.findings);
    });
    // the whole is the sum of its parts
    const sum = (key: string) => all.reduce((s, r) => s + (r.findings as Record<string, number>)[key]!, 0);
    const [province] = await regionSafety(['350000']);
    expect(province!.findings.findings).toBe(sum('findings'));
    expect(province!.findings.findings).toBe(slice.findings.length);
  });

  it('counts findings by category and state, and flags the missing self-inspection months of 2024', async () => {
    const [province] = await regionSafety(['350000']);
    const byState = (province!.findings as unknown as { byState: { state: string; findings: number }[] }).byState;
    for (const state of ['RAISED', 'NOTIFIED', 'RECTIFIED', 'VERIFIED']) expect(byState.find((s) => s.state === state)!.findings).toBe(slice.findings.filter((f) => f.state === state).length);
    const served = registry.estates.filter((e) => e.companyId !== null);
    const submitted = new Map<string, number>();
    for (const s of slice.selfInspections) submitted.set(s.estateId, (submitted.get(s.estateId) ?? 0) + 1);
    expect(province!.selfInspection).toEqual({
      from: null,
      to: '2024-08-01',
      estates: served.length,
      monthsDue: served.length * SELF_INSPECTION_MONTHS.length,
      submitted: slice.selfInspections.length,
      missing: served.length * SELF_INSPECTION_MONTHS.length - slice.selfInspections.length,
      late: 0,
      rate: Math.round((slice.selfInspections.length / (served.length * 8)) * 10_000) / 10_000,
      estatesMissing: served.filter((e) => (submitted.get(e.id) ?? 0) < 8).length,
    });
  });

  it('costs one SQL statement for all regions of a level (one more for the self-inspection tally), one per filter', async () => {
    const counties = registry.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code);
    h.sub.statements.length = 0;
    expect(await regionSafety(counties.slice(0, 40))).toHaveLength(40);
    expect(h.sub.statements).toHaveLength(2);
    const statements = async (selection: string) => {
      h.sub.statements.length = 0;
      ok(await h.sub.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ${selection} } } }`, { variables: { r: counties.map((code) => ({ __typename: 'Region', code, estateCount: 1 })) } }));
      return h.sub.statements.length;
    };
    expect(await statements('safety { inspections estatesSampled findings { findings byCategory { category findings } } }')).toBe(1);
    expect(await statements('a: safety { inspections } b: safety(kind: SPECIAL) { inspections } c: safety(kind: SPECIAL) { estatesSampled }')).toBe(2);
  });

  it('refuses a year outside the range, naming the argument', async () => {
    const res = await h.sub.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { safety(year: 1900) { inspections } } } }', { variables: { r: [{ __typename: 'Region', code: '350000', estateCount: 1 }] } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('ResidentialEstate.safety', () => {
  // estates with inspections, findings and self-inspections first, so every loader runs
  const visited = [...new Set(slice.visits.map((v) => v.estateId))];
  const estates = (n: number) => [...visited, ...registry.estates.map((e) => e.id).filter((id) => !visited.includes(id))].slice(0, n).map((id) => ({ __typename: 'ResidentialEstate', id }));
  const SUMMARY = `safety { inspections lastInspectedOn openFindings overdueFindings
    lastInspection { conductedOn campaign { name kind } inspectors { name } }
    findings { findings rectified byCategory { category findings } }
    findingList(openOnly: true) { id state deadline overdue }
    selfInspection { required monthsDue submitted missingMonths streak lastMonth company { id } } }`;

  it('lists 1,000 estates with their safety summary in as many SQL statements as 10', async () => {
    const statements = async (n: number) => {
      h.sub.statements.length = 0;
      const data = ok(await h.sub.query<{ _entities: unknown[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { id ${SUMMARY} } } }`, { variables: { r: estates(n) } }));
      expect(data._entities).toHaveLength(n);
      return h.sub.statements.length;
    };
    const few = await statements(10);
    expect(await statements(1_000)).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
  });

  it('reports an estate\'s missing months and its streak back from August', async () => {
    const months = new Map<string, string[]>();
    for (const s of slice.selfInspections) months.set(s.estateId, [...(months.get(s.estateId) ?? []), s.month.slice(0, 7)]);
    const gap = registry.estates.find((e) => e.companyId && (months.get(e.id) ?? []).length === 6 && months.get(e.id)!.includes('2024-08'))!;
    const missing = SELF_INSPECTION_MONTHS.filter((m) => !months.get(gap.id)!.includes(m));
    const data = ok(await h.sub.query<{ _entities: { safety: { selfInspection: Record<string, unknown> } }[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { safety { selfInspection { required monthsDue submitted missingMonths streak } } } } }`, { variables: { r: [{ __typename: 'ResidentialEstate', id: gap.id }] } }));
    const streak = 8 - 1 - SELF_INSPECTION_MONTHS.indexOf(missing.at(-1)!);
    expect(data._entities[0]!.safety.selfInspection).toEqual({ required: true, monthsDue: 8, submitted: 6, missingMonths: [...missing], streak });
  });
});

describe('PropertyCompany.safety', () => {
  it('counts the findings a company is responsible for, and its on-time rectification, in one statement for many companies', async () => {
    const companies = registry.companies.slice(0, 200).map((c) => ({ __typename: 'PropertyCompany', id: c.id }));
    h.sub.statements.length = 0;
    const data = ok(await h.sub.query<{ _entities: { safety: { estatesServed: number; findings: { findings: number; rectified: number; rectifiedOnTime: number; onTimeRate: number | null }; selfInspection: { monthsDue: number; missing: number } } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on PropertyCompany { safety { estatesServed inspections findings { findings rectified rectifiedOnTime onTimeRate overdue } selfInspection { monthsDue missing estatesMissing } } } } }',
      { variables: { r: companies } },
    ));
    expect(h.sub.statements).toHaveLength(1);
    const served = (id: string) => registry.estates.filter((e) => e.companyId === id).length;
    data._entities.forEach((e, i) => {
      expect(e.safety.estatesServed).toBe(served(companies[i]!.id));
      expect(e.safety.selfInspection.monthsDue).toBe(served(companies[i]!.id) * 8);
    });
    const total = data._entities.reduce((s, e) => s + e.safety.findings.findings, 0);
    expect(total).toBeGreaterThan(0);
    const withRectified = data._entities.find((e) => e.safety.findings.rectified > 0)!;
    expect(withRectified.safety.findings.onTimeRate).toBe(Math.round((withRectified.safety.findings.rectifiedOnTime / withRectified.safety.findings.rectified) * 10_000) / 10_000);
  });
});

describe('the demo draws', () => {
  it('every one re-runs from its recorded inputs to its recorded result', async () => {
    const token = await (await import('@wuye/kit')).signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    for (const draw of slice.draws) {
      const data = ok(await h.sub.query<{ verifySafetyDraw: { matches: boolean; problem: string | null } }>(`{ verifySafetyDraw(id: "${draw.id}") { matches problem } }`, { token }));
      expect(data.verifySafetyDraw, draw.id).toEqual({ matches: true, problem: null });
    }
  });

  it('never put an inspector on an estate served by a company it is tied to (回避), though the picks met such ties', async () => {
    const token = await (await import('@wuye/kit')).signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    let met = 0;
    for (const draw of slice.draws) {
      const data = ok(await h.sub.query<{ safetyDraw: { recordedInputs: string; recordedResult: string } }>(`{ safetyDraw(id: "${draw.id}") { recordedInputs recordedResult } }`, { token }));
      const inputs = JSON.parse(data.safetyDraw.recordedInputs) as { eligible: { estateId: string; companyId: string }[]; pool: { inspectorId: string; companyIds: string[] }[] };
      const result = JSON.parse(data.safetyDraw.recordedResult) as { inspectorIds: string[]; assignments: { estateId: string; inspectorIds: string[] }[] };
      const company = new Map(inputs.eligible.map((e) => [e.estateId, e.companyId]));
      const ties = new Map(inputs.pool.map((p) => [p.inspectorId, p.companyIds]));
      for (const a of result.assignments) {
        for (const inspector of a.inspectorIds) expect(ties.get(inspector)).not.toContain(company.get(a.estateId));
        if (result.inspectorIds.some((i) => ties.get(i)!.includes(company.get(a.estateId)!))) met++;
      }
    }
    expect(met).toBeGreaterThan(0);
  });

  it('agrees with the dataset on which categories are fire problems, and on the deadlines', () => {
    expect([...FIRE_CATEGORIES].sort()).toEqual([...DATASET_FIRE].sort());
    expect(SAFETY_DEADLINE_DAYS).toEqual(DEADLINE_DAYS);
  });
});
