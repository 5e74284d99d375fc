// 龙岩 in the real federation (`startFederation`: the core subgraphs, this plugin and a gateway, each its
// own process): the red-committee figures equal party-building's, committee by committee and per region;
// a vote opened through the gateway asks the real registry where the estate lies.
import { fileURLToPath } from 'node:url';
import { createTestDatabase, signToken, startFederation, type Federation } from '@wuye/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, xiamen } from './testing.fixture.js';

let federation: Federation;
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase('longyan_federation');
  federation = await startFederation({ pluginDir: fileURLToPath(new URL('..', import.meta.url)), databaseUrl: database.url });
}, 600_000);
afterAll(async () => {
  await federation?.stop();
  await database?.drop();
});

const RULE = '{ minPartyMemberShare: 0.5, chairMustBePartyMember: false }';

describe('through the gateway', () => {
  it('gives the same red-committee figures as party-building, for the city and a county', async () => {
    const admin = await signToken({ role: 'CITY_ADMIN', region: '350800' });
    const q = (code: string) => `region(code: "${code}") { partyBuilding(redRule: ${RULE}) { committees redCommittees committeePartyMemberShare } longyanRedDrive { committees atTarget partyMemberShare partyBuilding { committees redCommittees } } }`;
    const res = await federation.query<Record<string, { partyBuilding: { committees: number; redCommittees: number; committeePartyMemberShare: number | null }; longyanRedDrive: { committees: number; atTarget: number; partyMemberShare: number | null; partyBuilding: { committees: number; redCommittees: number } } }>>(
      `{ city: ${q('350800')} county: ${q('350802')} }`,
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    for (const region of Object.values(res.data!)) {
      expect(region.longyanRedDrive.committees).toBe(region.partyBuilding.committees);
      expect(region.longyanRedDrive.atTarget).toBe(region.partyBuilding.redCommittees);
      expect(region.longyanRedDrive.partyMemberShare).toBe(region.partyBuilding.committeePartyMemberShare);
      expect(region.longyanRedDrive.partyBuilding).toEqual({ committees: region.partyBuilding.committees, redCommittees: region.partyBuilding.redCommittees });
    }
    expect(res.data!.city!.longyanRedDrive.committees).toBeGreaterThan(0);
  }, 120_000);

  it('shows each committee below target with party-building\'s own numbers', async () => {
    const admin = await signToken({ role: 'CITY_ADMIN', region: '350800' });
    const res = await federation.query<{ region: { longyanRedDrive: { belowTargetCommittees: { members: number; partyMembers: number; shortfall: number; committee: { partyMembers: number; isRed: boolean; members: unknown[] } }[] } } }>(
      `{ region(code: "350800") { longyanRedDrive { belowTargetCommittees(first: 20) { members partyMembers shortfall committee { partyMembers isRed(rule: ${RULE}) members { id } } } } } }`,
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    for (const c of res.data!.region.longyanRedDrive.belowTargetCommittees) {
      expect(c.partyMembers).toBe(c.committee.partyMembers);
      expect(c.members).toBe(c.committee.members.length);
      expect(c.committee.isRed).toBe(false);
      expect(c.shortfall).toBeGreaterThan(0);
    }
  }, 120_000);

  it('opens a vote on a 龙岩 estate (the registry places it), refuses a 厦门 estate, and hides votes from 厦门', async () => {
    const estate = demo.roll.estates[0]!;
    const street = await signToken({ role: 'STREET_STAFF', region: estate.regionCode.slice(0, 9) });
    const opened = await federation.query<{ longyanOpenVote: { id: string; estate: { name: string }; electorate: { owners: number } } }>(
      `mutation { longyanOpenVote(input: { estateId: "${estate.id}", matter: MANAGEMENT_RULES, title: "修改管理规约：宠物管理", closesAt: "2024-09-30T00:00:00Z" }) { id estate { name } electorate { owners } } }`,
      { token: street },
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.longyanOpenVote.estate.name).toBe(estate.name);
    const refused = await federation.query(`mutation { longyanOpenVote(input: { estateId: "${xiamen.estates[0]!.id}", matter: MANAGEMENT_RULES, title: "修改管理规约", closesAt: "2024-09-30T00:00:00Z" }) { id } }`, { token: await signToken({ role: 'CITY_ADMIN', region: '350800' }) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estateId' });
    const q = `{ estate(id: "${estate.id}") { name longyanVotes { id } } }`;
    const xm = await federation.query<{ estate: { name: string; longyanVotes: unknown[] } }>(q, { token: await signToken({ role: 'CITY_ADMIN', region: '350200' }) });
    expect(xm.errors).toBeUndefined();
    expect(xm.data!.estate).toEqual({ name: estate.name, longyanVotes: [] });
  }, 120_000);
});
