// The domain events safety-inspection publishes, through the API: each is in the outbox with the change
// that caused it (same transaction), carrying what a subscriber (credit) needs.
import { generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { sql } from '@wuye/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, startHarness, token, type Harness, type Query } from './testing/helpers.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();
const COUNTY = '350203';
const tied = new Set(slice.inspectorTies.map((t) => `${t.inspectorId}|${t.companyId}`));
const estate = registry.estates.filter((e) => e.companyId && e.regionCode.startsWith(COUNTY))[1]!;
const team = slice.inspectors.filter((i) => i.regionCode === COUNTY && !tied.has(`${i.id}|${estate.companyId}`)).slice(0, 2).map((i) => i.id);

let h: Harness;
let official: string;
let company: string;
let inspectionId: string;

const outbox = (type: string) =>
  sql<{ aggregate_id: string; sequence: number; payload: Record<string, unknown> }>(h.sub.orm.em.fork(), `select aggregate_id, sequence, payload from safety_inspection.outbox_event where type = ? order by position`, [type]);

beforeAll(async () => {
  h = await startHarness();
  official = await token({ role: 'COUNTY_ADMIN', region: COUNTY });
  company = await token({ role: 'COMPANY', region: COUNTY, companyId: estate.companyId! });
  const campaign = ok(
    await h.sub.query<{ createSafetyCampaign: { id: string } }>(
      `mutation { createSafetyCampaign(input: { name: "2024年9月思明区消防安全专项检查", kind: SPECIAL, regionCode: "${COUNTY}", organiser: "思明区住房和城乡建设局", startsOn: "2024-09-01", endsOn: "2024-09-30", focus: "消防通道" }) { id } }`,
      { token: official },
    ),
  ).createSafetyCampaign;
  inspectionId = ok(
    await h.sub.query<{ recordSafetyInspection: { id: string } }>(
      `mutation { recordSafetyInspection(input: { campaignId: "${campaign.id}", estateId: "${estate.id}", inspectorIds: ${JSON.stringify(team)}, conductedOn: "2024-09-05" }) { id } }`,
      { token: official },
    ),
  ).recordSafetyInspection.id;
}, 180_000);
afterAll(() => h?.close());

const raise = async () =>
  ok(await h.sub.query<{ raiseSafetyFinding: { id: string } }>(`mutation { raiseSafetyFinding(input: { inspectionId: "${inspectionId}", category: FIRE_LANE_BLOCKED, severity: MAJOR, description: "消防车通道被占用" }) { id } }`, { token: official })).raiseSafetyFinding.id;
const act = async (q: Query, mutation: string, who = official) => ok(await q(mutation, { token: who }));

describe('findings', () => {
  it('publishes FindingRaised with the finding, and FindingRectified (on time) when the rectification is verified', async () => {
    const id = await raise();
    expect(await outbox('safety-inspection.FindingRaised')).toContainEqual({ aggregate_id: id, sequence: 1, payload: expect.objectContaining({ findingId: id, estateId: estate.id, companyId: estate.companyId, severity: 'MAJOR', category: 'FIRE_LANE_BLOCKED' }) });
    await act(h.sub.query, `mutation { notifySafetyFinding(id: "${id}") { id } }`);
    await act(h.sub.query, `mutation { rectifySafetyFinding(id: "${id}", input: { note: "已清理通道", evidence: [{ kind: PHOTO, fileRef: "e/1.jpg" }] }) { id } }`, company);
    // nothing is published until the rectification is accepted
    expect((await outbox('safety-inspection.FindingRectified')).filter((e) => e.aggregate_id === id)).toEqual([]);
    await act(h.sub.query, `mutation { verifySafetyFinding(id: "${id}") { id } }`);
    expect((await outbox('safety-inspection.FindingRectified')).filter((e) => e.aggregate_id === id)).toEqual([
      { aggregate_id: id, sequence: 2, payload: expect.objectContaining({ findingId: id, companyId: estate.companyId, deadline: '2024-09-17', rectifiedAt: '2024-09-10', onTime: true }) },
    ]);
  });

  it('says a rectification after the deadline was late', async () => {
    const id = await raise();
    await act(h.sub.query, `mutation { notifySafetyFinding(id: "${id}") { id } }`);
    const later = await h.at('2024-09-20T02:00:00Z');
    await act(later, `mutation { rectifySafetyFinding(id: "${id}", input: { note: "已清理通道", evidence: [{ kind: PHOTO, fileRef: "e/2.jpg" }] }) { id } }`, company);
    await act(later, `mutation { verifySafetyFinding(id: "${id}") { id } }`);
    expect((await outbox('safety-inspection.FindingRectified')).find((e) => e.aggregate_id === id)?.payload).toMatchObject({ deadline: '2024-09-17', rectifiedAt: '2024-09-20', onTime: false });
  });

  it('publishes nothing for a refused transition', async () => {
    const before = (await outbox('safety-inspection.FindingRectified')).length;
    const id = await raise();
    expect(refused(await h.sub.query(`mutation { verifySafetyFinding(id: "${id}") { id } }`, { token: official })).code).toBe('CONFLICT');
    expect(await outbox('safety-inspection.FindingRectified')).toHaveLength(before);
  });
});

describe('the monthly sweep of missed self-inspections', () => {
  const flag = async (month: string, who: string) => h.sub.query<{ flagMissedSelfInspections: number }>(`mutation { flagMissedSelfInspections(month: "${month}") }`, { token: who });

  it('flags each missing month once, as the missing list counts it, and publishes each', async () => {
    const province = await token({ role: 'PROVINCE_ADMIN', region: '350000' });
    const missing = ok(await h.sub.query<{ missingSelfInspections: { totalCount: number } }>('{ missingSelfInspections(filter: { month: "2024-08" }) { totalCount } }', { token: province })).missingSelfInspections.totalCount;
    expect(missing).toBeGreaterThan(0);
    expect(ok(await flag('2024-08', province)).flagMissedSelfInspections).toBe(missing);
    expect(ok(await flag('2024-08', province)).flagMissedSelfInspections).toBe(0); // again: nothing new
    const events = await outbox('safety-inspection.SelfInspectionMissed');
    expect(events).toHaveLength(missing);
    expect(new Set(events.map((e) => e.aggregate_id)).size).toBe(missing);
    expect(events[0]!.payload).toMatchObject({ month: '2024-08', companyId: expect.any(String), estateId: expect.any(String), regionCode: expect.stringMatching(/^35/) });
  });

  it('refuses a month not yet ended, and anyone but the province or the platform', async () => {
    const province = await token({ role: 'PROVINCE_ADMIN', region: '350000' });
    expect(refused(await flag('2024-09', province))).toEqual({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(refused(await flag('2024-08', official)).code).toBe('FORBIDDEN');
    expect(ok(await flag('2024-08', await token({ role: 'SERVICE', region: '350000' }))).flagMissedSelfInspections).toBe(0); // the scheduler may; all were flagged
  });
});
