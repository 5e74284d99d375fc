// 双随机 through the API: a draw records seed, inputs and result, reproduces from them, respects the
// ties recorded through the API (回避), fails with CONFLICT — writing nothing — when no valid team
// exists, and refuses bad input naming the field.
import { generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDraw, type DrawInputs, type DrawResult } from './draw/draw.js';
import { ok, refused, startHarness, token, type Harness } from './testing/helpers.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();
const checked = new Set(slice.campaigns.filter((c) => c.kind === 'RANDOM_DRAW').map((c) => c.regionCode));
// a county no demo check has drawn from, with many served estates
const COUNTY = [...new Set(registry.estates.filter((e) => e.companyId).map((e) => e.regionCode.slice(0, 6)))]
  .filter((c) => !checked.has(c))
  .sort((a, b) => registry.estates.filter((e) => e.regionCode.startsWith(b)).length - registry.estates.filter((e) => e.regionCode.startsWith(a)).length)[0]!;
const served = registry.estates.filter((e) => e.companyId && e.regionCode.startsWith(COUNTY));
// the company serving the most estates of the county
const bigCompany = [...new Set(served.map((e) => e.companyId!))].sort((a, b) => served.filter((e) => e.companyId === b).length - served.filter((e) => e.companyId === a).length)[0]!;

const pool = slice.inspectors.filter((i) => i.regionCode === COUNTY).map((i) => i.id);
const alreadyTied = pool.filter((id) => slice.inspectorTies.some((t) => t.inspectorId === id && t.companyId === bigCompany));
const tiedToBig = [...alreadyTied, ...pool.filter((id) => !alreadyTied.includes(id))].slice(0, 2);

let h: Harness;
let county: string;

const DRAW = `id seed algorithm estateCount inspectorCount teamSize eligibleCount poolSize inputsDigest resultDigest recordedInputs recordedResult
  estates { id } inspectors { id } assignments { estate { id } inspectors { id } } verification { matches recomputedResultDigest problem }
  campaign { inspections { id conductedOn estate { id } company { id } inspectors { id } draw { id } } }`;

type Draw = { id: string; seed: string; estateCount: number; eligibleCount: number; poolSize: number; resultDigest: string; recordedInputs: string; recordedResult: string; estates: { id: string }[]; inspectors: { id: string }[]; assignments: { estate: { id: string }; inspectors: { id: string }[] }[]; verification: { matches: boolean; recomputedResultDigest: string; problem: string | null }; campaign: { inspections: { id: string; conductedOn: string | null; estate: { id: string }; company: { id: string }; inspectors: { id: string }[]; draw: { id: string } }[] } };

async function campaign(name: string, kind = 'RANDOM_DRAW'): Promise<string> {
  return ok(
    await h.sub.query<{ createSafetyCampaign: { id: string } }>(
      `mutation { createSafetyCampaign(input: { name: "${name}", kind: ${kind}, regionCode: "${COUNTY}", organiser: "住房和城乡建设局", startsOn: "2024-09-10", endsOn: "2024-09-30", focus: "消防安全" }) { id } }`,
      { token: county },
    ),
  ).createSafetyCampaign.id;
}

const draw = (campaignId: string, extra = '') => h.sub.query<{ drawSafetyInspection: Draw }>(`mutation { drawSafetyInspection(input: { campaignId: "${campaignId}", estateCount: 12, inspectorCount: 4 ${extra} }) { ${DRAW} } }`, { token: county });

beforeAll(async () => {
  h = await startHarness();
  county = await token({ role: 'COUNTY_ADMIN', region: COUNTY });
}, 180_000);
afterAll(() => h?.close());

describe('a draw', () => {
  it('records its seed, inputs and result, plans an inspection with a team per estate, and verifies', async () => {
    // two inspectors of the pool tied to the county's biggest company, so that 回避 must do work
    for (const inspectorId of tiedToBig.filter((id) => !slice.inspectorTies.some((t) => t.inspectorId === id && t.companyId === bigCompany))) {
      ok(await h.sub.query(`mutation { recordSafetyInspectorTie(input: { inspectorId: "${inspectorId}", companyId: "${bigCompany}", relation: "曾在该企业任职" }) { id } }`, { token: county }));
    }
    const result = ok(await draw(await campaign('2024年第一批“双随机、一公开”抽查'), ', seed: "announced-seed-2024-09-10"')).drawSafetyInspection;
    expect(result).toMatchObject({ seed: 'announced-seed-2024-09-10', estateCount: 12, eligibleCount: served.length, poolSize: pool.length, verification: { matches: true, problem: null } });
    expect(new Set(result.estates.map((e) => e.id)).size).toBe(12);
    expect(result.estates.every((e) => served.some((s) => s.id === e.id))).toBe(true);

    // anyone can re-run the recorded inputs and get the recorded result
    const inputs = JSON.parse(result.recordedInputs) as DrawInputs;
    expect(runDraw(inputs)).toEqual(JSON.parse(result.recordedResult) as DrawResult);
    expect(inputs.eligible.map((e) => e.estateId)).toEqual(served.map((e) => e.id).sort());

    // 回避: no inspector on an estate of a company it is tied to
    const ties = new Map(inputs.pool.map((p) => [p.inspectorId, p.companyIds]));
    const company = new Map(inputs.eligible.map((e) => [e.estateId, e.companyId]));
    for (const a of result.assignments) {
      expect(a.inspectors).toHaveLength(2);
      for (const i of a.inspectors) expect(ties.get(i.id)).not.toContain(company.get(a.estate.id));
    }

    // one planned inspection per estate drawn, with its team and the company copied from registry
    const inspections = result.campaign.inspections;
    expect(inspections.map((i) => i.estate.id).sort()).toEqual(result.estates.map((e) => e.id).sort());
    for (const inspection of inspections) {
      expect(inspection).toMatchObject({ conductedOn: null, draw: { id: result.id }, company: { id: company.get(inspection.estate.id) } });
      expect(inspection.inspectors.map((i) => i.id).sort()).toEqual(result.assignments.find((a) => a.estate.id === inspection.estate.id)!.inspectors.map((i) => i.id).sort());
    }
  });

  it('is reproducible: the same seed and eligible list give the same pick in another campaign', async () => {
    const first = ok(await draw(await campaign('2024年第二批“双随机、一公开”抽查'), ', seed: "same-seed-again"')).drawSafetyInspection;
    const second = ok(await draw(await campaign('2024年第三批“双随机、一公开”抽查'), ', seed: "same-seed-again"')).drawSafetyInspection;
    expect(second.estates).toEqual(first.estates);
    expect(second.resultDigest).toBe(first.resultDigest);
    const third = ok(await draw(await campaign('2024年第四批“双随机、一公开”抽查'))).drawSafetyInspection;
    expect(third.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(third.verification.matches).toBe(true);
  });

  it('leaves estates sampled since a date out of the default list when asked', async () => {
    const sampled = await h.sub.query<{ safetyInspections: { edges: { node: { estate: { id: string }; campaign: { kind: string } } }[] } }>(`{ safetyInspections(first: 1000, filter: { regionCode: "${COUNTY}" }) { edges { node { estate { id } campaign { kind } } } } }`, { token: county });
    const already = new Set(ok(sampled).safetyInspections.edges.filter((e) => e.node.campaign.kind === 'RANDOM_DRAW').map((e) => e.node.estate.id));
    expect(already.size).toBeGreaterThan(0);
    const result = ok(await draw(await campaign('2024年第五批“双随机、一公开”抽查'), ', excludeSampledSince: "2024-01-01"')).drawSafetyInspection;
    expect(result.eligibleCount).toBe(served.length - already.size);
    expect(result.estates.some((e) => already.has(e.id))).toBe(false);
  });

  it('is drawn once per check (CONFLICT), and only for 双随机 checks', async () => {
    const id = await campaign('2024年第六批“双随机、一公开”抽查');
    ok(await draw(id));
    expect(refused(await draw(id)).code).toBe('CONFLICT');
    expect(refused(await draw(await campaign('2024年9月“四不两直”检查', 'UNANNOUNCED')))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.campaignId' });
  });

  it('fails with CONFLICT, writing nothing, when no valid team exists (回避)', async () => {
    const id = await campaign('2024年第七批“双随机、一公开”抽查');
    const own = served.filter((e) => e.companyId === bigCompany).map((e) => e.id).slice(0, 5);
    const res = await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 2, inspectorCount: 2, estateIds: ${JSON.stringify(own)}, inspectorIds: ${JSON.stringify(tiedToBig)} }) { id } }`, { token: county });
    expect(refused(res).code).toBe('CONFLICT');
    expect(res.errors![0]!.message).toContain('回避');
    const after = ok(await h.sub.query<{ safetyCampaign: { draw: unknown; inspections: unknown[] } }>(`{ safetyCampaign(id: "${id}") { draw { id } inspections { id } } }`, { token: county })).safetyCampaign;
    expect(after).toEqual({ draw: null, inspections: [] });
  });

  it('refuses bad input naming the field, another county\'s official, and the public', async () => {
    const id = await campaign('2024年第八批“双随机、一公开”抽查');
    expect(refused(await draw(id, ', seed: "x"'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.seed' });
    expect(refused(await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 99999, inspectorCount: 1 }) { id } }`, { token: county }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estateCount' });
    expect(refused(await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 3, inspectorCount: 1, estateIds: ["${served[0]!.id}", "${served[1]!.id}"] }) { id } }`, { token: county }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.estateCount' });
    const elsewhere = registry.estates.find((e) => e.companyId && !e.regionCode.startsWith(COUNTY))!;
    expect(refused(await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 1, inspectorCount: 1, estateIds: ["${elsewhere.id}"] }) { id } }`, { token: county }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.estateIds' });
    expect(refused(await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 1, inspectorCount: 1, estateIds: ["E999999"] }) { id } }`, { token: county }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.estateIds' });
    expect(refused(await draw(id, ', teamSize: 5')).field).toBe('input.teamSize');
    const other = await token({ role: 'COUNTY_ADMIN', region: '350102' });
    expect(refused(await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 1, inspectorCount: 1 }) { id } }`, { token: other })).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(`mutation { drawSafetyInspection(input: { campaignId: "${id}", estateCount: 1, inspectorCount: 1 }) { id } }`)).code).toBe('UNAUTHENTICATED');
    expect(ok(await h.sub.query<{ safetyCampaign: { draw: unknown } }>(`{ safetyCampaign(id: "${id}") { draw { id } } }`, { token: county })).safetyCampaign.draw).toBeNull();
  });
});

describe('a drawn inspection', () => {
  it('is conducted by officials of its region, then takes findings; not before', async () => {
    const result = ok(await draw(await campaign('2024年第九批“双随机、一公开”抽查'))).drawSafetyInspection;
    const inspection = result.campaign.inspections[0]!;
    const raise = () => h.sub.query(`mutation { raiseSafetyFinding(input: { inspectionId: "${inspection.id}", category: FIRE_EQUIPMENT, severity: GENERAL, description: "灭火器过期未更换" }) { id state } }`, { token: county });
    expect(refused(await raise()).code).toBe('CONFLICT');
    expect(refused(await h.sub.query(`mutation { conductSafetyInspection(id: "${inspection.id}", conductedOn: "2024-09-11") { id } }`, { token: county }))).toEqual({ code: 'BAD_USER_INPUT', field: 'conductedOn' });
    ok(await h.sub.query(`mutation { conductSafetyInspection(id: "${inspection.id}", conductedOn: "2024-09-10") { conductedOn } }`, { token: county }));
    expect(refused(await h.sub.query(`mutation { conductSafetyInspection(id: "${inspection.id}", conductedOn: "2024-09-10") { id } }`, { token: county })).code).toBe('CONFLICT');
    expect(ok(await raise())).toMatchObject({ raiseSafetyFinding: { state: 'RAISED' } });
  });
});
