// 业主大会表决 through the plugin's API (its own database, a stand-in registry): opening, casting,
// closing and sealing; double votes, late votes, immutability, secrecy and the region restriction.
import { createHash } from 'node:crypto';
import { sql } from '@wuye/plugin-sdk';
import type { CoreStandIn, PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S } from './manifest.js';
import { addTestEstate, city, demo, ownerToken, startCore, startLongyan, TEST_ESTATE, token, xiamen } from './testing.fixture.js';

let core: CoreStandIn;
let sub: PluginUnderTest;
beforeAll(async () => {
  core = await startCore();
  sub = await startLongyan(core);
  await addTestEstate(sub);
}, 180_000);
afterAll(async () => {
  await sub?.close();
  await core?.close();
});

const street = () => token('STREET_STAFF', TEST_ESTATE.regionCode.slice(0, 9));
const VOTE = `id status electorate { owners units area } turnout { owners area } myBallot { choice receipt units area }
  result { outcome passed threshold quorum quorumArea quorumOwners participation { owners area } agree { owners units area } disagree { owners area } abstain { owners area } approvalArea approvalOwners }
  seal { digest verified } ballots { receipt choice units area }`;

type Vote = { id: string; status: string; electorate: { owners: number; units: number; area: string }; myBallot: { choice: string; receipt: string } | null; result: Record<string, unknown> | null; seal: { digest: string; verified: boolean } | null; ballots: { receipt: string; choice: string; units: number; area: string }[] | null };

async function open(matter: string, tokenValue?: string, estateId = TEST_ESTATE.id) {
  return sub.query<{ longyanOpenVote: Vote }>(`mutation($i: LongyanOpenVoteInput!) { longyanOpenVote(input: $i) { ${VOTE} } }`, {
    variables: { i: { estateId, matter, title: '测试表决事项', closesAt: '2024-09-25T00:00:00.000Z' } },
    token: tokenValue ?? (await street()),
  });
}
const cast = async (voteId: string, ownerId: string, choice: string) =>
  sub.query<{ longyanCastBallot: { salt: string; ballot: { receipt: string; choice: string; units: number; area: string } } }>(
    `mutation($i: LongyanCastBallotInput!) { longyanCastBallot(input: $i) { salt ballot { receipt choice units area } } }`,
    { variables: { i: { voteId, choice } }, token: await ownerToken(ownerId) },
  );
const close = async (voteId: string, tokenValue?: string) =>
  sub.query<{ longyanCloseVote: Vote }>(`mutation($id: ID!) { longyanCloseVote(input: { voteId: $id }) { ${VOTE} } }`, { variables: { id: voteId }, token: tokenValue ?? (await street()) });
const read = async (voteId: string, tokenValue?: string) => sub.query<{ longyanVote: Vote | null }>(`query($id: ID!) { longyanVote(id: $id) { ${VOTE} } }`, { variables: { id: voteId }, token: tokenValue });
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('a vote from opening to its seal', () => {
  let voteId: string;
  const salts = new Map<string, string>();

  it('opens with the roll as electorate: the owner of two units counts once, with both units\' area', async () => {
    const res = await open('COMMON_PARTS_USE');
    expect(res.errors).toBeUndefined();
    voteId = res.data!.longyanOpenVote.id;
    expect(res.data!.longyanOpenVote).toMatchObject({ status: 'OPEN', electorate: { owners: 6, units: 7, area: '300.00' }, result: null, seal: null, ballots: null });
  });

  it('takes one ballot per owner, for all their units, and gives back the salt behind the receipt', async () => {
    const res = await cast(voteId, 'T1', 'AGREE');
    expect(res.errors).toBeUndefined();
    const { salt, ballot } = res.data!.longyanCastBallot;
    expect(ballot).toMatchObject({ choice: 'AGREE', units: 2, area: '100.00' });
    expect(ballot.receipt).toBe(createHash('sha256').update(`longyan-ballot/v1|${voteId}|AGREE|${salt}`).digest('hex'));
    salts.set('T1', salt);
  });

  it('refuses a second ballot with CONFLICT, and an owner not on the roll or of another estate with FORBIDDEN', async () => {
    expect(code(await cast(voteId, 'T1', 'DISAGREE'))).toBe('CONFLICT');
    const stranger = await sub.query(`mutation { longyanCastBallot(input: { voteId: "${voteId}", choice: AGREE }) { salt } }`, {
      token: await token('OWNER', TEST_ESTATE.regionCode, { estateId: TEST_ESTATE.id, subject: 'owner-nobody' }),
    });
    expect(code(stranger)).toBe('FORBIDDEN');
    const other = city.estates[5]!;
    const elsewhere = await sub.query(`mutation { longyanCastBallot(input: { voteId: "${voteId}", choice: AGREE }) { salt } }`, { token: await token('OWNER', other.regionCode, { estateId: other.id, subject: 'owner-test-t2' }) });
    expect(code(elsewhere)).toBe('FORBIDDEN');
  });

  it('keeps ballots secret: another owner sees only their own, officials see turnout, nobody sees choices while open', async () => {
    const t2 = await read(voteId, await ownerToken('T2'));
    expect(t2.errors).toBeUndefined();
    expect(t2.data!.longyanVote).toMatchObject({ myBallot: null, ballots: null, result: null });
    const t1 = await read(voteId, await ownerToken('T1'));
    expect(t1.data!.longyanVote!.myBallot).toMatchObject({ choice: 'AGREE', units: 2 });
    const official = await sub.query<{ longyanVote: { myBallot: null; turnout: { owners: number; area: string } } }>(`{ longyanVote(id: "${voteId}") { myBallot { choice } turnout { owners area } } }`, { token: await street() });
    expect(official.data!.longyanVote).toEqual({ myBallot: null, turnout: { owners: 1, area: '100.00' } });
  });

  it('will not close before closesAt while owners are still to vote (CONFLICT)', async () => {
    expect(code(await close(voteId))).toBe('CONFLICT');
  });

  it('closes once everyone voted: counts exactly, seals, and publishes anonymous ballot lines', async () => {
    for (const [owner, choice] of [['T2', 'AGREE'], ['T3', 'AGREE'], ['T4', 'AGREE'], ['T5', 'DISAGREE'], ['T6', 'ABSTAIN']] as const) {
      const res = await cast(voteId, owner, choice);
      expect(res.errors).toBeUndefined();
      salts.set(owner, res.data!.longyanCastBallot.salt);
    }
    const res = await close(voteId);
    expect(res.errors).toBeUndefined();
    const vote = res.data!.longyanCloseVote;
    // major matter: 4 of 6 participating owners (< 3/4) with 220 of 300 m² (< 3/4) agree
    expect(vote.result).toMatchObject({
      outcome: 'REJECTED', passed: false, threshold: 'THREE_QUARTERS', quorum: true,
      participation: { owners: 6, area: '300.00' }, agree: { owners: 4, area: '220.00' }, disagree: { owners: 1, area: '40.00' }, abstain: { owners: 1, area: '40.00' },
      approvalArea: false, approvalOwners: false,
    });
    expect(vote.seal!.verified).toBe(true);
    expect(vote.ballots).toHaveLength(6);
    expect(JSON.stringify(vote.ballots)).not.toMatch(/T\d|owner/);
    const t1Receipt = createHash('sha256').update(`longyan-ballot/v1|${voteId}|AGREE|${salts.get('T1')}`).digest('hex');
    expect(vote.ballots!.find((b) => b.receipt === t1Receipt)).toEqual({ receipt: t1Receipt, choice: 'AGREE', units: 2, area: '100.00' });
  });

  it('is immutable once closed: no ballots (CONFLICT), no second close (CONFLICT), and the database refuses changes', async () => {
    expect(code(await cast(voteId, 'T1', 'AGREE'))).toBe('CONFLICT');
    expect(code(await close(voteId))).toBe('CONFLICT');
    const em = sub.orm.em.fork();
    await expect(sql(em, `update ${S}.ballot set choice = 'AGREE' where vote_id = ? and choice = 'DISAGREE'`, [voteId])).rejects.toThrow(/closed and sealed/);
    await expect(sql(em, `update ${S}.vote set title = 'x' where id = ?`, [voteId])).rejects.toThrow(/closed and sealed/);
  });

  it('shows an altered ballot: the seal no longer verifies and the recomputed digest differs', async () => {
    const before = (await read(voteId, await street())).data!.longyanVote!;
    const em = sub.orm.em.fork();
    await sql(em, `alter table ${S}.ballot disable trigger ballot_sealed`);
    await sql(em, `update ${S}.ballot set choice = 'AGREE' where vote_id = ? and choice = 'DISAGREE'`, [voteId]);
    await sql(em, `alter table ${S}.ballot enable trigger ballot_sealed`);
    const after = (await read(voteId, await street())).data!.longyanVote!;
    expect(after.seal).toEqual({ digest: before.seal!.digest, verified: false });
    expect(after.ballots).not.toEqual(before.ballots);
  });
});

describe('deadlines and quorum', () => {
  it('refuses ballots after closesAt (CONFLICT) and then counts: too few took part → NO_QUORUM', async () => {
    const voteId = (await open('USE_MAINTENANCE_FUND')).data!.longyanOpenVote.id;
    for (const owner of ['T1', 'T2', 'T3']) expect((await cast(voteId, owner, 'AGREE')).errors).toBeUndefined();
    // the announced end passes (the vote is still open, so the row may change)
    await sql(sub.orm.em.fork(), `update ${S}.vote set closes_at = opened_at - interval '1 second' where id = ?`, [voteId]);
    expect(code(await cast(voteId, 'T4', 'AGREE'))).toBe('CONFLICT');
    const res = await close(voteId);
    // 3 of 6 owners (< 2/3) although 180 of 300 m² (< 2/3 too)
    expect(res.data!.longyanCloseVote.result).toMatchObject({ outcome: 'NO_QUORUM', quorum: false, quorumOwners: false, quorumArea: false, participation: { owners: 3, area: '180.00' } });
  });

  it('passes an ordinary matter with exactly 2/3 taking part and more than half agreeing', async () => {
    const voteId = (await open('MANAGER_APPOINTMENT')).data!.longyanOpenVote.id;
    // T1 (100) T2 T3 T4 take part: 4 of 6 owners = 2/3, 220 of 300 m² ≥ 2/3; agree T1 T2 T3: 3 of 4 and 180 of 220
    for (const [owner, choice] of [['T1', 'AGREE'], ['T2', 'AGREE'], ['T3', 'AGREE'], ['T4', 'DISAGREE']] as const) expect((await cast(voteId, owner, choice)).errors).toBeUndefined();
    await sql(sub.orm.em.fork(), `update ${S}.vote set closes_at = opened_at - interval '1 second' where id = ?`, [voteId]);
    expect((await close(voteId)).data!.longyanCloseVote.result).toMatchObject({ outcome: 'PASSED', quorumOwners: true, quorumArea: true, participation: { owners: 4, area: '220.00' } });
  });
});

describe('who may', () => {
  it('refuses bad input with the field, anonymous callers with UNAUTHENTICATED and owners opening votes with FORBIDDEN', async () => {
    const past = await sub.query(`mutation { longyanOpenVote(input: { estateId: "${TEST_ESTATE.id}", matter: REBUILD, title: "加装电梯", closesAt: "2024-09-01T00:00:00Z" }) { id } }`, { token: await street() });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesAt' });
    const short = await sub.query(`mutation { longyanOpenVote(input: { estateId: "${TEST_ESTATE.id}", matter: REBUILD, title: "x", closesAt: "2024-09-20T00:00:00Z" }) { id } }`, { token: await street() });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(code(await open('REBUILD', undefined).then(() => sub.query(`mutation { longyanCloseVote(input: { voteId: "LV999999" }) { id } }`, { token: undefined })))).toBe('UNAUTHENTICATED');
    expect(code(await open('REBUILD', await ownerToken('T1')))).toBe('FORBIDDEN');
    expect(code(await sub.query(`mutation { longyanCloseVote(input: { voteId: "LV999999" }) { id } }`, { token: await street() }))).toBe('NOT_FOUND');
  });

  it('keeps everything inside 龙岩: a 厦门 estate is BAD_USER_INPUT, 厦门 officials are FORBIDDEN and see no votes', async () => {
    const xmEstate = await open('REBUILD', await token('CITY_ADMIN', '350800'), xiamen.estates[0]!.id);
    expect(xmEstate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.estateId' });
    const xm = await token('CITY_ADMIN', '350200');
    expect(code(await open('REBUILD', xm))).toBe('FORBIDDEN');
    const demoVote = demo.votes.votes[0]!;
    expect(code(await read(demoVote.id, xm))).toBe('FORBIDDEN');
    const list = await sub.query<{ longyanVotes: { totalCount: number } }>(`{ longyanVotes { totalCount } }`, { token: xm });
    expect(list.data!.longyanVotes.totalCount).toBe(0);
    // another county of 龙岩 does not administer the estate either
    const otherCounty = city.regions.find((r) => r.level === 'COUNTY' && !TEST_ESTATE.regionCode.startsWith(r.code))!;
    expect(code(await open('REBUILD', await token('COUNTY_ADMIN', otherCounty.code)))).toBe('FORBIDDEN');
  });
});

describe('demo data', () => {
  it('has open and closed votes whose seals verify, listed for the city, one SQL statement per kind of read', async () => {
    const cityAdmin = await token('CITY_ADMIN', '350800');
    sub.statements.length = 0;
    const res = await sub.query<{ longyanVotes: { totalCount: number; edges: { node: { id: string; status: string; seal: { verified: boolean } | null; turnout: { owners: number } } }[] } }>(
      `{ longyanVotes(first: 100) { totalCount edges { node { id status turnout { owners } seal { verified } } } } }`,
      { token: cityAdmin },
    );
    expect(res.errors).toBeUndefined();
    // the demo's own votes (a test above tampered with one of the test estate's on purpose)
    const demoIds = new Set(demo.votes.votes.map((v) => v.id));
    const nodes = res.data!.longyanVotes.edges.map((e) => e.node).filter((n) => demoIds.has(n.id));
    expect(nodes.filter((n) => n.status === 'CLOSED').every((n) => n.seal!.verified)).toBe(true);
    expect(nodes.some((n) => n.status === 'OPEN')).toBe(true);
    expect(res.data!.longyanVotes.totalCount).toBeGreaterThanOrEqual(demo.votes.votes.length);
    // page, count, turnout and the published ballots for the seals: no N+1
    expect(sub.statements.length).toBeLessThanOrEqual(4);
  });

  it('answers the estate\'s and the region\'s fields for officials, nothing for other cities', async () => {
    const estateId = demo.votes.votes[0]!.estateId;
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { longyanVotes { id } longyanRoll { units owners multiUnitOwners area } } ... on Region { longyanVoteStats { open closed passed rejected noQuorum } } } }`;
    const variables = { r: [{ __typename: 'ResidentialEstate', id: estateId }, { __typename: 'Region', code: '350800' }, { __typename: 'Region', code: '350200' }] };
    const ly = await sub.query<{ _entities: Record<string, unknown>[] }>(q, { variables, token: await token('CITY_ADMIN', '350800') });
    expect(ly.errors).toBeUndefined();
    const roll = demo.roll.units.filter((u) => u.estateId === estateId);
    expect(ly.data!._entities[0]).toMatchObject({ longyanVotes: demo.votes.votes.filter((v) => v.estateId === estateId).map((v) => ({ id: v.id })).reverse(), longyanRoll: { units: roll.length, owners: new Set(roll.map((u) => u.ownerId)).size } });
    expect((ly.data!._entities[1] as { longyanVoteStats: { closed: number } }).longyanVoteStats.closed).toBeGreaterThanOrEqual(demo.votes.closed.size);
    expect(ly.data!._entities[2]).toEqual({ longyanVoteStats: null });
    const xm = await sub.query<{ _entities: Record<string, unknown>[] }>(q, { variables, token: await token('CITY_ADMIN', '350200') });
    expect(xm.data!._entities).toEqual([{ longyanVotes: [], longyanRoll: null }, { longyanVoteStats: null }, { longyanVoteStats: null }]);
  });
});
