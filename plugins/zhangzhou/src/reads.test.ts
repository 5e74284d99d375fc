// Reading grid cases as the gateway would (`_entities` on the core entities, root fields), against real
// PostgreSQL at two request clocks: statistics counted from the demo rows independently of the SQL,
// SLA figures that move with the clock, the region restriction, masking, and constant SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { city, demo, startZhangzhou, token, xiamen } from './testing.fixture.js';

const EARLY = '2024-09-10'; // midnight in Fujian: where the demo data stops
const LATE = '2024-09-20T12:00:00+08:00';
let early: PluginUnderTest;
let late: PluginUnderTest;

beforeAll(async () => {
  [early, late] = await Promise.all([startZhangzhou({ now: EARLY }), startZhangzhou({ now: LATE })]);
}, 180_000);
afterAll(async () => {
  await early?.close();
  await late?.close();
});

const instant = (at: string) => new Date(/T/.test(at) ? at : `${at}T00:00:00+08:00`);
const HOUR = 3_600_000;

// ---- the figures, counted from the generated rows (not from SQL, not with the plugin's own helpers) ----
const stepsByCase = new Map<string, typeof demo.transitions>();
for (const t of demo.transitions) stepsByCase.set(t.caseId, [...(stepsByCase.get(t.caseId) ?? []), t]);

function dispatches(caseId: string) {
  const steps = stepsByCase.get(caseId)!;
  return steps.flatMap((s, i) => (s.toState === 'DISPATCHED' ? [{ at: s.at, deadline: s.deadline!, handled: steps[i + 1]?.toState === 'HANDLED' ? steps[i + 1]!.at : null }] : []));
}

function expectedFigures(prefix: string, nowText: string) {
  const now = instant(nowText);
  const cases = demo.cases.filter((c) => c.regionCode.startsWith(prefix));
  const count = (pred: (c: (typeof cases)[number]) => boolean) => cases.filter(pred).length;
  const rounds = cases.flatMap((c) => dispatches(c.id).map((d) => ({ ...d, caseId: c.id })));
  const handled = rounds.filter((d) => d.handled && d.handled <= now);
  const breachedCases = new Set(rounds.filter((d) => d.deadline < now && (!d.handled || d.handled > d.deadline)).map((d) => d.caseId));
  const overdueCases = new Set(rounds.filter((d) => d.deadline < now && (!d.handled || d.handled > now)).map((d) => d.caseId));
  const meanHours = handled.length ? handled.reduce((sum, d) => sum + (d.handled!.getTime() - d.at.getTime()) / HOUR, 0) / handled.length : null;
  return {
    cases: cases.length,
    open: count((c) => c.state !== 'VERIFIED'),
    byState: ['REPORTED', 'CLASSIFIED', 'DISPATCHED', 'HANDLED', 'VERIFIED', 'REJECTED'].map((state) => ({ state, count: count((c) => c.state === state) })),
    byCategory: ['ILLEGAL_CONSTRUCTION', 'ILLEGAL_RENOVATION', 'FIRE_ACCESS_BLOCKED', 'OTHER'].map((category) => ({ category, count: count((c) => c.category === category) })),
    slaBreaches: breachedCases.size,
    overdue: overdueCases.size,
    handledDispatches: handled.length,
    onTimeRate: handled.length ? Math.round((handled.filter((d) => d.handled! <= d.deadline).length / handled.length) * 10_000) / 10_000 : null,
    meanHoursToHandle: meanHours === null ? null : Math.round(meanHours * 100) / 100,
    asOf: now.toISOString(),
  };
}

const STATS = 'zhangzhouGridStats { cases open byState { state count } byCategory { category count } slaBreaches overdue handledDispatches onTimeRate meanHoursToHandle asOf }';

async function regionStats(sub: PluginUnderTest, codes: string[], tokenValue?: string) {
  const res = await sub.query<{ _entities: { zhangzhouGridStats: ReturnType<typeof expectedFigures> | null }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ${STATS} } } }`,
    { variables: { r: codes.map((code) => ({ __typename: 'Region', code })) }, token: tokenValue },
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities.map((e) => e.zhangzhouGridStats);
}

const counties = city.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code);
const aStreet = demo.cases[0]!.regionCode.slice(0, 9);
const prefixOf = (code: string) => (code === '350600' ? '3506' : code);

describe('Region.zhangzhouGridStats', () => {
  it('counts the city, every county and a street as the demo rows do, at both clocks', async () => {
    const codes = ['350600', ...counties, aStreet];
    for (const [sub, now] of [[early, EARLY], [late, LATE]] as const) {
      const stats = await regionStats(sub, codes);
      codes.forEach((code, i) => {
        // the mean is a float computed in SQL and here: equal to the rounding
        const { meanHoursToHandle, ...rest } = expectedFigures(prefixOf(code), now);
        expect({ ...stats[i]!, meanHoursToHandle: undefined }, `${code} at ${now}`).toEqual({ ...rest, meanHoursToHandle: undefined });
        expect(Math.abs(stats[i]!.meanHoursToHandle! - meanHoursToHandle!), `mean hours in ${code} at ${now}`).toBeLessThanOrEqual(0.01);
      });
    }
  });

  it('has something to count: open cases in several states, breaches, overdue cases at the demo date', () => {
    const figures = expectedFigures('3506', EARLY);
    expect(figures.cases).toBeGreaterThan(300);
    expect(figures.byState.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(5);
    expect(figures.slaBreaches).toBeGreaterThan(0);
    expect(figures.overdue).toBeGreaterThan(0);
    expect(expectedFigures('3506', LATE).overdue).toBeGreaterThan(figures.overdue); // the clock moved on, nothing was handled
  });

  it('takes ONE SQL statement for many regions', async () => {
    early.statements.length = 0;
    await regionStats(early, ['350600', ...counties, aStreet, ...city.regions.filter((r) => r.level === 'STREET').slice(0, 20).map((r) => r.code)]);
    expect(early.statements).toHaveLength(1);
  });

  it('is null outside 漳州 — 厦门, another city\'s county, the province itself', async () => {
    expect(await regionStats(early, ['350200', '350203', '350000'])).toEqual([null, null, null]);
  });
});

describe('SLA timing with the request clock', () => {
  const dispatchedOpen = demo.cases.filter((c) => c.state === 'DISPATCHED');
  // dispatched, deadline between the two clocks, not handled: on time at the first, breached at the second
  const pending = dispatchedOpen.find((c) => c.deadline! > instant(EARLY) && c.deadline! < instant(LATE))!;
  const alreadyOverdue = dispatchedOpen.find((c) => c.deadline! < instant(EARLY))!;
  const handledLate = demo.cases.find((c) => c.state === 'VERIFIED' && dispatches(c.id).some((d) => d.handled! > d.deadline))!;
  const handledOnTime = demo.cases.find((c) => c.state === 'VERIFIED' && dispatches(c.id).every((d) => d.handled! <= d.deadline))!;

  const SLA = 'id state deadline slaBreached overdue hoursToDeadline timeInStates { state hours visits }';
  async function sla(sub: PluginUnderTest, id: string) {
    const res = await sub.query<{ zhangzhouGridCase: { slaBreached: boolean; overdue: boolean; hoursToDeadline: number | null; timeInStates: { state: string; hours: number; visits: number }[] } }>(
      `query($id: ID!) { zhangzhouGridCase(id: $id) { ${SLA} } }`,
      { variables: { id } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.zhangzhouGridCase;
  }

  it('flags a dispatch once its deadline passes unhandled, and not before', async () => {
    expect(pending).toBeDefined();
    const before = await sla(early, pending.id);
    const after = await sla(late, pending.id);
    expect(before).toMatchObject({ slaBreached: false, overdue: false });
    expect(after).toMatchObject({ slaBreached: true, overdue: true });
    expect(before.hoursToDeadline).toBeCloseTo((pending.deadline!.getTime() - instant(EARLY).getTime()) / HOUR, 2);
    expect(after.hoursToDeadline).toBeLessThan(0);
    expect(before.hoursToDeadline! - after.hoursToDeadline!).toBeCloseTo(252, 2); // 10.5 days
  });

  it('keeps a case overdue at both clocks, a late handling breached and an on-time one clean', async () => {
    for (const sub of [early, late]) {
      expect(await sla(sub, alreadyOverdue.id)).toMatchObject({ slaBreached: true, overdue: true });
      expect(await sla(sub, handledLate.id)).toMatchObject({ slaBreached: true, overdue: false, hoursToDeadline: null });
      expect(await sla(sub, handledOnTime.id)).toMatchObject({ slaBreached: false, overdue: false });
    }
  });

  it('derives the time spent in each state from the transitions, the current one running until now', async () => {
    const steps = stepsByCase.get(pending.id)!;
    const expected = new Map<string, { hours: number; visits: number }>();
    steps.forEach((s, i) => {
      if (s.toState === 'VERIFIED') return;
      const until = steps[i + 1]?.at ?? instant(EARLY);
      const e = expected.get(s.toState) ?? { hours: 0, visits: 0 };
      expected.set(s.toState, { hours: e.hours + (until.getTime() - s.at.getTime()) / HOUR, visits: e.visits + 1 });
    });
    const before = await sla(early, pending.id);
    expect(before.timeInStates.map((t) => t.state)).toEqual([...expected.keys()]);
    for (const t of before.timeInStates) {
      expect(t.hours).toBeCloseTo(expected.get(t.state)!.hours, 1);
      expect(t.visits).toBe(expected.get(t.state)!.visits);
    }
    const after = await sla(late, pending.id);
    expect(after.timeInStates.at(-1)!.hours - before.timeInStates.at(-1)!.hours).toBeCloseTo(252, 1);
    expect(after.timeInStates.slice(0, -1)).toEqual(before.timeInStates.slice(0, -1));
    // a closed case's times do not move
    expect((await sla(late, handledOnTime.id)).timeInStates).toEqual((await sla(early, handledOnTime.id)).timeInStates);
  });
});

describe('region restriction', () => {
  const caseEstate = demo.cases[0]!.estateId;
  const estateCases = demo.cases.filter((c) => c.estateId === caseEstate);
  const ESTATE_QUERY = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { id zhangzhouGridCases { id reporterName transitions { by } } } } }';
  type EstateCases = { _entities: { id: string; zhangzhouGridCases: { id: string; reporterName: string; transitions: { by: string | null }[] }[] }[] };

  it('shows a 厦门 token none of it: empty lists, null statistics, FORBIDDEN for a case by id', async () => {
    for (const role of ['CITY_ADMIN', 'STREET_STAFF', 'OWNER'] as const) {
      const xm = await token(role, role === 'CITY_ADMIN' ? '350200' : xiamen.regions.find((r) => r.level === 'STREET')!.code);
      const estates = await early.query<EstateCases>(ESTATE_QUERY, { variables: { r: [{ __typename: 'ResidentialEstate', id: caseEstate }] }, token: xm });
      expect(estates.data!._entities[0]!.zhangzhouGridCases).toEqual([]);
      expect(await regionStats(early, ['350600', counties[0]!], xm)).toEqual([null, null]);
      const list = await early.query<{ zhangzhouGridCases: { totalCount: number; edges: unknown[] } }>('{ zhangzhouGridCases(first: 5) { totalCount edges { node { id } } } }', { token: xm });
      expect(list.data!.zhangzhouGridCases).toEqual({ totalCount: 0, edges: [] });
      const one = await early.query(`{ zhangzhouGridCase(id: "${demo.cases[0]!.id}") { id } }`, { token: xm });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows PUBLIC the cases and statistics, but not reporters\' names nor the accounts that acted', async () => {
    const res = await early.query<EstateCases>(ESTATE_QUERY, { variables: { r: [{ __typename: 'ResidentialEstate', id: caseEstate }] } });
    const cases = res.data!._entities[0]!.zhangzhouGridCases;
    expect(cases.map((c) => c.id)).toEqual(estateCases.map((c) => c.id).reverse());
    for (const c of cases) {
      expect(c.reporterName).toMatch(/^.\*+$/);
      expect(c.transitions.every((t) => t.by === null)).toBe(true);
    }
    expect((await regionStats(early, ['350600']))[0]).toMatchObject({ cases: demo.cases.length, slaBreaches: expectedFigures('3506', EARLY).slaBreaches });
  });

  it('shows names to officials over the case\'s region (province, city, its county), masks them for other 漳州 counties', async () => {
    const region = demo.cases[0]!.regionCode;
    const otherCounty = counties.find((c) => !region.startsWith(c))!;
    const nameFor = async (tokenValue: string) =>
      (await early.query<EstateCases>(ESTATE_QUERY, { variables: { r: [{ __typename: 'ResidentialEstate', id: caseEstate }] }, token: tokenValue })).data!._entities[0]!.zhangzhouGridCases.at(-1)!;
    for (const official of [await token('PROVINCE_ADMIN', '350000'), await token('CITY_ADMIN', '350600'), await token('COUNTY_ADMIN', region.slice(0, 6))]) {
      const c = await nameFor(official);
      expect(c.reporterName).toBe(demo.cases[0]!.reporterName);
      expect(c.transitions[0]!.by).toBe(`street_staff@${region.slice(0, 9)}`);
    }
    const masked = await nameFor(await token('COUNTY_ADMIN', otherCounty));
    expect(masked.reporterName).toMatch(/^.\*+$/);
    expect(masked.transitions[0]!.by).toBeNull();
  });

  it('gives an estate outside 漳州 no cases, and a case by unknown id null', async () => {
    const res = await early.query<EstateCases>(ESTATE_QUERY, { variables: { r: [{ __typename: 'ResidentialEstate', id: xiamen.estates[0]!.id }] } });
    expect(res.data!._entities[0]!.zhangzhouGridCases).toEqual([]);
    const none = await early.query<{ zhangzhouGridCase: null }>('{ zhangzhouGridCase(id: "GC999999") { id } }');
    expect(none.errors).toBeUndefined();
    expect(none.data!.zhangzhouGridCase).toBeNull();
  });
});

describe('lists', () => {
  type Page = { zhangzhouGridCases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
  async function all(filter: string, sub = early): Promise<{ ids: string[]; totalCount: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof sub.query<Page>>> = await sub.query<Page>(`query($after: String) { zhangzhouGridCases(first: 100, after: $after, filter: ${filter}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { variables: { after } });
      expect(res.errors).toBeUndefined();
      const page = res.data!.zhangzhouGridCases;
      totalCount = page.totalCount;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return { ids, totalCount };
      after = page.pageInfo.endCursor;
    }
  }

  it('pages through all cases newest first, and filters by region, state, category and overdue', async () => {
    const everything = await all('{}');
    expect(everything).toEqual({ ids: demo.cases.map((c) => c.id).reverse(), totalCount: demo.cases.length });
    const county = counties[0]!;
    const inCounty = await all(`{ regionCode: "${county}", state: VERIFIED, category: ILLEGAL_RENOVATION }`);
    expect(inCounty.ids).toEqual(demo.cases.filter((c) => c.regionCode.startsWith(county) && c.state === 'VERIFIED' && c.category === 'ILLEGAL_RENOVATION').map((c) => c.id).reverse());
    expect(inCounty.totalCount).toBe(inCounty.ids.length);
    for (const [sub, now] of [[early, EARLY], [late, LATE]] as const) {
      const overdue = await all('{ overdue: true }', sub);
      expect(overdue.ids.sort()).toEqual(demo.cases.filter((c) => c.state === 'DISPATCHED' && c.deadline! < instant(now)).map((c) => c.id).sort());
    }
  });
});

describe('SQL statements', () => {
  it('costs the same for 500 estates\' cases via _entities as for 10', async () => {
    const withCases = [...new Set(demo.cases.map((c) => c.estateId))];
    const others = city.estates.map((e) => e.id).filter((id) => !withCases.includes(id));
    const estates = (n: number) => [...withCases.slice(0, Math.ceil(n / 2)), ...others].slice(0, n).map((id) => ({ __typename: 'ResidentialEstate', id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { id zhangzhouGridCases {
      id state category reporterName community { code } estate { id } transitions { from to at by deadline } timeInStates { state hours } slaBreached overdue hoursToDeadline nextActions } } } }`;
    const statements = async (n: number) => {
      early.statements.length = 0;
      const res = await early.query<{ _entities: { zhangzhouGridCases: unknown[] }[] }>(query, { variables: { r: estates(n) }, token: await token('CITY_ADMIN', '350600') });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toHaveLength(n);
      return early.statements.length;
    };
    const many = await statements(500);
    expect(many).toBe(await statements(10));
    expect(many).toBe(2); // cases of the estates, transitions of the cases
  });
});
