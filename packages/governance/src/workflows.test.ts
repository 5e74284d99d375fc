// Governance's workflows against real PostgreSQL: each lifecycle's legal path, illegal moves refused
// with CONFLICT, dates checked against the injected clock, and who may act where (roles, regions, the
// mediator assigned by token subject). A second subgraph pinned to an earlier clock shows figures and
// overdue resolutions derived from the request's date.
import { generateGovernance, generateProvince, registryFacts } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { startSubgraphForTest, startSubgraphStandIn, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import governance from './index.js';
import { templateFingerprint } from './testing/fingerprint.js';

const { registry } = generateProvince();
const slice = generateGovernance();
let sub: SubgraphUnderTest;
let stub: SubgraphStandIn;
const tokens: Record<string, string> = {};
// an estate of 思明区 (350203) and one outside Xiamen
const siming = registry.estates.find((e) => e.regionCode.startsWith('350203'))!;
const fuzhou = registry.estates.find((e) => e.regionCode.startsWith('3501'))!;
const xmMediator = slice.mediators.find((m) => m.regionCode === '350200')!;
const otherMediator = slice.mediators.find((m) => m.regionCode === '350100')!;

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryFacts(registry).resolve });
  sub = await startSubgraphForTest(governance, { fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url } });
  tokens.province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000', subject: 'prov-1' });
  tokens.xiamen = await signToken({ role: 'CITY_ADMIN', region: '350200', subject: 'xm-1' });
  tokens.simingCounty = await signToken({ role: 'COUNTY_ADMIN', region: '350203', subject: 'sm-1' });
  tokens.street = await signToken({ role: 'STREET_STAFF', region: siming.regionCode.slice(0, 9), subject: 'st-1' });
  tokens.company = await signToken({ role: 'COMPANY', region: '350200', subject: 'co-1', companyId: 'C0001' });
  tokens.mediator = await signToken({ role: 'COMPANY', region: '350200', subject: xmMediator.subject });
  tokens.otherMediator = await signToken({ role: 'COMPANY', region: '350100', subject: otherMediator.subject });
}, 300_000);
afterAll(async () => {
  await sub?.close();
  await stub?.close();
});

async function run<T = any>(query: string, token?: string, variables?: Record<string, unknown>) {
  return sub.query<T>(query, { token, variables });
}
async function ok<T = any>(query: string, token?: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await run<T>(query, token, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const code = async (query: string, token?: string, variables?: Record<string, unknown>) => (await run(query, token, variables)).errors?.[0]?.extensions?.code;
const field = async (query: string, token?: string, variables?: Record<string, unknown>) => (await run(query, token, variables)).errors?.[0]?.extensions?.field;

describe('一网统管 milestones', () => {
  const record = (county: string, milestone: string, on = '2024-05-01') =>
    `mutation { recordGridIntegration(input: { countyCode: "${county}", milestone: ${milestone}, achievedOn: "${on}", evidence: "印发实施方案并完成对接" }) { countyCode milestone achievedOn } }`;
  const xmCounty = registry.regions.find((r) => r.level === 'COUNTY' && r.code.startsWith('3502') && !slice.gridIntegrations.some((g) => g.countyCode === r.code && g.milestone === 'PLATFORM_CONNECTED'))!.code;

  it('lets a city admin record a county\'s milestone once, and counts it', async () => {
    const before = (await ok(`{ _entities(representations: [{ __typename: "Region", code: "350200" }]) { ... on Region { governance { grid { platformsConnected } } } } }`))._entities[0].governance.grid.platformsConnected;
    expect((await ok(record(xmCounty, 'PLATFORM_CONNECTED'), tokens.xiamen)).recordGridIntegration).toEqual({ countyCode: xmCounty, milestone: 'PLATFORM_CONNECTED', achievedOn: '2024-05-01' });
    expect(await code(record(xmCounty, 'PLATFORM_CONNECTED'), tokens.province)).toBe('CONFLICT');
    const after = (await ok(`{ _entities(representations: [{ __typename: "Region", code: "350200" }]) { ... on Region { governance { grid { platformsConnected } } } } }`))._entities[0].governance.grid.platformsConnected;
    expect(after).toBe(before + 1);
  });

  it('refuses other roles, other regions, non-counties and future dates', async () => {
    const county = registry.regions.find((r) => r.level === 'COUNTY' && r.code.startsWith('3501') && !slice.gridIntegrations.some((g) => g.countyCode === r.code && g.milestone === 'GRID_MERGED'))!.code;
    expect(await code(record(county, 'GRID_MERGED'))).toBe('UNAUTHENTICATED');
    expect(await code(record('350203', 'GRID_MERGED'), tokens.simingCounty)).toBe('FORBIDDEN');
    expect(await code(record(county, 'GRID_MERGED'), tokens.xiamen)).toBe('FORBIDDEN');
    expect(await field(record('350200', 'GRID_MERGED'), tokens.province)).toBe('input.countyCode');
    expect(await field(record(county, 'GRID_MERGED', '2024-09-11'), tokens.province)).toBe('input.achievedOn');
  });
});

describe('诉调对接 lifecycle', () => {
  const refer = (estateId: string, on = '2024-08-01') => `mutation { referMediation(input: { estateId: "${estateId}", court: "思明区人民法院", category: FEES, summary: "拖欠物业服务费纠纷",
    parties: [{ side: OWNER, name: "林小红" }, { side: COMMITTEE, name: "业主委员会" }], referredOn: "${on}" }) { id state referredOn parties { side name } } }`;
  const advance = (id: string, to: string, on: string, extra = '') => `mutation { advanceMediation(input: { id: "${id}", to: ${to}, on: "${on}"${extra} }) { id state mediator { id } concludedOn returnedOn daysToConclude } }`;

  it('goes RECEIVED → MEDIATING (the mediator takes it) → AGREEMENT, and counts the agreement', async () => {
    const { referMediation: c } = await ok(refer(siming.id), tokens.street);
    expect(c).toMatchObject({ state: 'RECEIVED', referredOn: '2024-08-01', parties: [{ side: 'OWNER', name: '林小红' }, { side: 'COMMITTEE', name: '业主委员会' }] });
    // another city's mediator may not take it; nor a company without a mediator's subject
    expect(await code(advance(c.id, 'MEDIATING', '2024-08-02'), tokens.otherMediator)).toBe('FORBIDDEN');
    expect(await code(advance(c.id, 'MEDIATING', '2024-08-02'), tokens.company)).toBe('FORBIDDEN');
    expect(await code(advance(c.id, 'AGREEMENT', '2024-08-02'), tokens.street)).toBe('CONFLICT');
    expect((await ok(advance(c.id, 'MEDIATING', '2024-08-02'), tokens.mediator)).advanceMediation).toMatchObject({ state: 'MEDIATING', mediator: { id: xmMediator.id } });
    expect(await code(advance(c.id, 'MEDIATING', '2024-08-03'), tokens.mediator)).toBe('CONFLICT');
    expect(await field(advance(c.id, 'AGREEMENT', '2024-07-30'), tokens.mediator)).toBe('input.on');
    expect(await field(advance(c.id, 'AGREEMENT', '2024-09-11'), tokens.mediator)).toBe('input.on');
    const done = (await ok(advance(c.id, 'AGREEMENT', '2024-08-20', ', note: "双方达成协议"'), tokens.mediator)).advanceMediation;
    expect(done).toMatchObject({ state: 'AGREEMENT', concludedOn: '2024-08-20', daysToConclude: 19 });
    expect(await code(advance(c.id, 'RETURNED_TO_COURT', '2024-08-21'), tokens.mediator)).toBe('CONFLICT');
    const year = await ok(`{ _entities(representations: [{ __typename: "Region", code: "350203" }]) { ... on Region { governance { mediations(year: 2024) { agreements } } } } }`);
    const counted = slice.mediations.filter((m) => m.regionCode.startsWith('350203') && m.state === 'AGREEMENT' && m.concludedOn!.startsWith('2024')).length;
    expect(year._entities[0].governance.mediations.agreements).toBe(counted + 1);
  });

  it('goes MEDIATING → NO_AGREEMENT → RETURNED_TO_COURT by officials, and the mediator sees the names', async () => {
    const { referMediation: c } = await ok(refer(siming.id, '2024-07-01'), tokens.xiamen);
    await ok(advance(c.id, 'MEDIATING', '2024-07-02', `, mediatorId: "${xmMediator.id}"`), tokens.xiamen);
    // a mediator of another city is refused, naming the field
    expect(await field(advance(c.id, 'MEDIATING', '2024-07-02', `, mediatorId: "${otherMediator.id}"`), tokens.xiamen)).toBe('input.mediatorId');
    await ok(advance(c.id, 'NO_AGREEMENT', '2024-07-20'), tokens.simingCounty);
    expect((await ok(advance(c.id, 'RETURNED_TO_COURT', '2024-07-25'), tokens.mediator)).advanceMediation).toMatchObject({ state: 'RETURNED_TO_COURT', returnedOn: '2024-07-25' });
    const seen = await ok(`{ governanceMediation(id: "${c.id}") { parties { name } } }`, tokens.mediator);
    expect(seen.governanceMediation.parties[0].name).toBe('林小红');
    expect(await code(`{ governanceMediation(id: "${c.id}") { id } }`, tokens.otherMediator)).toBe('NOT_FOUND');
  });

  it('takes a mediator off the roster only with a colleague for the cases still in mediation', async () => {
    const { registerGovernanceMediator: leaving } = await ok(
      `mutation { registerGovernanceMediator(input: { name: "陈调解", organisation: "厦门市物业行业协会调解委员会", regionCode: "350200", subject: "mediator-leaving" }) { id active } }`,
      tokens.xiamen,
    );
    const leavingToken = await signToken({ role: 'COMPANY', region: '350200', subject: 'mediator-leaving' });
    const { referMediation: c } = await ok(refer(siming.id, '2024-08-05'), tokens.xiamen);
    await ok(advance(c.id, 'MEDIATING', '2024-08-06'), leavingToken);
    const offRoster = (extra = '', id = leaving.id) => `mutation { setGovernanceMediatorActive(id: "${id}", active: false${extra}) { id active } }`;
    // not without a successor, not to a mediator of another city, not by another city's admin
    expect(await run(offRoster(), tokens.xiamen)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'reassignTo' }, message: expect.stringContaining(c.id) }] });
    expect(await field(offRoster(`, reassignTo: "${otherMediator.id}"`), tokens.xiamen)).toBe('reassignTo');
    const fuzhouAdmin = await signToken({ role: 'CITY_ADMIN', region: '350100', subject: 'fz-1' });
    expect(await code(offRoster(`, reassignTo: "${xmMediator.id}"`), fuzhouAdmin)).toBe('FORBIDDEN');
    expect(await code(offRoster(`, reassignTo: "${xmMediator.id}"`), tokens.company)).toBe('FORBIDDEN');
    // with one: the case moves over in the same step, the leaver no longer acts as a mediator
    expect((await ok(offRoster(`, reassignTo: "${xmMediator.id}"`), tokens.xiamen)).setGovernanceMediatorActive).toEqual({ id: leaving.id, active: false });
    expect((await ok(`{ governanceMediation(id: "${c.id}") { state mediator { id } } }`, tokens.xiamen)).governanceMediation).toEqual({ state: 'MEDIATING', mediator: { id: xmMediator.id } });
    expect(await code(advance(c.id, 'AGREEMENT', '2024-08-20'), leavingToken)).toBe('FORBIDDEN');
    expect((await ok(advance(c.id, 'AGREEMENT', '2024-08-20'), tokens.mediator)).advanceMediation.state).toBe('AGREEMENT');
    // back on the roster: no hand-over then
    expect(await field(`mutation { setGovernanceMediatorActive(id: "${leaving.id}", active: true, reassignTo: "${xmMediator.id}") { id } }`, tokens.xiamen)).toBe('reassignTo');
    expect((await ok(`mutation { setGovernanceMediatorActive(id: "${leaving.id}", active: true) { active } }`, tokens.xiamen)).setGovernanceMediatorActive.active).toBe(true);
    expect(await code(offRoster('', 'GM9999'), tokens.xiamen)).toBe('NOT_FOUND');
  });

  it('refuses referrals outside the region, by non-officials, with one party or in the future', async () => {
    expect(await code(refer(fuzhou.id), tokens.xiamen)).toBe('FORBIDDEN');
    expect(await code(refer(siming.id), tokens.company)).toBe('FORBIDDEN');
    expect(await field(refer(siming.id, '2024-09-11'), tokens.xiamen)).toBe('input.referredOn');
    expect(await field(refer('E999999'), tokens.xiamen)).toBe('input.estateId');
    const single = `mutation { referMediation(input: { estateId: "${siming.id}", court: "思明区人民法院", category: FEES, summary: "拖欠物业服务费", parties: [{ side: OWNER, name: "林小红" }], referredOn: "2024-08-01" }) { id } }`;
    expect(await field(single, tokens.xiamen)).toBe('input.parties');
  });
});

describe('deliberation, enforcement, joint meetings, pilots, renovation', () => {
  it('settles a matter once, not before it was raised', async () => {
    const { raiseGovernanceMatter: m } = await ok(`mutation { raiseGovernanceMatter(input: { estateId: "${siming.id}", forum: OWNERS_TALK, subject: "电动车充电桩选址", raisedOn: "2024-08-01" }) { id settledLevel } }`, tokens.street);
    const settle = (on: string) => `mutation { settleGovernanceMatter(input: { id: "${m.id}", level: ESTATE, settledOn: "${on}", resolution: "业主协商一致" }) { settledLevel daysToSettle } }`;
    expect(await field(settle('2024-07-31'), tokens.street)).toBe('input.settledOn');
    expect((await ok(settle('2024-08-05'), tokens.street)).settleGovernanceMatter).toEqual({ settledLevel: 'ESTATE', daysToSettle: 4 });
    expect(await code(settle('2024-08-06'), tokens.street)).toBe('CONFLICT');
  });

  it('concludes enforcement once; demolition only for illegal construction', async () => {
    const { recordEnforcementAction: a } = await ok(`mutation { recordEnforcementAction(input: { estateId: "${siming.id}", department: FIRE, violation: FIRE_LANE_BLOCKED, foundOn: "2024-09-01", note: "私家车占用消防通道" }) { id outcome } }`, tokens.street);
    expect(a.outcome).toBe('PENDING');
    const conclude = (outcome: string) => `mutation { concludeEnforcementAction(input: { id: "${a.id}", outcome: ${outcome}, concludedOn: "2024-09-05" }) { outcome concludedOn } }`;
    expect(await field(conclude('DEMOLISHED'), tokens.street)).toBe('input.outcome');
    expect((await ok(conclude('RECTIFIED'), tokens.street)).concludeEnforcementAction).toEqual({ outcome: 'RECTIFIED', concludedOn: '2024-09-05' });
    expect(await code(conclude('FINED'), tokens.street)).toBe('CONFLICT');
  });

  it('follows a joint meeting\'s resolution until done; overdue by the request\'s clock', async () => {
    const street = siming.regionCode.slice(0, 9);
    const { recordJointMeeting: m } = await ok(`mutation { recordJointMeeting(input: { streetCode: "${street}", heldOn: "2024-07-01", topic: "物业管理联席会议", departments: ["城管局", "住建局"], matters: ["消防通道被占用"],
      resolutions: [{ text: "施划消防通道标线", ownerDepartment: "消防救援大队", deadline: "2024-08-01" }] }) { id resolutions { id state overdue } } }`, tokens.street);
    expect(m.resolutions[0]).toMatchObject({ state: 'OPEN', overdue: true });
    const done = (on: string) => `mutation { completeJointMeetingResolution(input: { id: "${m.resolutions[0].id}", doneOn: "${on}", note: "已施划标线" }) { state overdue doneOn } }`;
    expect(await code(done('2024-08-10'), tokens.company)).toBe('FORBIDDEN');
    expect((await ok(done('2024-08-10'), tokens.street)).completeJointMeetingResolution).toEqual({ state: 'DONE', overdue: false, doneOn: '2024-08-10' });
    expect(await code(done('2024-08-11'), tokens.street)).toBe('CONFLICT');
  });

  it('lets only the province admin designate a pilot, with estates of the community\'s street', async () => {
    const input = (estate: string) => `mutation { designateCompleteCommunityPilot(input: { name: "思明区试点社区完整社区建设", communityCode: "${siming.regionCode}", batch: 2, designatedOn: "2024-06-01",
      centreName: "试点社区党群服务中心", signHung: true, estateIds: ["${estate}"] }) { id batch centre { name signHung } estates { id } } }`;
    expect(await code(input(siming.id), tokens.xiamen)).toBe('FORBIDDEN');
    expect(await field(input(fuzhou.id), tokens.province)).toBe('input.estateIds');
    expect((await ok(input(siming.id), tokens.province)).designateCompleteCommunityPilot).toMatchObject({ batch: 2, centre: { signHung: true }, estates: [{ id: siming.id }] });
  });

  it('runs "先试后买": decide once, hand over only an accepted trial, once', async () => {
    const old = registry.estates.find((e) => e.regionCode.startsWith('350203') && e.category === 'OLD')!;
    const { createRenovationProject: p } = await ok(`mutation { createRenovationProject(input: { name: "思明区老旧小区改管运一体化", countyCode: "350203", investor: "北京愿景集团", statePartner: "厦门建发物业",
      startedOn: "2023-10-01", estateIds: ["${old.id}"], services: [ELDERLY_CARE, PARKING], trialStartsOn: "2024-01-01", trialEndsOn: "2024-06-30" }) { id trial { decision } } }`, tokens.simingCounty);
    expect(p.trial.decision).toBe('PENDING');
    const handOver = `mutation { handOverRenovationProject(input: { id: "${p.id}", companyId: "C0001", handedOverOn: "2024-08-01" }) { handedOverOn handoverCompany { id } } }`;
    expect(await code(handOver, tokens.simingCounty)).toBe('CONFLICT');
    const decide = (d: string) => `mutation { decideRenovationTrial(input: { id: "${p.id}", decision: ${d}, decidedOn: "2024-07-05" }) { trial { decision decidedOn } } }`;
    expect(await code(decide('ACCEPTED'), tokens.street)).toBe('FORBIDDEN');
    expect((await ok(decide('ACCEPTED'), tokens.simingCounty)).decideRenovationTrial.trial).toEqual({ decision: 'ACCEPTED', decidedOn: '2024-07-05' });
    expect(await code(decide('DECLINED'), tokens.simingCounty)).toBe('CONFLICT');
    expect((await ok(handOver, tokens.simingCounty)).handOverRenovationProject).toEqual({ handedOverOn: '2024-08-01', handoverCompany: { id: 'C0001' } });
    expect(await code(handOver, tokens.simingCounty)).toBe('CONFLICT');
  });
});

describe('an earlier clock', () => {
  let early: SubgraphUnderTest;
  beforeAll(async () => {
    early = await startSubgraphForTest(governance, { fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url }, now: '2023-07-01' });
  }, 300_000);
  afterAll(async () => early?.close());

  it('counts only what happened by then, and refuses dates after it', async () => {
    const res = await early.query<any>(`{ _entities(representations: [{ __typename: "Region", code: "350000" }]) { ... on Region { governance { grid { gridsMerged whistleReport platformsConnected } mediations(year: 2023) { agreements } } } } }`);
    const g = res.data!._entities[0].governance;
    const by = (m: string) => slice.gridIntegrations.filter((x) => x.milestone === m && x.achievedOn <= '2023-07-01').length;
    expect(g.grid).toEqual({ gridsMerged: by('GRID_MERGED'), whistleReport: by('WHISTLE_REPORT'), platformsConnected: by('PLATFORM_CONNECTED') });
    expect(g.grid.gridsMerged).toBeLessThan(35);
    expect(g.mediations.agreements).toBe(slice.mediations.filter((m) => m.state === 'AGREEMENT' && m.concludedOn! >= '2023-01-01' && m.concludedOn! <= '2023-07-01').length);
    const late = await early.query(`mutation { raiseGovernanceMatter(input: { estateId: "${siming.id}", forum: OWNERS_TALK, subject: "测试", raisedOn: "2023-07-02" }) { id } }`, { token: tokens.province });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.raisedOn' });
  });
});
