// Shared by the integration tests: the plugin on its own database (template rebuilt when the demo data
// or the migration changes), a stand-in for the registry and party-building, a tiny test estate on the
// roll with exact areas, and tokens.
import { createHash } from 'node:crypto';
import { demoCity, sql } from '@wuye/plugin-sdk';
import { signToken, startCoreStandIn, startPluginForTest, type CoreStandIn, type PluginUnderTest } from '@wuye/plugin-sdk/testing';
import plugin from './index.js';
import { S } from './manifest.js';
import { migrations } from './migrations/index.js';
import { demoData } from './seed.js';

export const demo = demoData();
export const city = demo.city;
export const xiamen = demoCity('350200');

const fingerprint = createHash('sha256')
  .update(JSON.stringify({ owners: demo.roll.owners.length, units: demo.roll.units, votes: demo.votes.votes.map((v) => v.id), ballots: demo.votes.ballots.map((b) => b.receipt) }))
  .update(migrations.map((m) => String(m.class)).join('\n'))
  .digest('hex');

/** A test estate in 新罗区 (its community is a real 龙岩 one): 6 owners, 7 units, 300.00 m² — owner T1 holds two units. */
export const TEST_ESTATE = { id: 'E-LY-TEST', regionCode: city.estates[0]!.regionCode };
export const TEST_OWNERS = [
  { id: 'T1', units: [['1栋', '101', '60.00'], ['1栋', '102', '40.00']] },
  { id: 'T2', units: [['1栋', '201', '40.00']] },
  { id: 'T3', units: [['1栋', '202', '40.00']] },
  { id: 'T4', units: [['1栋', '301', '40.00']] },
  { id: 'T5', units: [['1栋', '302', '40.00']] },
  { id: 'T6', units: [['1栋', '401', '40.00']] },
] as const;
export const accountOf = (ownerId: string) => `owner-test-${ownerId.toLowerCase()}`;

export async function addTestEstate(sub: PluginUnderTest): Promise<void> {
  const em = sub.orm.em.fork();
  for (const o of TEST_OWNERS) {
    await sql(em, `insert into ${S}.owner (id, estate_id, region_code, name, account) values (?, ?, ?, ?, ?)`, [o.id, TEST_ESTATE.id, TEST_ESTATE.regionCode, `测试${o.id}`, accountOf(o.id)]);
    for (const [building, number, area] of o.units) {
      await sql(em, `insert into ${S}.unit (id, estate_id, region_code, building, number, area, owner_id) values (?, ?, ?, ?, ?, ?, ?)`, [`U-${building}-${number}`, TEST_ESTATE.id, TEST_ESTATE.regionCode, building, number, area, o.id]);
    }
  }
}

/** committees the stand-in gives for the first 12 龙岩 estates: members 5–9, party members varying around half */
export const standInCommittees = city.estates.slice(0, 12).map((e, i) => {
  const members = 5 + (i % 5);
  const partyMembers = [0, 1, 2, 3, 4, 5][i % 6]! % (members + 1);
  return { id: `OC-T${String(i + 1).padStart(2, '0')}`, estate: { id: e.id, regionCode: e.regionCode }, members: Array.from({ length: members }, (_, k) => ({ id: `M${i}-${k}` })), partyMembers };
});

/** registry + party-building as far as this plugin asks them */
export function startCore(): Promise<CoreStandIn> {
  const estates = new Map([...city.estates, ...xiamen.estates, { id: TEST_ESTATE.id, regionCode: TEST_ESTATE.regionCode }].map((e) => [e.id, e]));
  const committees = new Map(standInCommittees.map((c) => [c.id, c]));
  return startCoreStandIn({
    entities: (r) => {
      if (r.__typename === 'ResidentialEstate') return estates.has(String(r.id)) ? { id: r.id, regionCode: estates.get(String(r.id))!.regionCode } : null;
      if (r.__typename === 'OwnersCommittee') {
        const c = committees.get(String(r.id));
        return c ? { ...c, isRed: c.partyMembers * 2 >= c.members.length } : null;
      }
      if (r.__typename === 'Region') {
        const inside = standInCommittees.filter((c) => c.estate.regionCode.startsWith(String(r.code).replace(/0+$/, '')));
        return { code: r.code, estateCount: 99, partyBuilding: { committees: inside.length, redCommittees: inside.filter((c) => c.partyMembers * 2 >= c.members.length).length, redCommitteeShare: null, committeePartyMemberShare: null } };
      }
      return null;
    },
    query: (_q, variables) => {
      const code = String((variables.filter as { regionCode: string }).regionCode);
      const nodes = city.estates.filter((e) => e.regionCode.startsWith(code.slice(0, 4))).map((e) => ({ id: e.id, regionCode: e.regionCode, ownersCommittee: standInCommittees.find((c) => c.estate.id === e.id) ?? null }));
      return { estates: { pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) } };
    },
  });
}

export async function startLongyan(core: CoreStandIn, options: { now?: string } = {}): Promise<PluginUnderTest> {
  return startPluginForTest(plugin, { fingerprint, subgraphUrls: { registry: core.url, 'party-building': core.url }, ...options });
}

export type Role = Parameters<typeof signToken>[0]['role'];
export const token = (role: Role, region: string, extra: { estateId?: string; subject?: string } = {}): Promise<string> => signToken({ role, region, ...extra });
export const ownerToken = (ownerId: string, estate = TEST_ESTATE): Promise<string> => signToken({ role: 'OWNER', region: estate.regionCode, estateId: estate.id, subject: accountOf(ownerId) });
