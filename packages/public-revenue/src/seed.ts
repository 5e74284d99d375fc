// Writes the public-revenue slice of the demo province (@wuye/dataset) into an empty schema: estates under
// supervision, statements with their revisions (hash-chained per estate, as the API chains them),
// lines and publications, the task list, supervisors and visits, complaints, deposits — and the cities'
// notices for each quarter, issued by the same SQL the API issues them with, at the date they would
// have been issued (45 days after the quarter's end).
import { CITY_CODES, generatePublicRevenue } from '@wuye/dataset';
import { insertInChunks, sql, type SeedInput } from '@wuye/kit';
import { linkHash, type ChainLink } from './chain.js';
import { insertRows } from './bulk.js';
import { ComplaintEntity, ComplaintStepEntity, SupervisorEntity, TaskEntity, VisitEntity } from './entities/index.js';
import { issueNotices } from './notices.js';
import { addDays, quarterEnd } from './quarters.js';
import { DEFAULT_WARNING_RULE } from './rules.js';

/** the foreign keys of the migration's large child tables (see 20241120-initial) */
const BULK_FOREIGN_KEYS = [
  { table: 'revision', name: 'revision_statement_fk', definition: 'foreign key ("statement_id") references public_revenue."statement" ("id")' },
  { table: 'revision_line', name: 'revision_line_revision_fk', definition: 'foreign key ("statement_id", "revision_no") references public_revenue."revision" ("statement_id", "revision_no")' },
  { table: 'publication', name: 'publication_revision_fk', definition: 'foreign key ("statement_id", "revision_no") references public_revenue."revision" ("statement_id", "revision_no")' },
];

/** notices are issued this many days after a quarter's end */
export const NOTICE_AFTER_DAYS = 45;

export async function seedPublicRevenue({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const slice = generatePublicRevenue({ scale });

  // the chain: each estate's revisions in the order they were written
  const revisions = slice.statements.flatMap((s) => s.revisions.map((r) => ({ statement: s, revision: r, at: Date.parse(r.createdAt) })));
  revisions.sort((a, b) => (a.statement.estateId < b.statement.estateId ? -1 : a.statement.estateId > b.statement.estateId ? 1 : a.at - b.at));
  const revisionRows: (Omit<ChainLink, 'lines' | 'quarter' | 'companyId'> & { hash: string })[] = [];
  const hashOf = new Map<string, string>();
  const heads = new Map<string, { headNo: number; headHash: string }>();
  for (const { statement: s, revision: r } of revisions) {
    const head = heads.get(s.estateId);
    const link: ChainLink = {
      estateId: s.estateId,
      chainNo: (head?.headNo ?? 0) + 1,
      statementId: s.id,
      quarter: s.quarter,
      companyId: s.companyId,
      revisionNo: r.revisionNo,
      reason: r.reason,
      author: r.author,
      authorRole: r.authorRole,
      createdAt: new Date(r.createdAt),
      incomeTotal: r.incomeTotal,
      expenseTotal: r.expenseTotal,
      balance: r.balance,
      previousHash: head?.headHash ?? null,
      lines: r.lines.map((l, i) => ({ lineNo: i + 1, direction: l.direction, kind: l.kind, description: l.description, amount: l.amount })),
    };
    const hash = linkHash(link);
    hashOf.set(`${s.id}#${r.revisionNo}`, hash);
    heads.set(s.estateId, { headNo: link.chainNo, headHash: hash });
    const { lines: _lines, quarter: _q, companyId: _c, ...row } = link;
    revisionRows.push({ ...row, hash });
  }

  const T = 'public_revenue';
  await em.transactional(async (tx) => {
    // bulk load: the children's foreign keys are dropped and added back after, which checks them in
    // one pass instead of row by row
    for (const fk of BULK_FOREIGN_KEYS) await sql(tx, `alter table ${T}.${fk.table} drop constraint "${fk.name}"`);
    // the large tables through unnest (./bulk.ts), the small ones through the kit's insertInChunks
    await insertRows(tx, `${T}.revenue_estate`, { estate_id: 'text', region_code: 'text', company_id: 'text', enrolled_from: 'text' },
      slice.estates.map((e) => ({ estate_id: e.estateId, region_code: e.regionCode, company_id: e.companyId, enrolled_from: e.enrolledFrom })));
    await insertRows(tx, `${T}.estate_chain`, { estate_id: 'text', head_no: 'int', head_hash: 'text' }, [...heads].map(([estateId, h]) => ({ estate_id: estateId, head_no: h.headNo, head_hash: h.headHash })));
    await insertRows(
      tx,
      `${T}.statement`,
      { id: 'text', estate_id: 'text', quarter: 'text', region_code: 'text', company_id: 'text', submitted_at: 'timestamptz', submitted_by: 'text', current_revision_no: 'int' },
      slice.statements.map((s) => ({ id: s.id, estate_id: s.estateId, quarter: s.quarter, region_code: s.regionCode, company_id: s.companyId, submitted_at: s.submittedAt, submitted_by: s.revisions[0]!.author, current_revision_no: s.revisions.length })),
    );
    await insertRows(
      tx,
      `${T}.revision`,
      { statement_id: 'text', revision_no: 'int', estate_id: 'text', chain_no: 'int', reason: 'text', author: 'text', author_role: 'text', created_at: 'timestamptz', income_total: 'numeric', expense_total: 'numeric', balance: 'numeric', previous_hash: 'text', hash: 'text' },
      revisionRows.map((r) => ({ statement_id: r.statementId, revision_no: r.revisionNo, estate_id: r.estateId, chain_no: r.chainNo, reason: r.reason, author: r.author, author_role: r.authorRole, created_at: r.createdAt, income_total: r.incomeTotal, expense_total: r.expenseTotal, balance: r.balance, previous_hash: r.previousHash, hash: r.hash })),
    );
    await insertRows(
      tx,
      `${T}.revision_line`,
      { statement_id: 'text', revision_no: 'int', line_no: 'int', direction: 'text', kind: 'text', description: 'text', amount: 'numeric' },
      slice.statements.flatMap((s) => s.revisions.flatMap((r) => r.lines.map((l, i) => ({ statement_id: s.id, revision_no: r.revisionNo, line_no: i + 1, direction: l.direction, kind: l.kind, description: l.description, amount: l.amount })))),
    );
    await insertRows(
      tx,
      `${T}.publication`,
      { statement_id: 'text', revision_no: 'int', channel: 'text', published_at: 'timestamptz', location: 'text', recorded_by: 'text', revision_hash: 'text' },
      slice.statements.flatMap((s) =>
        s.publications.map((p) => ({ statement_id: s.id, revision_no: p.revisionNo, channel: p.channel, published_at: p.publishedAt, location: p.location, recorded_by: s.revisions[0]!.author, revision_hash: hashOf.get(`${s.id}#${p.revisionNo}`)! })),
      ),
    );
    await insertInChunks(tx, TaskEntity, slice.tasks.map((t) => ({ ...t, closedBy: t.closedOn ? `official@${t.regionCode}` : null })));
    await insertInChunks(tx, SupervisorEntity, slice.supervisors.map((s) => ({ ...s })));
    await insertInChunks(tx, VisitEntity, slice.visits.map((v) => ({ ...v })));
    await insertInChunks(
      tx,
      ComplaintEntity,
      slice.complaints.map(({ steps, ...c }) => ({ ...c, state: steps.at(-1)!.step, receivedAt: new Date(steps[0]!.at) })),
    );
    await insertInChunks(tx, ComplaintStepEntity, slice.complaints.flatMap((c) => c.steps.map((s) => ({ complaintId: c.id, ...s, at: new Date(s.at) }))));
    await insertRows(
      tx,
      `${T}.deposit`,
      { id: 'text', estate_id: 'text', company_id: 'text', region_code: 'text', amount: 'numeric', deposited_on: 'date', reference: 'text', recorded_by: 'text' },
      slice.deposits.map((d) => ({ id: d.id, estate_id: d.estateId, company_id: d.companyId, region_code: d.regionCode, amount: d.amount, deposited_on: d.depositedOn, reference: d.reference, recorded_by: `company:${d.companyId}` })),
    );

    for (const fk of BULK_FOREIGN_KEYS) await sql(tx, `alter table ${T}.${fk.table} add constraint "${fk.name}" ${fk.definition}`);
    // the planner needs statistics of what was just written (autovacuum has not seen it yet)
    const tables = await sql<{ tablename: string }>(tx, `select tablename from pg_tables where schemaname = ?`, [T]);
    for (const { tablename } of tables) await sql(tx, `analyze ${T}."${tablename}"`);
    // the cities' notices of each quarter, as issued 45 days after its end
    let noticeNo = 0;
    for (const quarter of slice.quarters) {
      const issuedOn = addDays(quarterEnd(quarter), NOTICE_AFTER_DAYS);
      const notices = CITY_CODES.map((regionCode) => ({ id: `RN${String(++noticeNo).padStart(4, '0')}`, regionCode }));
      await issueNotices(tx, notices, quarter, DEFAULT_WARNING_RULE, new Date(`${issuedOn}T09:00:00+08:00`), 'official@350000');
    }
    const sequences = { statement: slice.statements.length, notice: noticeNo, task: slice.tasks.length, visit: slice.visits.length, complaint: slice.complaints.length, deposit: slice.deposits.length };
    for (const [sequence, count] of Object.entries(sequences)) await sql(tx, `select setval('public_revenue.${sequence}_id_seq', ?)`, [Math.max(count, 1)]);
  });
  const counts = {
    estates: slice.estates.length,
    statements: slice.statements.length,
    revisions: revisionRows.length,
    publications: slice.statements.reduce((n, s) => n + s.publications.length, 0),
    tasks: slice.tasks.length,
    supervisors: slice.supervisors.length,
    visits: slice.visits.length,
    complaints: slice.complaints.length,
    deposits: slice.deposits.length,
  };
  log(`public-revenue: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}
