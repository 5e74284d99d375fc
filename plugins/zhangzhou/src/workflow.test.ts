// The workflow through the API, against real PostgreSQL: the legal paths (including 核查退回 → 再派遣 →
// 处置 → 核查验收), every illegal step refused with CONFLICT and nothing written, who may act where, and
// 采集问题 asking the registry (a stand-in here) where the estate lies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { city, demo, startRegistryStandIn, startZhangzhou, token, xiamen, type Result } from './testing.fixture.js';
import { SLA_HOURS } from './workflow.js';

let sub: PluginUnderTest;
let registry: Awaited<ReturnType<typeof startRegistryStandIn>>;
let cityAdmin: string;
const NOW = '2024-09-10T10:00:00+08:00';

beforeAll(async () => {
  registry = await startRegistryStandIn();
  sub = await startZhangzhou({ now: NOW, subgraphUrls: { registry: registry.url } });
  cityAdmin = await token('CITY_ADMIN', '350600');
}, 180_000);
afterAll(async () => {
  await sub?.close();
  await registry?.close();
});

const CASE = 'id state category department deadline nextActions reporterName reporterKind regionCode estate { id } transitions { from to at by category department deadline note }';

interface Case {
  id: string;
  state: string;
  category: string | null;
  department: string | null;
  deadline: string | null;
  nextActions: string[];
  reporterName: string;
  reporterKind: string;
  regionCode: string;
  estate: { id: string };
  transitions: { from: string | null; to: string; at: string; by: string | null; category: string | null; department: string | null; deadline: string | null; note: string | null }[];
}

const MUTATION: Record<string, [string, string]> = {
  classify: ['zhangzhouClassifyGridCase', 'ZhangzhouClassifyGridCaseInput'],
  dispatch: ['zhangzhouDispatchGridCase', 'ZhangzhouDispatchGridCaseInput'],
  handle: ['zhangzhouHandleGridCase', 'ZhangzhouHandleGridCaseInput'],
  verify: ['zhangzhouVerifyGridCase', 'ZhangzhouVerifyGridCaseInput'],
  reject: ['zhangzhouRejectGridCase', 'ZhangzhouRejectGridCaseInput'],
};
const INPUT: Record<string, Record<string, unknown>> = {
  classify: { category: 'FIRE_ACCESS_BLOCKED' },
  dispatch: { department: '芗城区消防救援大队' },
  handle: { note: '已清理通道，车辆挪离' },
  verify: { note: '现场核查通道畅通' },
  reject: { reason: '复查时通道仍被占用' },
};

async function act(action: string, caseId: string, options: { token?: string; input?: Record<string, unknown> } = {}): Promise<Result<Record<string, Case>>> {
  const [field, type] = MUTATION[action]!;
  return sub.query<Record<string, Case>>(`mutation($input: ${type}!) { ${field}(input: $input) { ${CASE} } }`, {
    variables: { input: { caseId, ...(options.input ?? INPUT[action]) } },
    token: options.token ?? cityAdmin,
  });
}

async function report(estateId: string, tokenValue = cityAdmin): Promise<Result<{ zhangzhouReportGridCase: Case }>> {
  return sub.query<{ zhangzhouReportGridCase: Case }>(`mutation($input: ZhangzhouReportGridCaseInput!) { zhangzhouReportGridCase(input: $input) { ${CASE} } }`, {
    variables: { input: { estateId, description: '消防通道停放私家车辆', location: '5号楼北侧', reporterName: '林志强', reporterKind: 'SMART_CITY_COLLECTOR' } },
    token: tokenValue,
  });
}

async function gridCase(id: string, tokenValue = cityAdmin): Promise<Case> {
  const res = await sub.query<{ zhangzhouGridCase: Case }>(`query($id: ID!) { zhangzhouGridCase(id: $id) { ${CASE} } }`, { variables: { id }, token: tokenValue });
  expect(res.errors).toBeUndefined();
  return res.data!.zhangzhouGridCase;
}

const ok = <T>(res: Result<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

const estate = city.estates.find((e) => e.regionCode.startsWith('350602001'))!;
const at = new Date(NOW).toISOString();

describe('legal paths', () => {
  it('采集问题 → 分类上报 → 派遣处置 → 处置 → 核查退回 → 再派遣 → 处置 → 核查验收, every step timestamped with its account', async () => {
    const reported = ok(await report(estate.id)).zhangzhouReportGridCase;
    expect(reported).toMatchObject({ state: 'REPORTED', category: null, nextActions: ['CLASSIFY'], reporterName: '林志强', reporterKind: 'SMART_CITY_COLLECTOR', regionCode: estate.regionCode, estate: { id: estate.id } });
    expect(reported.id).toMatch(/^GC\d{6}$/);
    expect(Number(reported.id.slice(2))).toBeGreaterThan(demo.cases.length); // after the demo data's ids

    const classified = ok(await act('classify', reported.id)).zhangzhouClassifyGridCase!;
    expect(classified).toMatchObject({ state: 'CLASSIFIED', category: 'FIRE_ACCESS_BLOCKED', nextActions: ['DISPATCH'] });

    const dispatched = ok(await act('dispatch', reported.id)).zhangzhouDispatchGridCase!;
    // default time limit: the category's (占用消防通道: 24 h) from now
    expect(dispatched).toMatchObject({ state: 'DISPATCHED', department: '芗城区消防救援大队', nextActions: ['HANDLE'] });
    expect(new Date(dispatched.deadline!).getTime() - new Date(NOW).getTime()).toBe(SLA_HOURS.FIRE_ACCESS_BLOCKED * 3_600_000);

    expect(ok(await act('handle', reported.id)).zhangzhouHandleGridCase).toMatchObject({ state: 'HANDLED', nextActions: ['VERIFY', 'REJECT'] });
    expect(ok(await act('reject', reported.id)).zhangzhouRejectGridCase).toMatchObject({ state: 'REJECTED', nextActions: ['DISPATCH'] });

    const again = ok(await act('dispatch', reported.id, { input: { department: '芗城区城市管理和综合执法局', deadline: '2024-09-12T18:00:00+08:00' } })).zhangzhouDispatchGridCase!;
    expect(again).toMatchObject({ state: 'DISPATCHED', department: '芗城区城市管理和综合执法局', deadline: '2024-09-12T10:00:00.000Z' });
    expect(ok(await act('handle', reported.id)).zhangzhouHandleGridCase!.state).toBe('HANDLED');
    const verified = ok(await act('verify', reported.id)).zhangzhouVerifyGridCase!;
    expect(verified).toMatchObject({ state: 'VERIFIED', nextActions: [] });

    expect(verified.transitions.map((t) => [t.from, t.to])).toEqual([
      [null, 'REPORTED'],
      ['REPORTED', 'CLASSIFIED'],
      ['CLASSIFIED', 'DISPATCHED'],
      ['DISPATCHED', 'HANDLED'],
      ['HANDLED', 'REJECTED'],
      ['REJECTED', 'DISPATCHED'],
      ['DISPATCHED', 'HANDLED'],
      ['HANDLED', 'VERIFIED'],
    ]);
    expect(new Set(verified.transitions.map((t) => t.at))).toEqual(new Set([at])); // the request clock
    expect(new Set(verified.transitions.map((t) => t.by))).toEqual(new Set(['city_admin@350600'])); // the token's subject
    expect(verified.transitions[1]!.category).toBe('FIRE_ACCESS_BLOCKED');
    expect(verified.transitions[4]!.note).toBe('复查时通道仍被占用');
    expect(verified.transitions[5]).toMatchObject({ department: '芗城区城市管理和综合执法局', deadline: '2024-09-12T10:00:00.000Z' });
    expect(await gridCase(reported.id)).toEqual(verified);
  });

  it('lets street staff act on their street\'s estates, and county admins on their county\'s', async () => {
    const staff = await token('STREET_STAFF', estate.regionCode.slice(0, 9));
    const id = ok(await report(estate.id, staff)).zhangzhouReportGridCase.id;
    expect(ok(await act('classify', id, { token: staff })).zhangzhouClassifyGridCase!.transitions.at(-1)!.by).toBe(`street_staff@${estate.regionCode.slice(0, 9)}`);
    const county = await token('COUNTY_ADMIN', estate.regionCode.slice(0, 6));
    expect(ok(await act('dispatch', id, { token: county })).zhangzhouDispatchGridCase!.state).toBe('DISPATCHED');
  });
});

describe('illegal transitions', () => {
  // a demo case in each state the demo data reaches, and a REJECTED one made here
  const inState = (state: string) => demo.cases.find((c) => c.state === state)!.id;
  const LEGAL: Record<string, string[]> = { REPORTED: ['classify'], CLASSIFIED: ['dispatch'], DISPATCHED: ['handle'], HANDLED: ['verify', 'reject'], VERIFIED: [], REJECTED: ['dispatch'] };

  it('refuses every step the state does not allow with CONFLICT, naming what it can do, and writes nothing', async () => {
    const cases: Record<string, string> = { REPORTED: inState('REPORTED'), CLASSIFIED: inState('CLASSIFIED'), DISPATCHED: inState('DISPATCHED'), HANDLED: inState('HANDLED'), VERIFIED: inState('VERIFIED') };
    const toReject = demo.cases.filter((c) => c.state === 'HANDLED')[1]!.id;
    expect(ok(await act('reject', toReject)).zhangzhouRejectGridCase!.state).toBe('REJECTED');
    cases.REJECTED = toReject;

    let refused = 0;
    for (const [state, id] of Object.entries(cases)) {
      const before = await gridCase(id);
      expect(before.state).toBe(state);
      for (const action of Object.keys(MUTATION).filter((a) => !LEGAL[state]!.includes(a))) {
        const res = await act(action, id);
        expect(res.errors?.[0]?.extensions?.code, `${action} on ${state}`).toBe('CONFLICT');
        expect(res.errors![0]!.message).toContain(`is ${state}`);
        refused += 1;
      }
      expect(await gridCase(id)).toEqual(before);
    }
    expect(refused).toBe(24); // 6 states × 5 steps − 6 legal ones
  });

  it('lets only one of two simultaneous steps on a case through', async () => {
    const id = demo.cases.filter((c) => c.state === 'REPORTED')[1]!.id;
    const results = await Promise.all([act('classify', id), act('classify', id, { input: { category: 'OTHER' } })]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await gridCase(id)).transitions.filter((t) => t.to === 'CLASSIFIED')).toHaveLength(1);
  });

  it('answers NOT_FOUND for a case that does not exist', async () => {
    expect((await act('classify', 'GC999999')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a deadline in the past or too far ahead, naming the field', async () => {
    const id = demo.cases.filter((c) => c.state === 'CLASSIFIED')[1]!.id;
    for (const deadline of ['2024-09-09T10:00:00+08:00', '2025-09-10T10:00:00+08:00']) {
      const res = await act('dispatch', id, { input: { department: '龙文区住房和城乡建设局', deadline } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadline' });
    }
    expect((await gridCase(id)).state).toBe('CLASSIFIED');
  });
});

describe('who may act', () => {
  const target = demo.cases.filter((c) => c.state === 'REPORTED').at(-1)!;

  it('refuses 厦门 officials (FORBIDDEN), 漳州 officials outside the case\'s region (FORBIDDEN), the province admin and companies (FORBIDDEN), PUBLIC (UNAUTHENTICATED)', async () => {
    const otherStreet = city.regions.find((r) => r.level === 'STREET' && r.code !== target.regionCode.slice(0, 9))!.code;
    const refusals: [string | undefined, string][] = [
      [await token('CITY_ADMIN', '350200'), 'FORBIDDEN'],
      [await token('STREET_STAFF', xiamen.regions.find((r) => r.level === 'STREET')!.code), 'FORBIDDEN'],
      [await token('STREET_STAFF', otherStreet), 'FORBIDDEN'],
      [await token('PROVINCE_ADMIN', '350000'), 'FORBIDDEN'],
      [await token('COMPANY', '350600'), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [who, code] of refusals) {
      const res = await sub.query(`mutation { zhangzhouClassifyGridCase(input: { caseId: "${target.id}", category: OTHER }) { state } }`, { token: who });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await gridCase(target.id)).state).toBe('REPORTED');
  });
});

describe('采集问题 asks the registry where the estate lies', () => {
  it('copies the estate\'s community from the registry', async () => {
    const other = city.estates.find((e) => e.regionCode.startsWith('350603'))!;
    const before = registry.requests.length;
    const reported = ok(await report(other.id)).zhangzhouReportGridCase;
    expect(reported.regionCode).toBe(other.regionCode);
    expect(registry.requests.length).toBe(before + 1);
  });

  it('refuses an estate outside 漳州 and an unknown estate (BAD_USER_INPUT on input.estateId)', async () => {
    for (const estateId of [xiamen.estates[0]!.id, 'E999999']) {
      const res = await report(estateId);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estateId' });
    }
    // a 厦门 official is refused before the registry is asked
    const before = registry.requests.length;
    expect((await report(estate.id, await token('CITY_ADMIN', '350200'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(registry.requests.length).toBe(before);
  });

  it('refuses street staff reporting for an estate of another street (FORBIDDEN)', async () => {
    const elsewhere = city.estates.find((e) => !e.regionCode.startsWith(estate.regionCode.slice(0, 9)))!;
    const staff = await token('STREET_STAFF', estate.regionCode.slice(0, 9));
    expect((await report(elsewhere.id, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
