// Monthly self-inspection through the API: the serving company submits (registry says who serves),
// months without one are flagged against it — derived from the clock, so a month becomes due when it
// ends —, a company that takes an estate over owes months from then on; the checklist is versioned.
import { generateProvince, generateSafetyInspection } from '@wuye/dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, startHarness, token, type Harness, type Query } from './testing/helpers.js';

const { registry } = generateProvince();
const slice = generateSafetyInspection();
const months = new Map<string, string[]>();
for (const s of slice.selfInspections) months.set(s.estateId, [...(months.get(s.estateId) ?? []), s.month.slice(0, 7)]);
// estates of one company missing July, and one more estate of another company
const gaps = registry.estates.filter((e) => e.companyId && !(months.get(e.id) ?? []).includes('2024-07'));
const estate = gaps[0]!;
const other = gaps.find((e) => e.companyId !== estate.companyId)!;
const county = estate.regionCode.slice(0, 6);

let h: Harness;
let company: string;
let otherCompany: string;

const SELF = 'selfInspection { required monthsDue submitted missingMonths streak lastMonth company { id } }';
const estateSelf = async (id: string, q: Query = h.sub.query) =>
  ok(await q<{ _entities: { safety: { selfInspection: { required: boolean; monthsDue: number; submitted: number; missingMonths: string[]; streak: number; lastMonth: string; company: { id: string } | null } } }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { safety { ${SELF} } } } }`,
    { variables: { r: [{ __typename: 'ResidentialEstate', id }] } },
  ))._entities[0]!.safety.selfInspection;
const submit = (estateId: string, month: string, failed: string[] = [], who = company, q: Query = h.sub.query) =>
  q<{ submitSelfInspection: { id: string; month: string; late: boolean; passed: boolean; checklist: { version: string }; failedItems: { code: string; category: string }[] } }>(
    `mutation { submitSelfInspection(input: { estateId: "${estateId}", month: "${month}", failedItemCodes: ${JSON.stringify(failed)} }) { id month late passed checklist { version } failedItems { code category } } }`,
    { token: who },
  );

beforeAll(async () => {
  h = await startHarness();
  company = await token({ role: 'COMPANY', region: county, companyId: estate.companyId! });
  otherCompany = await token({ role: 'COMPANY', region: county, companyId: other.companyId! });
}, 180_000);
afterAll(() => h?.close());

describe('submitting', () => {
  it('fills a missing month (late), against the checklist then in force, and moves every tally', async () => {
    const before = await estateSelf(estate.id);
    expect(before.missingMonths).toContain('2024-07');
    const companyTally = async () =>
      ok(await h.sub.query<{ _entities: { safety: { selfInspection: { missing: number; late: number } } }[] }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on PropertyCompany { safety { selfInspection { missing late } } } } }', { variables: { r: [{ __typename: 'PropertyCompany', id: estate.companyId }] } }))._entities[0]!.safety.selfInspection;
    const companyBefore = await companyTally();
    const result = ok(await submit(estate.id, '2024-07', ['DC-02', 'XF-01'])).submitSelfInspection;
    expect(result).toMatchObject({ month: '2024-07', late: true, passed: false, checklist: { version: '2024年修订版' } });
    expect(result.failedItems.map((i) => [i.code, i.category])).toEqual([['XF-01', 'FIRE_LANE_BLOCKED'], ['DC-02', 'E_BIKE_CHARGING']]);
    const after = await estateSelf(estate.id);
    expect(after.missingMonths).toEqual(before.missingMonths.filter((m) => m !== '2024-07'));
    expect(after.submitted).toBe(before.submitted + 1);
    expect(await companyTally()).toEqual({ missing: companyBefore.missing - 1, late: companyBefore.late + 1 });
  });

  it('takes the current month, not a future one, nor one before the first checklist', async () => {
    ok(await submit(estate.id, '2024-09'));
    expect(refused(await submit(estate.id, '2024-10'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.month' });
    expect(refused(await submit(estate.id, '2023-12'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.month' });
    expect(refused(await submit(estate.id, '2024-13'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.month' });
  });

  it('refuses a month twice (CONFLICT), an item of another version, and another company (FORBIDDEN)', async () => {
    expect(refused(await submit(estate.id, '2024-09')).code).toBe('CONFLICT');
    const february = (months.get(estate.id) ?? []).includes('2024-02') ? null : '2024-02';
    if (february) expect(refused(await submit(estate.id, february, ['DC-02']))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.failedItemCodes' });
    expect(refused(await submit(estate.id, '2024-07', [], otherCompany)).code).toBe('FORBIDDEN');
    expect(refused(await submit(estate.id, '2024-07', [], await token({ role: 'COUNTY_ADMIN', region: county }))).code).toBe('FORBIDDEN');
    expect(refused(await h.sub.query(`mutation { submitSelfInspection(input: { estateId: "${estate.id}", month: "2024-07", failedItemCodes: [] }) { id } }`)).code).toBe('UNAUTHENTICATED');
  });
});

describe('the flags, as the clock moves', () => {
  it('makes September due once it has ended', async () => {
    const missing = async (q: Query) =>
      ok(await q<{ missingSelfInspections: { totalCount: number; edges: { node: { month: string; estate: { id: string } } }[] } }>(`{ missingSelfInspections(filter: { estateId: "${other.id}" }) { totalCount edges { node { month estate { id } company { id } } } } }`, { token: otherCompany })).missingSelfInspections;
    const now = await missing(h.sub.query);
    expect(now.edges.map((e) => e.node.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'].filter((m) => !(months.get(other.id) ?? []).includes(m)));
    const october = await h.at('2024-10-02');
    expect((await missing(october)).totalCount).toBe(now.totalCount + 1);
    expect((await estateSelf(other.id, october)).monthsDue).toBe(9);
    // a company may not see another's flags
    const seen = ok(await h.sub.query<{ missingSelfInspections: { totalCount: number } }>(`{ missingSelfInspections(filter: { estateId: "${other.id}" }) { totalCount } }`, { token: company })).missingSelfInspections;
    expect(seen.totalCount).toBe(0);
  });

  it('flags months only from when a company took the estate over', async () => {
    // registry now says `company` serves the other estate: its first write there records the change
    h.registry.serve(other.id, estate.companyId);
    try {
      ok(await submit(other.id, '2024-09'));
      expect(await estateSelf(other.id)).toMatchObject({ required: true, company: { id: estate.companyId }, monthsDue: 0, missingMonths: [], streak: 0 });
      const november = await h.at('2024-11-05');
      expect(await estateSelf(other.id, november)).toMatchObject({ monthsDue: 1, missingMonths: ['2024-10'], streak: 0 });
    } finally {
      h.registry.serve(other.id, other.companyId);
    }
  });
});

describe('the checklist', () => {
  it('is versioned: a new version published by the province applies from its month', async () => {
    const province = await token({ role: 'PROVINCE_ADMIN', region: '350000' });
    const publish = (effectiveFrom: string, version: string, who = province) =>
      h.sub.query<{ publishSafetyChecklist: { id: string; version: string; items: { code: string }[] } }>(
        `mutation { publishSafetyChecklist(input: { version: "${version}", title: "物业小区安全生产自查要点（2024年第四季度）", effectiveFrom: "${effectiveFrom}",
          items: [{ code: "XF-01", category: FIRE_LANE_BLOCKED, text: "消防车通道畅通，无占用、堵塞、封闭" }, { code: "DC-01", category: E_BIKE_CHARGING, text: "电动自行车未在楼道停放充电" }] }) { id version items { code } } }`,
        { token: who },
      );
    expect(refused(await publish('2024-10-01', '2024年第四季度版', await token({ role: 'CITY_ADMIN', region: '350200' }))).code).toBe('FORBIDDEN');
    expect(refused(await publish('2024-08-01', '2024年第四季度版'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    expect(refused(await publish('2024-10-15', '2024年第四季度版'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    expect(ok(await publish('2024-10-01', '2024年第四季度版')).publishSafetyChecklist).toMatchObject({ version: '2024年第四季度版', items: [{ code: 'XF-01' }, { code: 'DC-01' }] });
    expect(refused(await publish('2024-10-01', '2024年第四季度版（重复）')).code).toBe('CONFLICT');
    const inForce = async (on: string) => ok(await h.sub.query<{ safetyChecklist: { version: string } }>(`{ safetyChecklist(on: "${on}") { version } }`)).safetyChecklist.version;
    expect([await inForce('2024-03-01'), await inForce('2024-09-10'), await inForce('2024-10-01')]).toEqual(['2024版', '2024年修订版', '2024年第四季度版']);
    const october = await h.at('2024-10-20');
    const result = ok(await submit(estate.id, '2024-10', [], company, october)).submitSelfInspection;
    expect(result).toMatchObject({ checklist: { version: '2024年第四季度版' }, late: false, passed: true });
  });
});
