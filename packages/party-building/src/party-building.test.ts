// Party-building against real PostgreSQL, queried as the gateway queries it (`_entities` with the
// representations it would send, estateCount included): figures from rows, constant SQL, access.
import { createHash } from 'node:crypto';
import { generatePartyBuilding, generateProvince } from '@wuye/dataset';
import { signToken, sql } from '@wuye/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import partyBuilding from './index.js';

const { registry } = generateProvince();
const party = generatePartyBuilding();
let sub: SubgraphUnderTest;

beforeAll(async () => {
  const fingerprint = createHash('sha256').update(JSON.stringify(party)).digest('hex');
  sub = await startSubgraphForTest(partyBuilding, { fingerprint });
}, 180_000);
afterAll(() => sub?.close());

const STATS = 'companiesEligible companiesWithOrganization companyOrganizationRate estates estatesWithOrganization estateOrganizationRate committees redCommittees redCommitteeShare sites estatesCoveredBySites';

async function regionStats(code: string, redRule?: string) {
  const estateCount = registry.estates.filter((e) => e.regionCode.startsWith(code === '350000' ? '35' : code.slice(0, 4))).length;
  const res = await sub.query<{ _entities: { partyBuilding: Record<string, number> }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { partyBuilding${redRule ? `(redRule: ${redRule})` : ''} { ${STATS} committeePartyMemberShare } } } }`,
    { variables: { r: [{ __typename: 'Region', code, estateCount }] } },
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0]!.partyBuilding;
}

describe('Region.partyBuilding', () => {
  it('reproduces the seed\'s province figures from rows', async () => {
    expect(await regionStats('350000')).toMatchObject({
      companiesEligible: 793,
      companiesWithOrganization: 783,
      companyOrganizationRate: 0.9874,
      estates: 17_000,
      estatesWithOrganization: 10_700,
      estateOrganizationRate: 0.6294,
      committees: 4_699,
      redCommittees: 2_372,
      redCommitteeShare: 0.5048,
      sites: 325,
      estatesCoveredBySites: 714,
    });
  });

  it('counts a city the same way the rows do', async () => {
    const inCity = (code: string) => code.startsWith('3502');
    const companyCounty = new Map(registry.companies.map((c) => [c.id, c.regionCode]));
    const eligible = new Set(party.companyPartyMembers.filter((c) => c.partyMembers >= 3 && inCity(companyCounty.get(c.companyId)!)).map((c) => c.companyId));
    const organised = new Set(party.organizations.filter((o) => o.kind === 'COMPANY').flatMap((o) => o.companyIds).filter((id) => eligible.has(id)));
    const estateRegion = new Map(registry.estates.map((e) => [e.id, e.regionCode]));
    const branchEstates = new Set(party.organizations.filter((o) => o.kind === 'ESTATE_BRANCH').flatMap((o) => o.estateIds).filter((id) => inCity(estateRegion.get(id)!)));
    const stats = await regionStats('350200');
    expect(stats).toMatchObject({ companiesEligible: eligible.size, companiesWithOrganization: organised.size, estatesWithOrganization: branchEstates.size });
  });

  it('takes the red-committee rule as an argument: 龙岩\'s drive reaches ≥ 50% party members', async () => {
    const longyan = await regionStats('350800', '{ minPartyMemberShare: 0.5, chairMustBePartyMember: false }');
    expect(longyan.committeePartyMemberShare).toBeGreaterThanOrEqual(0.5);
    const strict = await regionStats('350800');
    expect(longyan.redCommittees).toBeGreaterThanOrEqual(strict.redCommittees!);
  });

  it('refuses a share outside 0..1 naming the field', async () => {
    const res = await sub.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { partyBuilding(redRule: { minPartyMemberShare: 2 }) { redCommittees } } } }', {
      variables: { r: [{ __typename: 'Region', code: '350000', estateCount: 1 }] },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('PropertyCompany.partyBuilding', () => {
  // every page holds a company with an instructor and companies with organisations, so every loader runs
  const instructed = party.instructors.find((i) => i.companyId)!.companyId!;
  const companies = (n: number) =>
    [instructed, ...registry.companies.map((c) => c.id).filter((id) => id !== instructed).slice(0, n - 1)].map((id) => ({ __typename: 'PropertyCompany', id }));

  it('costs the same number of SQL statements for 10 companies as for 500', async () => {
    const statements = async (n: number) => {
      sub.statements.length = 0;
      const res = await sub.query<{ _entities: unknown[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on PropertyCompany { partyBuilding { partyMembers eligible organizationFormed covered organization { name memberCount } instructor { sentOn } } } } }',
        { variables: { r: companies(n) } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toHaveLength(n);
      return sub.statements.length;
    };
    expect(await statements(500)).toBe(await statements(10));
  });

  it('reports an instructor as covered but not formed', async () => {
    const instructed = party.instructors.find((i) => i.companyId)!;
    const res = await sub.query<{ _entities: { partyBuilding: { eligible: boolean; organizationFormed: boolean; covered: boolean } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on PropertyCompany { partyBuilding { eligible organizationFormed covered } } } }',
      { variables: { r: [{ __typename: 'PropertyCompany', id: instructed.companyId }] } },
    );
    expect(res.data!._entities[0]!.partyBuilding).toEqual({ eligible: false, organizationFormed: false, covered: true });
  });
});

describe('access', () => {
  it('shows PUBLIC the rates but not instructors\' names; officials of the region see them', async () => {
    const instructor = party.instructors.find((i) => i.companyId)!;
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PropertyCompany { partyBuilding { instructor { name } } } } }';
    const variables = { r: [{ __typename: 'PropertyCompany', id: instructor.companyId }] };
    const publicView = await sub.query<{ _entities: { partyBuilding: { instructor: { name: string } } }[] }>(query, { variables });
    expect(publicView.data!._entities[0]!.partyBuilding.instructor.name).toMatch(/^.\*+$/);
    const province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    const official = await sub.query<{ _entities: { partyBuilding: { instructor: { name: string } } }[] }>(query, { variables, token: province });
    expect(official.data!._entities[0]!.partyBuilding.instructor.name).toBe(instructor.name);
  });

  it('refuses a 漳州 street official recording a cross-appointment in 厦门 (FORBIDDEN), PUBLIC (UNAUTHENTICATED)', async () => {
    const xiamenCommunityOrg = party.organizations.find((o) => o.kind === 'COMMUNITY' && o.regionCode.startsWith('3502'))!;
    const zhangzhouStreet = registry.regions.find((r) => r.level === 'STREET' && r.code.startsWith('3506'))!.code;
    const token = await signToken({ role: 'STREET_STAFF', region: zhangzhouStreet });
    const mutation = `mutation { recordCrossAppointment(input: { personName: "王建国", side: COMPANY, companyId: "${registry.companies[0]!.id}", sideRole: "党支部书记",
      organizationId: "${xiamenCommunityOrg.id}", organizationRole: DEPUTY_SECRETARY, startsOn: "2024-01-01" }) { id } }`;
    expect((await sub.query(mutation, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sub.query(mutation)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('domain events', () => {
  const outbox = (id: string) => sql<{ type: string; sequence: number; payload: Record<string, unknown> }>(sub.orm.em.fork(), 'select type, sequence, payload from party_building.outbox_event where aggregate_id = ? order by sequence', [id]);

  it('publishes OrganizationFormed and OrganizationDissolved with the changes, once each', async () => {
    const community = registry.regions.find((r) => r.level === 'COMMUNITY' && r.code.startsWith('350203'))!.code;
    const token = await signToken({ role: 'COUNTY_ADMIN', region: '350203' });
    const founded = await sub.query<{ foundPartyOrganization: { id: string } }>(
      `mutation { foundPartyOrganization(input: { name: "测试社区党委", kind: COMMUNITY, formation: STANDALONE, memberCount: 5, establishedOn: "2024-03-01", regionCode: "${community}" }) { id } }`,
      { token },
    );
    expect(founded.errors).toBeUndefined();
    const id = founded.data!.foundPartyOrganization.id;
    const dissolve = (dissolvedOn: string, who = token) =>
      sub.query<{ dissolvePartyOrganization: { dissolvedOn: string } }>(`mutation { dissolvePartyOrganization(id: "${id}", dissolvedOn: "${dissolvedOn}", reason: "社区合并，组织撤销") { dissolvedOn } }`, { token: who });
    expect((await dissolve('2024-02-01')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dissolvedOn' });
    expect((await dissolve('2024-08-01', await signToken({ role: 'COUNTY_ADMIN', region: '350206' }))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await dissolve('2024-08-01')).data!.dissolvePartyOrganization.dissolvedOn).toBe('2024-08-01');
    expect((await dissolve('2024-08-02')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await outbox(id)).toEqual([
      { type: 'party-building.OrganizationFormed', sequence: 1, payload: expect.objectContaining({ organizationId: id, kind: 'COMMUNITY', regionCode: community, companyIds: [], establishedOn: '2024-03-01' }) },
      { type: 'party-building.OrganizationDissolved', sequence: 2, payload: expect.objectContaining({ organizationId: id, dissolvedOn: '2024-08-01', reason: '社区合并，组织撤销' }) },
    ]);
  });
});
