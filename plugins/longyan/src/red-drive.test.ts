// 红色业委会 drive on the plugin alone, with the registry and party-building stood in: the figures are
// computed from their answers, exact at the 50% edge, restricted to 龙岩; snapshots record progress.
import type { CoreStandIn, PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetsTarget, shortfall } from './red-drive/target.js';
import { standInCommittees, startCore, startLongyan, token } from './testing.fixture.js';

let core: CoreStandIn;
let sub: PluginUnderTest;
beforeAll(async () => {
  core = await startCore();
  sub = await startLongyan(core);
}, 180_000);
afterAll(async () => {
  await sub?.close();
  await core?.close();
});

const DRIVE = `longyanRedDrive { committees atTarget belowTarget members partyMembers shortfall belowTargetCommittees(first: 100) { committee { id } members partyMembers meetsTarget shortfall redByPartyBuilding } partyBuilding { committees redCommittees } progress { quarter committees atTarget } }`;
const regions = (codes: string[], tokenValue?: string) =>
  sub.query<{ _entities: ({ longyanRedDrive: Record<string, unknown> | null } | null)[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ${DRIVE} } } }`, {
    variables: { r: codes.map((code) => ({ __typename: 'Region', code })) },
    token: tokenValue,
  });

describe('the target', () => {
  it('is met at exactly half, missed one short, and the shortfall is exact', () => {
    expect(meetsTarget(3, 6)).toBe(true);
    expect(meetsTarget(2, 5)).toBe(false);
    expect(meetsTarget(3, 5)).toBe(true);
    expect(shortfall(2, 5)).toBe(1);
    expect(shortfall(0, 9)).toBe(5);
    expect(shortfall(4, 6)).toBe(0);
  });
});

describe('Region.longyanRedDrive', () => {
  it('counts the city\'s committees from party-building\'s and the registry\'s answers, agreeing with party-building\'s own figures', async () => {
    const res = await regions(['350800'], await token('CITY_ADMIN', '350800'));
    expect(res.errors).toBeUndefined();
    const drive = res.data!._entities[0]!.longyanRedDrive as { committees: number; atTarget: number; belowTarget: number; belowTargetCommittees: { shortfall: number; meetsTarget: boolean; redByPartyBuilding: boolean }[]; partyBuilding: { committees: number; redCommittees: number } };
    const expectedAt = standInCommittees.filter((c) => meetsTarget(c.partyMembers, c.members.length)).length;
    expect(drive).toMatchObject({ committees: standInCommittees.length, atTarget: expectedAt, belowTarget: standInCommittees.length - expectedAt });
    expect(drive.partyBuilding).toEqual({ committees: drive.committees, redCommittees: drive.atTarget });
    expect(drive.belowTargetCommittees.every((c) => !c.meetsTarget && !c.redByPartyBuilding)).toBe(true);
    expect(drive.belowTargetCommittees.map((c) => c.shortfall)).toEqual([...drive.belowTargetCommittees.map((c) => c.shortfall)].sort((a, b) => b - a));
  });

  it('asks the core once per kind of fact however many regions a request has (no N+1)', async () => {
    const before = core.requests.length;
    const counties = ['350802', '350803', '350821', '350823'];
    const res = await regions(counties, await token('CITY_ADMIN', '350800'));
    expect(res.errors).toBeUndefined();
    // estates (registry), committees (party-building), estateCount (registry), partyBuilding (party-building)
    expect(core.requests.length - before).toBe(4);
  });

  it('is null for regions outside 龙岩 (the province included) and for viewers of other cities', async () => {
    const ly = await regions(['350200', '350000'], await token('CITY_ADMIN', '350800'));
    expect(ly.data!._entities.map((e) => e!.longyanRedDrive)).toEqual([null, null]);
    const xm = await regions(['350800'], await token('CITY_ADMIN', '350200'));
    expect(xm.data!._entities[0]!.longyanRedDrive).toBeNull();
  });
});

describe('OwnersCommittee.longyanRedStatus', () => {
  it('gives a 龙岩 committee\'s figures and nothing for unknown committees or other cities\' viewers', async () => {
    const c = standInCommittees[1]!;
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OwnersCommittee { longyanRedStatus { members partyMembers meetsTarget shortfall estate { id } } } } }`;
    const variables = { r: [{ __typename: 'OwnersCommittee', id: c.id }, { __typename: 'OwnersCommittee', id: 'OC-NONE' }] };
    const res = await sub.query<{ _entities: { longyanRedStatus: unknown }[] }>(q, { variables, token: await token('STREET_STAFF', c.estate.regionCode.slice(0, 9)) });
    expect(res.data!._entities).toEqual([
      { longyanRedStatus: { members: c.members.length, partyMembers: c.partyMembers, meetsTarget: meetsTarget(c.partyMembers, c.members.length), shortfall: shortfall(c.partyMembers, c.members.length), estate: { id: c.estate.id } } },
      { longyanRedStatus: null },
    ]);
    const xm = await sub.query<{ _entities: { longyanRedStatus: unknown }[] }>(q, { variables, token: await token('CITY_ADMIN', '350200') });
    expect(xm.data!._entities[0]!.longyanRedStatus).toBeNull();
  });
});

describe('progress snapshots', () => {
  it('records dated snapshots (city admins only) and shows them per region, oldest first', async () => {
    const street = await sub.query(`mutation { longyanRecordRedDriveSnapshot { id } }`, { token: await token('STREET_STAFF', '350802001') });
    expect(street.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const xm = await sub.query(`mutation { longyanRecordRedDriveSnapshot { id } }`, { token: await token('CITY_ADMIN', '350200') });
    expect(xm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await sub.query<{ longyanRecordRedDriveSnapshot: { quarter: string; committees: number; atTarget: number } }>(`mutation { longyanRecordRedDriveSnapshot { quarter committees atTarget takenAt } }`, { token: await token('CITY_ADMIN', '350800') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.longyanRecordRedDriveSnapshot).toMatchObject({ quarter: '2024Q3', committees: standInCommittees.length });
    const drive = (await regions(['350800'], await token('CITY_ADMIN', '350800'))).data!._entities[0]!.longyanRedDrive as { atTarget: number; progress: unknown[] };
    expect(drive.progress).toEqual([{ quarter: '2024Q3', committees: standInCommittees.length, atTarget: drive.atTarget }]);
  });
});
