// Credit through the gateway: the published 2023 figures counted independently from the demo data, a
// company's credit next to its other domains in one request, and the round trip of domain events — a
// change in safety-inspection, public-revenue or party-building shows in the company's live credit once
// the real relay and subscriber (separate processes, PostgreSQL transport) have delivered it.
import { creditGradeOf, creditScoreHundredths, generateCredit, generatePartyBuilding, generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { query } from './gateway-client.js';

const { registry } = generateProvince();
const credit = generateCredit();
const safety = generateSafetyInspection();
const party = generatePartyBuilding();

const cents = (decimal: string): number => Math.round(Number(decimal) * 100);

/** 2023 scores and grades per company, recounted here from the demo events and the 2023 rule set */
function recount2023() {
  const rules = credit.ruleSets.filter((r) => r.year === 2023).sort((a, b) => b.version - a.version)[0]!.document;
  const events = new Map<string, { item: string; points: string }[]>();
  for (const e of credit.events) if (e.year === 2023) events.set(e.companyId, [...(events.get(e.companyId) ?? []), e]);
  return new Map(registry.companies.map((c) => {
    const own = events.get(c.id) ?? [];
    const score = creditScoreHundredths(rules, own);
    const deductions = -own.reduce((sum, e) => sum + Math.min(0, cents(e.points)), 0);
    return [c.id, { score, deductions, grade: creditGradeOf(rules, score) }];
  }));
}

let province: string;
beforeAll(async () => {
  province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
});

describe('published figures', () => {
  it('reproduces the 美好家园 honours (97 / 20 / 3) and the 2023 grade distribution counted from the demo data', async () => {
    const { region } = await query<{ region: { credit: { evaluationVersion: number; companiesPublished: number; averageScore: string; grades: { grade: string; count: number }[]; honours: { level: string; count: number }[] } } }>(
      '{ region(code: "350000") { credit(year: 2023) { evaluationVersion companiesPublished averageScore grades { grade count } honours { level count } } } }',
    );
    const recounted = [...recount2023().values()];
    const byGrade: Record<string, number> = {};
    for (const r of recounted) byGrade[r.grade] = (byGrade[r.grade] ?? 0) + 1;
    expect(region.credit.evaluationVersion).toBe(1);
    expect(region.credit.companiesPublished).toBe(registry.companies.length);
    expect(Object.fromEntries(region.credit.grades.filter((g) => g.count > 0).map((g) => [g.grade, g.count]))).toEqual(byGrade);
    const average = recounted.reduce((sum, r) => sum + r.score, 0) / recounted.length;
    expect(Math.abs(cents(region.credit.averageScore) - average)).toBeLessThanOrEqual(0.5);
    expect(Object.fromEntries(region.credit.honours.map((h) => [h.level, h.count]))).toEqual({ CITY: 97, PROVINCE: 20, NATIONAL: 3 });
  });
});

describe('one request across domains', () => {
  it('gives a company\'s registry facts, party-building, safety and published credit together', async () => {
    const company = registry.companies[0]!;
    const { company: propertyCompany } = await query<{ company: { name: string; partyBuilding: { organizationFormed: boolean }; safety: { findings: { findings: number } }; credit: { result: { year: number; score: string; grade: string; provinceRank: number } } } }>(
      `{ company(id: "${company.id}") { name partyBuilding { organizationFormed } safety { findings { findings } } credit { result(year: 2023) { year score grade provinceRank } } } }`,
    );
    const expected = recount2023().get(company.id)!;
    expect(propertyCompany.name).toBe(company.name);
    expect(propertyCompany.credit.result).toMatchObject({ year: 2023, grade: expected.grade });
    expect(cents(propertyCompany.credit.result.score)).toBe(expected.score);
    // rank: score down, then fewer deductions, then company id (README § Credit)
    const ahead = [...recount2023()].filter(([id, r]) => r.score > expected.score || (r.score === expected.score && (r.deductions < expected.deductions || (r.deductions === expected.deductions && id < company.id))));
    expect(propertyCompany.credit.result.provinceRank).toBe(ahead.length + 1);
  });
});

describe('domain events: the round trip through the real relay and subscriber', () => {
  type Live = { score: string; explanation: { kind: string; eventId: string | null; points: string }[] };
  type Events = { edges: { node: { id: string; points: string; sourceEventType: string | null; evidenceRefs: string[] } }[] };
  const creditOf = async (companyId: string) =>
    (await query<{ company: { credit: { live: Live; events: Events } } }>(
      `{ company(id: "${companyId}") { credit { live(year: 2024) { score explanation { kind eventId points } } events(year: 2024, first: 20) { edges { node { id points sourceEventType evidenceRefs } } } } } }`,
      province,
    )).company.credit;

  /** waits (up to 15 s) until the company has a credit event referring to `ref` */
  async function arrival(companyId: string, ref: string) {
    for (let i = 0; i < 150; i++) {
      const now = await creditOf(companyId);
      const event = now.events.edges.map((e) => e.node).find((e) => e.evidenceRefs.includes(ref));
      if (event) return { now, event };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no credit event for ${ref} arrived at ${companyId} within 15 s`);
  }

  const sum = (live: Live) => live.explanation.reduce((total, line) => total + cents(line.points), 0);
  const rules = async () => JSON.parse((await query<{ creditRuleSetInForce: { document: string } }>('{ creditRuleSetInForce(year: 2024) { document } }')).creditRuleSetInForce.document) as { eventPoints: { findingRaised: { MAJOR: string }; complaintSubstantiated: string; instructorSent: string } };

  it('a safety finding raised costs the company serving the estate points', async () => {
    const COUNTY = '350802'; // 新罗区: no other end-to-end file writes there
    const tied = new Set(safety.inspectorTies.map((t) => `${t.inspectorId}|${t.companyId}`));
    const estate = registry.estates.filter((e) => e.companyId && e.regionCode.startsWith(COUNTY))[5]!;
    const team = safety.inspectors.filter((i) => i.regionCode === COUNTY && !tied.has(`${i.id}|${estate.companyId}`)).slice(0, 2).map((i) => i.id);
    const official = await signToken({ role: 'COUNTY_ADMIN', region: COUNTY });
    const { createSafetyCampaign } = await query<{ createSafetyCampaign: { id: string } }>(
      `mutation { createSafetyCampaign(input: { name: "2024年新罗区信用联动专项检查", kind: SPECIAL, regionCode: "${COUNTY}", organiser: "新罗区住房和城乡建设局", startsOn: "2024-09-01", endsOn: "2024-09-30", focus: "消防通道" }) { id } }`,
      official,
    );
    const { recordSafetyInspection } = await query<{ recordSafetyInspection: { id: string } }>(
      `mutation { recordSafetyInspection(input: { campaignId: "${createSafetyCampaign.id}", estateId: "${estate.id}", inspectorIds: ${JSON.stringify(team)}, conductedOn: "2024-09-05" }) { id } }`,
      official,
    );
    const { raiseSafetyFinding } = await query<{ raiseSafetyFinding: { id: string } }>(
      `mutation { raiseSafetyFinding(input: { inspectionId: "${recordSafetyInspection.id}", category: FIRE_LANE_BLOCKED, severity: MAJOR, description: "消防车通道被占用" }) { id } }`,
      official,
    );
    const { now, event } = await arrival(estate.companyId!, `safety-inspection:${raiseSafetyFinding.id}`);
    expect(event).toMatchObject({ sourceEventType: 'safety-inspection.FindingRaised', points: (await rules()).eventPoints.findingRaised.MAJOR });
    // the live score counts it — its line in the explanation — and the explanation still adds up exactly
    // (other files' events may arrive meanwhile, so no before/after arithmetic on the score itself)
    const line = now.live.explanation.find((l) => l.eventId === event.id)!;
    expect(line.kind).toBe('EVENT');
    expect(cents(line.points)).toBeLessThan(0);
    expect(sum(now.live)).toBe(cents(now.live.score));
  });

  it('a complaint closed as substantiated counts against the company', async () => {
    const estate = registry.estates.filter((e) => e.companyId && e.regionCode.startsWith('350206'))[2]!;
    const official = await signToken({ role: 'COUNTY_ADMIN', region: '350206' });
    const { receivePublicRevenueComplaint: complaint } = await query<{ receivePublicRevenueComplaint: { id: string } }>(
      `mutation { receivePublicRevenueComplaint(input: { source: HOTLINE_12345, estateId: "${estate.id}", complainantName: "林秀英", summary: "停车收益未公示" }) { id } }`,
      official,
    );
    const step = (s: string, extra = '') => query(`mutation { advancePublicRevenueComplaint(input: { id: "${complaint.id}", step: ${s}, note: "办理中"${extra} }) { state } }`, official);
    await step('ASSIGNED', ', department: "湖里区住房和城乡建设局"');
    await step('ANSWERED');
    await step('CLOSED', ', substantiated: true');
    const { event } = await arrival(estate.companyId!, `public-revenue:${complaint.id}`);
    expect(event).toMatchObject({ sourceEventType: 'public-revenue.ComplaintSubstantiated', points: (await rules()).eventPoints.complaintSubstantiated });
  });

  it('a party-building instructor sent to a company without an organisation adds its points', async () => {
    const covered = new Set([...party.organizations.flatMap((o) => o.companyIds), ...party.instructors.flatMap((i) => (i.companyId ? [i.companyId] : []))]);
    // one too small to found its own organisation (other files found organisations for the larger ones)
    const members = new Map(party.companyPartyMembers.map((c) => [c.companyId, c.partyMembers]));
    const company = registry.companies.filter((c) => !covered.has(c.id) && (members.get(c.id) ?? 0) < 3).at(-1)!;
    const official = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const { sendInstructor } = await query<{ sendInstructor: { id: string } }>(`mutation { sendInstructor(input: { name: "郑建华", sentOn: "2024-09-01", companyId: "${company.id}" }) { id } }`, official);
    const { event } = await arrival(company.id, `party-building:${sendInstructor.id}`);
    expect(event).toMatchObject({ sourceEventType: 'party-building.InstructorSent', points: (await rules()).eventPoints.instructorSent });
  });
});
