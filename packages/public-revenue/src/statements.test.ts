// Writing statements against real PostgreSQL: submission, publication and correction as revisions that
// keep the old ones; the hash chain verifying, and failing where a row was altered in SQL; bad input
// refused with nothing written; concurrent corrections (one wins, one CONFLICT); who may write and see.
import { generateProvince, generatePublicRevenue, registryFacts } from '@wuye/dataset';
import { signToken, sql } from '@wuye/kit';
import { startSubgraphStandIn, startSubgraphForTest, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkHash, type ChainLink } from './chain.js';
import publicRevenue from './index.js';
import { templateFingerprint } from './testing/fingerprint.js';

const { registry } = generateProvince();
const slice = generatePublicRevenue();
const companyCounty = new Map(registry.companies.map((c) => [c.id, c.regionCode]));
let sub: SubgraphUnderTest;
let stub: SubgraphStandIn;
const registryAnswers = registryFacts(generateProvince().registry);
let db: pg.Client;

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryAnswers.resolve });
  sub = await startSubgraphForTest(publicRevenue, { fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url } });
  db = new pg.Client({ connectionString: sub.database.url });
  await db.connect();
}, 300_000);
afterAll(async () => {
  await db?.end();
  await sub?.close();
  await stub?.close();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

const companyToken = (companyId: string) => signToken({ role: 'COMPANY', region: companyCounty.get(companyId)!, companyId });
const ownerToken = (estateId: string, regionCode: string) => signToken({ role: 'OWNER', region: regionCode.slice(0, 6), estateId });

/** the n-th enrolled estate whose statements are all single revisions, published on both channels */
function plainEstate(n: number) {
  const byEstate = new Map<string, typeof slice.statements>();
  for (const s of slice.statements) byEstate.set(s.estateId, [...(byEstate.get(s.estateId) ?? []), s]);
  const estates = slice.estates.filter((e) => {
    const statements = byEstate.get(e.estateId) ?? [];
    return statements.length === slice.quarters.length && statements.every((s) => s.revisions.length === 1 && s.publications.length === 2);
  });
  const estate = estates[n * 37]!;
  return { ...estate, statements: byEstate.get(estate.estateId)! };
}

const VIEW = 'id quarter status revisionNo incomeTotal expenseTotal balance incomeLines { incomeKind amount description } expenseLines { expenseKind amount } publications { channel revisionNo } revisions { revisionNo reason author incomeTotal published hash previousHash chainNo }';

interface View {
  id: string;
  status: string;
  revisionNo: number;
  incomeTotal: string;
  expenseTotal: string;
  balance: string;
  incomeLines: { incomeKind: string; amount: string; description: string }[];
  publications: { channel: string; revisionNo: number }[];
  revisions: { revisionNo: number; reason: string | null; author: string | null; incomeTotal: string; published: boolean; hash: string; previousHash: string | null; chainNo: number }[];
}

async function submit(token: string, estateId: string, quarter: string, income: string, expense = '[{ kind: MANAGEMENT_SHARE, amount: "100.00" }]') {
  return sub.query<{ submitPublicRevenueStatement: View }>(`mutation { submitPublicRevenueStatement(input: { estateId: "${estateId}", quarter: "${quarter}", incomeLines: ${income}, expenseLines: ${expense} }) { ${VIEW} } }`, { token });
}
const correct = (token: string, id: string, revisionNo: number, income: string, reason = '补录漏报的充电桩场地使用费') =>
  sub.query<{ correctPublicRevenueStatement: View }>(
    `mutation { correctPublicRevenueStatement(input: { statementId: "${id}", revisionNo: ${revisionNo}, reason: "${reason}", incomeLines: ${income}, expenseLines: [{ kind: MANAGEMENT_SHARE, amount: "100.00" }] }) { ${VIEW} } }`,
    { token },
  );
const publish = (token: string, id: string, revisionNo: number, channel: 'ONLINE' | 'OFFLINE') =>
  sub.query<{ publishPublicRevenueStatement: View }>(`mutation { publishPublicRevenueStatement(input: { statementId: "${id}", revisionNo: ${revisionNo}, channel: ${channel}${channel === 'OFFLINE' ? ', location: "小区公告栏"' : ''} }) { ${VIEW} } }`, { token });
const read = (id: string, token?: string) => sub.query<{ publicRevenueStatement: View | null }>(`{ publicRevenueStatement(id: "${id}") { ${VIEW} } }`, { token });
const chain = (estateId: string, token: string) =>
  sub.query<{ publicRevenueChain: { valid: boolean; revisions: number; headHash: string | null; brokenAt: { chainNo: number; statementId: string | null; quarter: string | null; revisionNo: number | null; problem: string; detail: string } | null } }>(
    `{ publicRevenueChain(estateId: "${estateId}") { valid revisions headHash brokenAt { chainNo statementId quarter revisionNo problem detail } } }`,
    { token },
  );

async function rowCounts(): Promise<Record<string, number>> {
  const { rows } = await db.query(`select (select count(*) from public_revenue.statement)::int as statements, (select count(*) from public_revenue.revision)::int as revisions,
    (select count(*) from public_revenue.revision_line)::int as lines, (select count(*) from public_revenue.publication)::int as publications, (select count(*) from public_revenue.estate_chain)::int as chains`);
  return rows[0];
}

describe('the traceable history', () => {
  it('submits a draft, publishes it, corrects it with a new revision that keeps the old one, and the chain verifies', async () => {
    const estate = plainEstate(0);
    const token = await companyToken(estate.companyId);
    const submitted = await submit(token, estate.estateId, '2023Q2', '[{ kind: PARKING, amount: "12000.5" }, { kind: ADVERTISING, amount: "3000", description: "电梯广告" }]');
    expect(submitted.errors).toBeUndefined();
    const draft = submitted.data!.submitPublicRevenueStatement;
    expect(draft).toMatchObject({ status: 'DRAFT', revisionNo: 1, incomeTotal: '15000.50', expenseTotal: '100.00', balance: '14900.50' });
    expect(draft.incomeLines).toEqual([{ incomeKind: 'PARKING', amount: '12000.50', description: '停车收益' }, { incomeKind: 'ADVERTISING', amount: '3000.00', description: '电梯广告' }]);
    expect(draft.revisions[0]).toMatchObject({ chainNo: estate.statements.length + 1, reason: null, author: `company@${companyCounty.get(estate.companyId)}` });

    // a draft is nobody's business but the company's and the officials'
    expect((await read(draft.id)).data!.publicRevenueStatement).toBeNull();
    expect((await read(draft.id, await ownerToken(estate.estateId, estate.regionCode))).data!.publicRevenueStatement).toBeNull();
    expect((await read(draft.id, await signToken({ role: 'COUNTY_ADMIN', region: estate.regionCode.slice(0, 6) }))).data!.publicRevenueStatement?.status).toBe('DRAFT');

    expect((await publish(token, draft.id, 1, 'ONLINE')).data!.publishPublicRevenueStatement.status).toBe('PUBLISHED');
    expect((await read(draft.id)).data!.publicRevenueStatement).toMatchObject({ incomeTotal: '15000.50', revisions: [{ revisionNo: 1, author: null }] });

    const corrected = await correct(token, draft.id, 1, '[{ kind: PARKING, amount: "12000.50" }, { kind: ADVERTISING, amount: "3000" }, { kind: OTHER, amount: "800.25" }]');
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctPublicRevenueStatement).toMatchObject({ status: 'CORRECTION_UNPUBLISHED', revisionNo: 2, incomeTotal: '15800.75' });
    const [first, second] = corrected.data!.correctPublicRevenueStatement.revisions;
    expect(first).toMatchObject({ revisionNo: 1, incomeTotal: '15000.50', published: true });
    expect(second).toMatchObject({ revisionNo: 2, reason: '补录漏报的充电桩场地使用费', incomeTotal: '15800.75', published: false, previousHash: first!.hash, chainNo: first!.chainNo + 1 });

    // until the correction is published the public sees revision 1; a superseded revision cannot be published
    expect((await read(draft.id)).data!.publicRevenueStatement).toMatchObject({ revisionNo: 1, incomeTotal: '15000.50', status: 'PUBLISHED' });
    expect(code((await publish(token, draft.id, 1, 'OFFLINE')).errors)).toBe('CONFLICT');
    await publish(token, draft.id, 2, 'ONLINE');
    expect(code((await publish(token, draft.id, 2, 'ONLINE')).errors)).toBe('CONFLICT');
    // subscribers (credit) hear of the first online publication only — late: 2023Q2 was due on 2023-07-30
    const events = await sql<{ type: string; payload: Record<string, unknown> }>(sub.orm.em.fork(), `select type, payload from public_revenue.outbox_event where aggregate_id = ?`, [draft.id]);
    expect(events).toEqual([{ type: 'public-revenue.StatementPublished', payload: expect.objectContaining({ statementId: draft.id, companyId: estate.companyId, quarter: '2023Q2', deadline: '2023-07-30', onTime: false }) }]);

    // the public: the latest published revision; the owners: every published one, with its reason
    expect((await read(draft.id)).data!.publicRevenueStatement).toMatchObject({ revisionNo: 2, incomeTotal: '15800.75', revisions: [{ revisionNo: 2 }] });
    const owners = (await read(draft.id, await ownerToken(estate.estateId, estate.regionCode))).data!.publicRevenueStatement!;
    expect(owners.revisions.map((r) => [r.revisionNo, r.reason, r.incomeTotal])).toEqual([[1, null, '15000.50'], [2, '补录漏报的充电桩场地使用费', '15800.75']]);

    const verified = await chain(estate.estateId, token);
    expect(verified.data!.publicRevenueChain).toEqual({ valid: true, revisions: estate.statements.length + 2, headHash: second!.hash, brokenAt: null });
  });
});

describe('tamper evidence', () => {
  it('keeps revisions, lines and publications append-only in the database', async () => {
    const estate = plainEstate(1);
    await expect(db.query(`update public_revenue.revision_line set amount = amount + 1 where statement_id = $1`, [estate.statements[0]!.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from public_revenue.publication where statement_id = $1`, [estate.statements[0]!.id])).rejects.toThrow(/append-only/);
  });

  it('fails verification at the revision whose line was altered in SQL, and says where', async () => {
    const estate = plainEstate(2);
    const token = await signToken({ role: 'CITY_ADMIN', region: `${estate.regionCode.slice(0, 4)}00` });
    expect((await chain(estate.estateId, token)).data!.publicRevenueChain.valid).toBe(true);
    const target = estate.statements[1]!; // the estate's second link
    await db.query(`begin; set local session_replication_role = replica;
      update public_revenue.revision_line set amount = amount + 1000 where statement_id = '${target.id}' and revision_no = 1 and line_no = 1; commit;`);
    const { brokenAt, valid } = (await chain(estate.estateId, token)).data!.publicRevenueChain;
    expect(valid).toBe(false);
    expect(brokenAt).toMatchObject({ chainNo: 2, statementId: target.id, quarter: target.quarter, revisionNo: 1, problem: 'CONTENT_ALTERED' });
  });

  it('fails at the next link when the altered revision\'s hash is rewritten too, and at the head when the last link is removed', async () => {
    const estate = plainEstate(3);
    const token = await companyToken(estate.companyId);
    const [first, second] = estate.statements;
    // rewrite revision 1's total and hash consistently: it verifies itself, but link 2 points to the old hash
    const { rows } = await db.query(`select r.*, s.quarter, s.company_id from public_revenue.revision r join public_revenue.statement s on s.id = r.statement_id where r.statement_id = $1`, [first!.id]);
    const { rows: lines } = await db.query(`select line_no as "lineNo", direction, kind, description, amount::text as amount from public_revenue.revision_line where statement_id = $1 order by line_no`, [first!.id]);
    const r = rows[0];
    lines[0].amount = (Number(lines[0].amount) + 1).toFixed(2);
    const income = lines.filter((l: { direction: string }) => l.direction === 'INCOME').reduce((sum: number, l: { amount: string }) => sum + Math.round(Number(l.amount) * 100), 0);
    const expense = Math.round(Number(r.expense_total) * 100);
    const forged: ChainLink = {
      estateId: estate.estateId, chainNo: r.chain_no, statementId: first!.id, quarter: r.quarter, companyId: r.company_id, revisionNo: 1, reason: null, author: r.author, authorRole: r.author_role,
      createdAt: new Date(r.created_at), incomeTotal: (income / 100).toFixed(2), expenseTotal: r.expense_total, balance: ((income - expense) / 100).toFixed(2), previousHash: r.previous_hash, lines,
    };
    await db.query(`begin; set local session_replication_role = replica;
      update public_revenue.revision_line set amount = '${lines[0].amount}' where statement_id = '${first!.id}' and line_no = 1;
      update public_revenue.revision set income_total = '${forged.incomeTotal}', balance = '${forged.balance}', hash = '${linkHash(forged)}' where statement_id = '${first!.id}';
      update public_revenue.publication set revision_hash = '${linkHash(forged)}' where statement_id = '${first!.id}'; commit;`);
    expect((await chain(estate.estateId, token)).data!.publicRevenueChain.brokenAt).toMatchObject({ chainNo: 2, statementId: second!.id, problem: 'LINK_BROKEN' });

    const other = plainEstate(4);
    const last = other.statements.at(-1)!;
    await db.query(`begin; set local session_replication_role = replica;
      delete from public_revenue.revision_line where statement_id = '${last.id}'; delete from public_revenue.publication where statement_id = '${last.id}';
      delete from public_revenue.revision where statement_id = '${last.id}'; commit;`);
    expect((await chain(other.estateId, await companyToken(other.companyId))).data!.publicRevenueChain.brokenAt).toMatchObject({ problem: 'HEAD_MISMATCH', chainNo: other.statements.length });
  });

  it('verifies for officials over the estate, its company and its owners only', async () => {
    const estate = plainEstate(5);
    expect(code((await chain(estate.estateId, undefined as never)).errors)).toBe('UNAUTHENTICATED');
    const otherOwner = await ownerToken(slice.estates[0]!.estateId, slice.estates[0]!.regionCode);
    expect(code((await chain(estate.estateId, otherOwner)).errors)).toBe('FORBIDDEN');
    expect((await chain(estate.estateId, await ownerToken(estate.estateId, estate.regionCode))).data!.publicRevenueChain.valid).toBe(true);
  });
});

describe('bad input', () => {
  it('refuses a future quarter, a negative line, three decimals and an unknown estate — naming the field, writing nothing', async () => {
    const estate = plainEstate(6);
    const token = await companyToken(estate.companyId);
    const before = await rowCounts();
    const cases: [string, string, string, string][] = [
      ['2024Q3', '[{ kind: PARKING, amount: "100.00" }]', estate.estateId, 'input.quarter'],
      ['2023Q1', '[{ kind: PARKING, amount: "-100.00" }]', estate.estateId, 'input.incomeLines.0.amount'],
      ['2023Q1', '[{ kind: PARKING, amount: "100.00" }, { kind: OTHER, amount: "12.345" }]', estate.estateId, 'input.incomeLines.1.amount'],
      ['2023Q1', '[{ kind: PARKING, amount: "100.00" }]', 'E999999', 'input.estateId'],
      ['2023Q1', '[]', estate.estateId, 'input.incomeLines'],
    ];
    for (const [quarter, income, estateId, field] of cases) {
      const res = await submit(token, estateId, quarter, income);
      expect(res.errors?.[0]?.extensions, `${quarter} ${income} ${estateId}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const expense = await submit(token, estate.estateId, '2023Q1', '[{ kind: PARKING, amount: "100.00" }]', '[{ kind: TAX, amount: "-1" }]');
    expect(expense.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expenseLines.0.amount' });
    const statement = estate.statements[0]!;
    const badCorrection = await correct(token, statement.id, 1, '[{ kind: PARKING, amount: "1.001" }]');
    expect(badCorrection.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.incomeLines.0.amount' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a second statement for the same estate and quarter (CONFLICT): it is corrected instead', async () => {
    const estate = plainEstate(7);
    const res = await submit(await companyToken(estate.companyId), estate.estateId, estate.statements[0]!.quarter, '[{ kind: PARKING, amount: "1.00" }]');
    expect(code(res.errors)).toBe('CONFLICT');
  });
});

describe('concurrency', () => {
  it('lets one of two concurrent corrections of the same revision win; the other gets CONFLICT, nothing is lost', async () => {
    const estate = plainEstate(8);
    const token = await companyToken(estate.companyId);
    const statement = estate.statements.at(-1)!;
    const before = await rowCounts();
    const results = await Promise.all([
      correct(token, statement.id, 1, '[{ kind: PARKING, amount: "111.11" }]', '第一次更正：按银行流水更正'),
      correct(token, statement.id, 1, '[{ kind: PARKING, amount: "222.22" }]', '第二次更正：按审计意见更正'),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(code(losers[0]!.errors)).toBe('CONFLICT');
    const won = winners[0]!.data!.correctPublicRevenueStatement;
    expect(won.revisions.map((r) => r.revisionNo)).toEqual([1, 2]);
    expect(won.revisions[0]!.incomeTotal).toBe(statement.revisions[0]!.incomeTotal); // the original stays
    expect(['111.11', '222.22']).toContain(won.incomeTotal);
    expect(await rowCounts()).toEqual({ ...before, revisions: before.revisions! + 1, lines: before.lines! + 2 });
    expect((await chain(estate.estateId, token)).data!.publicRevenueChain).toMatchObject({ valid: true, revisions: estate.statements.length + 1 });
    // the loser reloads and corrects the latest revision
    expect((await correct(token, statement.id, 2, '[{ kind: PARKING, amount: "333.33" }]')).data!.correctPublicRevenueStatement.revisionNo).toBe(3);
  });

  it('lets one of two concurrent submissions of the same quarter win', async () => {
    const estate = plainEstate(9);
    const token = await companyToken(estate.companyId);
    const results = await Promise.all([1, 2].map(() => submit(token, estate.estateId, '2022Q4', '[{ kind: PARKING, amount: "10.00" }]')));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(code(results.find((r) => r.errors)!.errors)).toBe('CONFLICT');
    expect((await chain(estate.estateId, token)).data!.publicRevenueChain.valid).toBe(true);
  });
});

describe('who may write', () => {
  it('lets only the serving company submit: another company FORBIDDEN, an owner FORBIDDEN, the public UNAUTHENTICATED', async () => {
    const estate = plainEstate(10);
    const other = registry.companies.find((c) => c.id !== estate.companyId)!;
    const income = '[{ kind: PARKING, amount: "1.00" }]';
    expect(code((await submit(await companyToken(other.id), estate.estateId, '2023Q1', income)).errors)).toBe('FORBIDDEN');
    expect(code((await submit(await ownerToken(estate.estateId, estate.regionCode), estate.estateId, '2023Q1', income)).errors)).toBe('FORBIDDEN');
    expect(code((await submit(undefined as never, estate.estateId, '2023Q1', income)).errors)).toBe('UNAUTHENTICATED');
    // when the registry says another company serves it now, that one submits — and the old one no longer can
    registryAnswers.serve(estate.estateId, other.id);
    expect(code((await submit(await companyToken(estate.companyId), estate.estateId, '2023Q1', income)).errors)).toBe('FORBIDDEN');
    expect((await submit(await companyToken(other.id), estate.estateId, '2023Q1', income)).errors).toBeUndefined();
    expect(code((await correct(await companyToken(other.id), estate.statements[0]!.id, 1, income)).errors)).toBe('FORBIDDEN'); // submitted by the old one
  });
});

describe('deposits', () => {
  it('records a deposit exactly: the estate\'s total grows by the amount to the fen; bad amounts and repeated references are refused', async () => {
    const estate = plainEstate(11);
    const token = await companyToken(estate.companyId);
    const total = async () =>
      (await sub.query<{ _entities: { publicRevenue: { depositsTotal: string } }[] }>(`{ _entities(representations: [{ __typename: "ResidentialEstate", id: "${estate.estateId}" }]) { ... on ResidentialEstate { publicRevenue { depositsTotal } } } }`))
        .data!._entities[0]!.publicRevenue.depositsTotal;
    const before = await total();
    const record = (amount: string, reference: string, as = token) =>
      sub.query(`mutation { recordPublicRevenueDeposit(input: { estateId: "${estate.estateId}", amount: "${amount}", depositedOn: "2024-09-01", reference: "${reference}" }) { amount } }`, { token: as });
    expect((await record('0.10', 'JC-TEST-0001')).errors).toBeUndefined();
    expect((await record('0.20', 'JC-TEST-0002')).errors).toBeUndefined();
    const cents = (s: string) => BigInt(s.replace('.', ''));
    expect(cents(await total()) - cents(before)).toBe(30n); // 0.1 + 0.2, exactly
    expect((await record('1.005', 'JC-TEST-0003')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect((await record('0', 'JC-TEST-0004')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(code((await record('5.00', 'JC-TEST-0001')).errors)).toBe('CONFLICT');
    const stranger = registry.companies.find((c) => c.id !== estate.companyId)!;
    expect(code((await record('5.00', 'JC-TEST-0005', await companyToken(stranger.id))).errors)).toBe('FORBIDDEN');
  });
});

describe('who may see', () => {
  const draft = slice.statements.find((s) => s.publications.length === 0)!;
  const list = (token?: string) =>
    sub.query<{ publicRevenueStatements: { totalCount: number; edges: { node: { id: string; status: string } }[] } }>(
      `{ publicRevenueStatements(first: 10, filter: { estateId: "${draft.estateId}" }) { totalCount edges { node { id status } } } }`,
      { token },
    );
  const published = slice.statements.filter((s) => s.estateId === draft.estateId && s.publications.length > 0).length;

  it('lists an estate\'s published statements to the public and its owners, never the draft; the company and officials see it', async () => {
    for (const token of [undefined, await ownerToken(draft.estateId, draft.regionCode)]) {
      const res = await list(token);
      expect(res.data!.publicRevenueStatements.totalCount).toBe(published);
      expect(res.data!.publicRevenueStatements.edges.map((e) => e.node.id)).not.toContain(draft.id);
    }
    for (const token of [await companyToken(draft.companyId), await signToken({ role: 'STREET_STAFF', region: draft.regionCode.slice(0, 9) })]) {
      const res = await list(token);
      expect(res.data!.publicRevenueStatements.totalCount).toBe(published + 1);
      expect(res.data!.publicRevenueStatements.edges.find((e) => e.node.id === draft.id)?.node.status).toBe('DRAFT');
    }
    // officials elsewhere see what the public sees
    const elsewhere = await list(await signToken({ role: 'CITY_ADMIN', region: draft.regionCode.startsWith('3502') ? '350100' : '350200' }));
    expect(elsewhere.data!.publicRevenueStatements.totalCount).toBe(published);
  });

  it('shows the public one revision of a corrected statement, its owners every published one, nobody else\'s owners more than the public', async () => {
    const corrected = slice.statements.find((s) => s.revisions.length === 2 && s.publications.some((p) => p.revisionNo === 2))!;
    const revisions = async (token?: string) => (await read(corrected.id, token)).data!.publicRevenueStatement!.revisions.map((r) => r.revisionNo);
    expect(await revisions()).toEqual([2]);
    expect(await revisions(await ownerToken(corrected.estateId, corrected.regionCode))).toEqual([1, 2]);
    const stranger = slice.estates.find((e) => e.estateId !== corrected.estateId)!;
    expect(await revisions(await ownerToken(stranger.estateId, stranger.regionCode))).toEqual([2]);
  });
});
