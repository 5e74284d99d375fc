// Safety inspection through the gateway: the seed's figures (37 双随机 checks, 787 estates sampled,
// 428 fire problems rectified) from rows, counted independently here from the demo data; registry
// and safety in one request; a draw and a rectification with the real registry answering who serves
// each estate. Writes use data no other file asserts on, and assertions after them use deltas.
import { FIRE_CATEGORIES, generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { describe, expect, it } from 'vitest';
import { query } from './gateway-client.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();

const prefixOf = (code: string) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

/** the 双随机 figures of a region, counted here from the demo data's rows */
function drawFiguresFromRows(code: string) {
  const prefix = prefixOf(code);
  const campaigns = new Map(slice.campaigns.map((c) => [c.id, c]));
  // a check's estates lie in its county: the draw's eligible list does
  const draws = slice.draws.filter((d) => campaigns.get(d.campaignId)!.regionCode.startsWith(prefix));
  const inspections = new Set(draws.flatMap((d) => d.inspections.map((i) => i.id)));
  const fire = slice.findings.filter((f) => inspections.has(f.inspectionId) && (FIRE_CATEGORIES as readonly string[]).includes(f.category));
  return {
    inspections: draws.length,
    estatesSampled: draws.reduce((sum, d) => sum + d.estateCount, 0),
    estates: registry.estates.filter((e) => e.regionCode.startsWith(prefix)).length,
    fireProblems: fire.length,
    fireProblemsRectified: fire.filter((f) => f.state === 'RECTIFIED' || f.state === 'VERIFIED').length,
  };
}

type Figures = { inspections: number; estatesSampled: number; estates: number; findings: { fireProblems: number; fireProblemsRectified: number } };
const DRAW_FIGURES = 'safety(kind: RANDOM_DRAW) { inspections estatesSampled estates findings { fireProblems fireProblemsRectified } }';
const flat = (f: Figures) => ({ inspections: f.inspections, estatesSampled: f.estatesSampled, estates: f.estates, fireProblems: f.findings.fireProblems, fireProblemsRectified: f.findings.fireProblemsRectified });

describe('safety inspection through the gateway', () => {
  it('reproduces the seed\'s figures for the province: 37 双随机 checks, 787 estates sampled, 428 fire problems rectified', async () => {
    const data = await query<{ region: { safety: Figures & { samplingRate: number } } }>(`{ region(code: "350000") { ${DRAW_FIGURES.replace('estates findings', 'estates samplingRate findings')} } }`);
    expect(data.region.safety).toMatchObject({ inspections: 37, estatesSampled: 787, estates: 17_000, samplingRate: 0.0463, findings: { fireProblemsRectified: 428 } });
    expect(flat(data.region.safety)).toEqual(drawFiguresFromRows('350000'));
  });

  it('gives every city the figures counted independently from its rows, in one request', async () => {
    const data = await query<{ region: { children: ({ code: string } & { safety: Figures })[] } }>(`{ region(code: "350000") { children { code ${DRAW_FIGURES} } } }`);
    expect(data.region.children.length).toBeGreaterThanOrEqual(9);
    for (const city of data.region.children) expect(flat(city.safety), city.code).toEqual(drawFiguresFromRows(city.code));
    expect(data.region.children.reduce((sum, c) => sum + c.safety.estatesSampled, 0)).toBe(787);
  });

  it('joins registry and safety in one request: estates with their company, safety summary and self-inspection streak', async () => {
    const data = await query<{ estates: { edges: { node: { name: string; company: { name: string; safety: { estatesServed: number } } | null; safety: { selfInspection: { required: boolean; streak: number; monthsDue: number } } } }[] } }>(
      `{ estates(first: 100, filter: { regionCode: "350203" }) { edges { node { name company { name safety { estatesServed findings { onTimeRate } selfInspection { missing } } }
         safety { inspections lastInspectedOn openFindings overdueFindings selfInspection { required streak monthsDue missingMonths } } } } } }`,
    );
    expect(data.estates.edges).toHaveLength(100);
    const served = data.estates.edges.filter((e) => e.node.company);
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((e) => e.node.safety.selfInspection.required && e.node.safety.selfInspection.monthsDue === 8 && e.node.company!.safety.estatesServed > 0)).toBe(true);
  });

  it('draws a check with the real registry answering who serves each estate, and the draw verifies', async () => {
    const checked = new Set(slice.campaigns.filter((c) => c.kind === 'RANDOM_DRAW').map((c) => c.regionCode));
    const county = registry.regions.find((r) => r.level === 'COUNTY' && !checked.has(r.code) && registry.estates.filter((e) => e.companyId && e.regionCode.startsWith(r.code)).length >= 40)!.code;
    const token = await signToken({ role: 'COUNTY_ADMIN', region: county });
    const before = await query<{ region: { safety: Figures } }>(`{ region(code: "${county}") { ${DRAW_FIGURES} } }`);
    const { createSafetyCampaign: campaign } = await query<{ createSafetyCampaign: { id: string } }>(
      `mutation { createSafetyCampaign(input: { name: "2024年第三季度物业服务区域“双随机、一公开”抽查", kind: RANDOM_DRAW, regionCode: "${county}", organiser: "住房和城乡建设局", startsOn: "2024-09-10", endsOn: "2024-09-30", focus: "消防安全" }) { id } }`,
      token,
    );
    const { drawSafetyInspection: draw } = await query<{ drawSafetyInspection: { seed: string; estates: { id: string; name: string; company: { id: string } | null }[]; assignments: { inspectors: { name: string }[] }[]; verification: { matches: boolean } } }>(
      `mutation { drawSafetyInspection(input: { campaignId: "${campaign.id}", estateCount: 10, inspectorCount: 4, seed: "e2e-public-seed-20240910" }) {
         seed estates { id name company { id } } assignments { inspectors { name } } verification { matches } } }`,
      token,
    );
    expect(draw.estates).toHaveLength(10);
    expect(draw.estates.every((e) => e.name && e.company && registry.estates.find((r) => r.id === e.id)!.companyId === e.company.id)).toBe(true);
    expect(draw.assignments.every((a) => a.inspectors.length === 2)).toBe(true);
    expect(draw.verification.matches).toBe(true);
    const after = await query<{ region: { safety: Figures } }>(`{ region(code: "${county}") { ${DRAW_FIGURES} } }`);
    // one more check started; its estates are only drawn, not yet inspected
    expect(after.region.safety.inspections).toBe(before.region.safety.inspections + 1);
    expect(after.region.safety.estatesSampled).toBe(before.region.safety.estatesSampled);
  });

  it('lets the company serving an estate rectify a finding and an official of the region verify it; the public never sees the evidence', async () => {
    const campaigns = new Map(slice.campaigns.map((c) => [c.id, c]));
    const visits = new Map(slice.visits.map((v) => [v.id, v]));
    // an open finding of a 四不两直 check (the 双随机 figures above stay as they are)
    const finding = slice.findings.find((f) => f.state === 'NOTIFIED' && visits.has(f.inspectionId) && campaigns.get(visits.get(f.inspectionId)!.campaignId)!.kind === 'UNANNOUNCED')!;
    const visit = visits.get(finding.inspectionId)!;
    const county = registry.estates.find((e) => e.id === visit.estateId)!.regionCode.slice(0, 6);
    const company = await signToken({ role: 'COMPANY', region: county, companyId: visit.companyId });
    const official = await signToken({ role: 'COUNTY_ADMIN', region: county });
    const rectified = await query<{ rectifySafetyFinding: { state: string; evidence: { stage: string }[] } }>(
      `mutation { rectifySafetyFinding(id: "${finding.id}", input: { note: "已按要求整改完毕", evidence: [{ kind: PHOTO, fileRef: "evidence/2024/09/e2e.jpg" }] }) { state evidence { stage } } }`,
      company,
    );
    expect(rectified.rectifySafetyFinding.state).toBe('RECTIFIED');
    expect(rectified.rectifySafetyFinding.evidence.at(-1)!.stage).toBe('RECTIFIED');
    const verified = await query<{ verifySafetyFinding: { state: string; transitions: { action: string }[] } }>(`mutation { verifySafetyFinding(id: "${finding.id}", note: "复查合格") { state transitions { action } } }`, official);
    expect(verified.verifySafetyFinding.state).toBe('VERIFIED');
    expect(verified.verifySafetyFinding.transitions.slice(-2).map((t) => t.action)).toEqual(['RECTIFY', 'VERIFY']);
    const campaign = campaigns.get(visit.campaignId)!;
    if (campaign.resultsPublishedOn) {
      const publicView = await query<{ safetyFinding: { state: string; evidence: unknown; evidenceCount: number } }>(`{ safetyFinding(id: "${finding.id}") { state evidence { fileRef } evidenceCount } }`);
      expect(publicView.safetyFinding).toMatchObject({ state: 'VERIFIED', evidence: null });
      expect(publicView.safetyFinding.evidenceCount).toBeGreaterThan(1);
    }
  });
});
