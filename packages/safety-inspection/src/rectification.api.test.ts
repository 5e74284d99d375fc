// The rectification state machine through the API: every legal path, every illegal transition refused
// with CONFLICT (and nothing written), deadlines by severity, and overdue flags as the clock moves —
// servers with later clocks on the same database stand for the days passing.
import { generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, startHarness, token, type Harness, type Query } from './testing/helpers.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();
const COUNTY = '350203';
const tied = new Set(slice.inspectorTies.map((t) => `${t.inspectorId}|${t.companyId}`));
const estate = registry.estates.find((e) => e.companyId && e.regionCode.startsWith(COUNTY))!;
const team = slice.inspectors.filter((i) => i.regionCode === COUNTY && !tied.has(`${i.id}|${estate.companyId}`)).slice(0, 2).map((i) => i.id);

let h: Harness;
let official: string;
let company: string;
let inspectionId: string;

const FINDING = 'id state deadline notifiedAt rectifiedAt verifiedAt overdue daysOverdue rectifiedOnTime transitions { seq action fromState toState at actor note }';

beforeAll(async () => {
  h = await startHarness();
  official = await token({ role: 'COUNTY_ADMIN', region: COUNTY });
  company = await token({ role: 'COMPANY', region: COUNTY, companyId: estate.companyId! });
  const campaign = ok(
    await h.sub.query<{ createSafetyCampaign: { id: string } }>(
      `mutation { createSafetyCampaign(input: { name: "2024年9月思明区“四不两直”安全生产检查", kind: UNANNOUNCED, regionCode: "${COUNTY}", organiser: "思明区住房和城乡建设局",
        startsOn: "2024-09-01", endsOn: "2024-09-30", focus: "消防通道、电动自行车充电" }) { id } }`,
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

type Finding = { id: string; state: string; deadline: string | null; notifiedAt: string | null; rectifiedAt: string | null; verifiedAt: string | null; overdue: boolean; daysOverdue: number; rectifiedOnTime: boolean | null; transitions: { seq: number; action: string; fromState: string | null; toState: string; at: string; actor: string | null; note: string | null }[] };

async function raise(severity: 'MAJOR' | 'GENERAL' = 'MAJOR', q: Query = h.sub.query): Promise<Finding> {
  return ok(
    await q<{ raiseSafetyFinding: Finding }>(
      `mutation { raiseSafetyFinding(input: { inspectionId: "${inspectionId}", category: FIRE_LANE_BLOCKED, severity: ${severity}, description: "3号楼北侧消防车通道被私家车占用",
        evidence: [{ kind: PHOTO, fileRef: "evidence/2024/09/test-1.jpg" }] }) { ${FINDING} } }`,
      { token: official },
    ),
  ).raiseSafetyFinding;
}

const MUTATION = {
  NOTIFY: (id: string) => `mutation { notifySafetyFinding(id: "${id}") { ${FINDING} } }`,
  RECTIFY: (id: string) => `mutation { rectifySafetyFinding(id: "${id}", input: { note: "已清理消防通道并设置禁停标识", evidence: [{ kind: PHOTO, fileRef: "evidence/2024/09/fixed.jpg" }] }) { ${FINDING} } }`,
  VERIFY: (id: string) => `mutation { verifySafetyFinding(id: "${id}", note: "复查合格") { ${FINDING} } }`,
  REJECT: (id: string) => `mutation { rejectSafetyFinding(id: "${id}", reason: "复查时通道仍有车辆停放") { ${FINDING} } }`,
} as const;
type Action = keyof typeof MUTATION;

async function step(id: string, action: Action, q: Query = h.sub.query): Promise<Finding> {
  const res = await q<Record<string, Finding>>(MUTATION[action](id), { token: action === 'RECTIFY' ? company : official });
  return Object.values(ok(res))[0]!;
}

async function read(id: string, q: Query = h.sub.query): Promise<Finding> {
  return ok(await q<{ safetyFinding: Finding }>(`{ safetyFinding(id: "${id}") { ${FINDING} } }`, { token: official })).safetyFinding;
}

describe('legal paths', () => {
  it('RAISED → NOTIFIED → RECTIFIED → VERIFIED, every step timestamped', async () => {
    const raised = await raise('MAJOR');
    expect(raised).toMatchObject({ state: 'RAISED', deadline: null, overdue: false });
    const notified = await step(raised.id, 'NOTIFY');
    expect(notified).toMatchObject({ state: 'NOTIFIED', deadline: '2024-09-17', notifiedAt: '2024-09-09T16:00:00.000Z' });
    const rectified = await step(raised.id, 'RECTIFY');
    expect(rectified).toMatchObject({ state: 'RECTIFIED', rectifiedOnTime: true });
    const verified = await step(raised.id, 'VERIFY');
    expect(verified).toMatchObject({ state: 'VERIFIED', verifiedAt: '2024-09-09T16:00:00.000Z', rectifiedOnTime: true, overdue: false });
    expect(verified.transitions.map((t) => [t.seq, t.action, t.fromState, t.toState])).toEqual([
      [1, 'RAISE', null, 'RAISED'],
      [2, 'NOTIFY', 'RAISED', 'NOTIFIED'],
      [3, 'RECTIFY', 'NOTIFIED', 'RECTIFIED'],
      [4, 'VERIFY', 'RECTIFIED', 'VERIFIED'],
    ]);
    expect(verified.transitions.every((t) => t.at === '2024-09-09T16:00:00.000Z')).toBe(true);
    expect(verified.transitions[2]!.actor).toBe(`company:${estate.companyId}`);
  });

  it('RECTIFIED → (rejected) NOTIFIED → RECTIFIED → VERIFIED: the rejection keeps the deadline and voids the rectification', async () => {
    const { id } = await raise('GENERAL');
    await step(id, 'NOTIFY');
    await step(id, 'RECTIFY');
    const rejected = await step(id, 'REJECT');
    expect(rejected).toMatchObject({ state: 'NOTIFIED', deadline: '2024-10-10', rectifiedAt: null, rectifiedOnTime: null });
    expect(rejected.transitions.at(-1)).toMatchObject({ action: 'REJECT', fromState: 'RECTIFIED', toState: 'NOTIFIED', note: '复查时通道仍有车辆停放' });
    await step(id, 'RECTIFY');
    await step(id, 'REJECT');
    await step(id, 'RECTIFY');
    const verified = await step(id, 'VERIFY');
    expect(verified.state).toBe('VERIFIED');
    expect(verified.transitions.map((t) => t.action)).toEqual(['RAISE', 'NOTIFY', 'RECTIFY', 'REJECT', 'RECTIFY', 'REJECT', 'RECTIFY', 'VERIFY']);
  });
});

describe('illegal transitions', () => {
  const ILLEGAL: Record<string, Action[]> = {
    RAISED: ['RECTIFY', 'VERIFY', 'REJECT'],
    NOTIFIED: ['NOTIFY', 'VERIFY', 'REJECT'],
    RECTIFIED: ['NOTIFY', 'RECTIFY'],
    VERIFIED: ['NOTIFY', 'RECTIFY', 'VERIFY', 'REJECT'],
  };
  const TO: Record<string, Action[]> = { RAISED: [], NOTIFIED: ['NOTIFY'], RECTIFIED: ['NOTIFY', 'RECTIFY'], VERIFIED: ['NOTIFY', 'RECTIFY', 'VERIFY'] };

  it('refuses all 12 with CONFLICT, and writes nothing', async () => {
    let refusedCount = 0;
    for (const [state, actions] of Object.entries(ILLEGAL)) {
      const { id } = await raise();
      for (const action of TO[state]!) await step(id, action);
      const before = await read(id);
      expect(before.state).toBe(state);
      for (const action of actions) {
        const res = await h.sub.query(MUTATION[action](id), { token: action === 'RECTIFY' ? company : official });
        expect(refused(res).code, `${action} from ${state}`).toBe('CONFLICT');
        expect(res.errors![0]!.message).toContain(`cannot ${action.toLowerCase()} a ${state} finding`);
        refusedCount++;
      }
      expect(await read(id)).toEqual(before);
    }
    expect(refusedCount).toBe(12);
  });

  it('lets only one of two simultaneous verifications through', async () => {
    const { id } = await raise();
    await step(id, 'NOTIFY');
    await step(id, 'RECTIFY');
    const results = await Promise.all([h.sub.query(MUTATION.VERIFY(id), { token: official }), h.sub.query(MUTATION.VERIFY(id), { token: official })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(refused(results.find((r) => r.errors)!).code).toBe('CONFLICT');
    expect((await read(id)).transitions.filter((t) => t.action === 'VERIFY')).toHaveLength(1);
  });

  it('answers an unknown finding with NOT_FOUND', async () => {
    expect(refused(await h.sub.query(MUTATION.NOTIFY('SAF99999'), { token: official })).code).toBe('NOT_FOUND');
  });
});

describe('deadlines and overdue as the clock moves', () => {
  it('flags a MAJOR finding overdue from the 8th day, a GENERAL one from the 31st; a late rectification is not on time', async () => {
    const major = await raise('MAJOR');
    const general = await raise('GENERAL');
    await step(major.id, 'NOTIFY');
    await step(general.id, 'NOTIFY');
    const overdue = async (q: Query) => [await read(major.id, q), await read(general.id, q)].map((f) => [f.overdue, f.daysOverdue]);

    expect(await overdue(h.sub.query)).toEqual([[false, 0], [false, 0]]);
    expect(await overdue(await h.at('2024-09-17'))).toEqual([[false, 0], [false, 0]]);
    expect(await overdue(await h.at('2024-09-18'))).toEqual([[true, 1], [false, 0]]);
    const october = await h.at('2024-10-15');
    expect(await overdue(october)).toEqual([[true, 28], [true, 5]]);

    // rectified on the 20th: late, and no longer overdue
    const rectified = await step(major.id, 'RECTIFY', await h.at('2024-09-20T10:30:00+08:00'));
    expect(rectified).toMatchObject({ state: 'RECTIFIED', rectifiedAt: '2024-09-20T02:30:00.000Z', rectifiedOnTime: false, overdue: false });
    expect(rectified.transitions.at(-1)!.at).toBe('2024-09-20T02:30:00.000Z');
    expect(await overdue(october)).toEqual([[false, 0], [true, 5]]);
  });

  it('moves the estate\'s, the company\'s and the region\'s overdue counts with the clock', async () => {
    const { id } = await raise('MAJOR');
    await step(id, 'NOTIFY');
    const counts = async (q: Query) => {
      const data = ok(
        await q<{ _entities: [{ safety: { overdueFindings: number } }, { safety: { findings: { overdue: number } } }, { safety: { findings: { overdue: number } } }] }>(
          `query($r: [_Any!]!) { _entities(representations: $r) {
            ... on ResidentialEstate { safety { overdueFindings } }
            ... on PropertyCompany { safety { findings { overdue } } }
            ... on Region { safety { findings { overdue } } } } }`,
          { variables: { r: [{ __typename: 'ResidentialEstate', id: estate.id }, { __typename: 'PropertyCompany', id: estate.companyId }, { __typename: 'Region', code: COUNTY, estateCount: 1 }] } },
        ),
      );
      return [data._entities[0].safety.overdueFindings, data._entities[1].safety.findings.overdue, data._entities[2].safety.findings.overdue];
    };
    const listed = async (q: Query) => ok(await q<{ safetyFindings: { totalCount: number } }>(`{ safetyFindings(filter: { estateId: "${estate.id}", overdue: true }) { totalCount } }`, { token: official })).safetyFindings.totalCount;
    const [on17, on18] = [await h.at('2024-09-17'), await h.at('2024-09-18')];
    const before = await counts(on17);
    const after = await counts(on18);
    // this finding (and any other MAJOR one notified today and still open) turns overdue on the 18th, everywhere at once
    const turned = (await listed(on18)) - (await listed(on17));
    expect(turned).toBeGreaterThanOrEqual(1);
    expect(after.map((n, i) => n - before[i]!)).toEqual([turned, turned, turned]);
  });

  it('turns the demo data\'s open findings overdue as their deadlines pass', async () => {
    const total = async (q: Query) => ok(await q<{ safetyFindings: { totalCount: number } }>('{ safetyFindings(filter: { overdue: true }) { totalCount } }', { token: await token({ role: 'PROVINCE_ADMIN', region: '350000' }) })).safetyFindings.totalCount;
    const demoOverdue = (day: string) => slice.findings.filter((f) => f.state === 'NOTIFIED' && f.deadline! < day).length;
    const created = (await total(h.sub.query)) - demoOverdue('2024-09-10');
    expect(await total(await h.at('2024-11-01'))).toBeGreaterThanOrEqual(demoOverdue('2024-11-01') + created);
    expect(demoOverdue('2024-11-01')).toBeGreaterThan(demoOverdue('2024-09-10'));
  });
});
