// Writing statements: the serving company submits a quarter's statement (revision 1), publishes a revision
// online and offline, and corrects a statement with a new revision and a reason — never in place. Every
// revision is appended to its estate's hash chain under a lock on the chain's head, so concurrent writes
// for one estate line up; of two corrections of the same revision one wins, the other gets CONFLICT.
import { administers, chinaDate, sql, WuyeError, type EntityManager, type Viewer } from '@wuye/kit';
import { z } from 'zod';
import { linkHash, type ChainLine } from '../chain.js';
import { amount } from '../money.js';
import { statementPublished } from '../events.js';
import { hasEnded, parseQuarter, publicationDeadline } from '../quarters.js';
import { DEFAULT_WARNING_RULE } from '../rules.js';
import { iso } from '../time.js';
import { builder, type RevenueContext } from './builder.js';
import { ChannelEnum, ExpenseKindEnum, IncomeKindEnum } from './enums.js';
import { statementById, type StatementRow } from './loaders.js';
import { estateFacts } from './registry-facts.js';
import { StatementRef, viewOf, type StatementView } from './statement.js';

const S = 'public_revenue';
const MAX_LINES = 50;

const INCOME_LABELS = { PARKING: '停车收益', ADVERTISING: '广告收益', VENUE_RENTAL: '场地租赁收益', OTHER: '其他收益' } as const;
const EXPENSE_LABELS = { MANAGEMENT_SHARE: '管理成本', MAINTENANCE: '维修支出', TAX: '税费', COMMITTEE_FUNDING: '业委会工作经费', OTHER: '其他支出' } as const;

const description = z.string().trim().min(1, 'must not be empty').max(100, 'is at most 100 characters');

const IncomeLineInput = builder.inputType('PublicRevenueIncomeLineInput', {
  description: '收入明细 — one income line',
  fields: (t) => ({
    kind: t.field({ type: IncomeKindEnum, required: true, description: '收入类别' }),
    amount: t.field({ type: 'Decimal', required: true, description: '金额 — in yuan: not negative, at most two decimals', validate: amount() }),
    description: t.string({ description: '摘要 — default: the kind\'s name', validate: description }),
  }),
});

const ExpenseLineInput = builder.inputType('PublicRevenueExpenseLineInput', {
  description: '支出明细 — one expense line',
  fields: (t) => ({
    kind: t.field({ type: ExpenseKindEnum, required: true, description: '支出类别' }),
    amount: t.field({ type: 'Decimal', required: true, description: '金额 — in yuan: not negative, at most two decimals', validate: amount() }),
    description: t.string({ description: '摘要 — default: the kind\'s name', validate: description }),
  }),
});

const SubmitInput = builder.inputType('SubmitPublicRevenueStatementInput', {
  description: '报送季度收支 — the serving company states an ended quarter\'s public revenue for an estate',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '住宅小区' }),
    quarter: t.field({ type: 'Quarter', required: true, description: '季度 — one that has ended' }),
    incomeLines: t.field({ type: [IncomeLineInput], required: true, description: '收入明细 — at least one', validate: z.array(z.any()).min(1, 'state at least one income line (an amount of 0 if there was none)').max(MAX_LINES) }),
    expenseLines: t.field({ type: [ExpenseLineInput], required: true, description: '支出明细', validate: z.array(z.any()).max(MAX_LINES) }),
  }),
});

const CorrectInput = builder.inputType('CorrectPublicRevenueStatementInput', {
  description: '更正季度收支 — a new revision replacing the statement\'s latest one; the old one stays in the history',
  fields: (t) => ({
    statementId: t.id({ required: true, description: '季度收支编号' }),
    revisionNo: t.int({ required: true, description: '修订号 — the revision corrected: the statement\'s latest (else CONFLICT — somebody corrected it meanwhile)' }),
    reason: t.string({ required: true, description: '更正原因', validate: z.string().trim().min(4, 'say why (at least 4 characters)').max(200) }),
    incomeLines: t.field({ type: [IncomeLineInput], required: true, description: '收入明细 — all of them, as corrected', validate: z.array(z.any()).min(1, 'state at least one income line').max(MAX_LINES) }),
    expenseLines: t.field({ type: [ExpenseLineInput], required: true, description: '支出明细 — all of them, as corrected', validate: z.array(z.any()).max(MAX_LINES) }),
  }),
});

const PublishInput = builder.inputType('PublishPublicRevenueStatementInput', {
  description: '公示 — record the publication of a statement\'s latest revision on one channel',
  fields: (t) => ({
    statementId: t.id({ required: true, description: '季度收支编号' }),
    revisionNo: t.int({ required: true, description: '修订号 — the revision published: the statement\'s latest' }),
    channel: t.field({ type: ChannelEnum, required: true, description: '公示渠道' }),
    publishedAt: t.field({ type: 'DateTime', description: '公示时间 — default: now' }),
    location: t.string({ description: '公示位置 — OFFLINE: where the notice hangs (e.g. 小区公告栏); ONLINE is always 闽政通', validate: z.string().trim().min(2).max(100) }),
  }),
});

type LineInput = { kind: string; amount: string; description?: string | null };

/** the writer as recorded on a revision */
const authorOf = (viewer: Viewer) => viewer.subject ?? viewer.role;

/** May this viewer write the statement (correct, publish)? The company that submitted it, or an official over the estate. */
function requireWriter(viewer: Viewer, s: StatementRow): void {
  if (viewer.role === 'COMPANY' && viewer.companyId === s.companyId) return;
  if (administers(viewer, s.regionCode)) return;
  throw WuyeError.forbidden(`Statement ${s.id} is written by the company that submitted it (${s.companyId}) or officials over ${s.regionCode}.`);
}

/**
 * The lines in order, amounts normalised to two decimals and totals summed — by PostgreSQL, in NUMERIC
 * (a total beyond NUMERIC(14,2) is bad input).
 */
async function priced(em: EntityManager, income: LineInput[], expense: LineInput[]): Promise<{ lines: ChainLine[]; incomeTotal: string; expenseTotal: string; balance: string }> {
  const [row] = await sql<{ income: string[] | null; expense: string[] | null; income_total: string; expense_total: string; balance: string }>(
    em,
    `select (select array_agg(a::numeric(14,2)::text order by i) from unnest(?::numeric[]) with ordinality x(a, i)) as income,
            (select array_agg(a::numeric(14,2)::text order by i) from unnest(?::numeric[]) with ordinality x(a, i)) as expense,
            (select coalesce(sum(a), 0)::numeric(14,2)::text from unnest(?::numeric[]) a) as income_total,
            (select coalesce(sum(a), 0)::numeric(14,2)::text from unnest(?::numeric[]) a) as expense_total,
            ((select coalesce(sum(a), 0) from unnest(?::numeric[]) a) - (select coalesce(sum(a), 0) from unnest(?::numeric[]) a))::numeric(14,2)::text as balance`,
    [income.map((l) => l.amount), expense.map((l) => l.amount), income.map((l) => l.amount), expense.map((l) => l.amount), income.map((l) => l.amount), expense.map((l) => l.amount)],
  ).catch((error: { code?: string }) => {
    if (error.code === '22003') throw WuyeError.badInput('input.incomeLines', 'the totals exceed 999999999999.99');
    throw error;
  });
  const lines: ChainLine[] = [
    ...income.map((l, i) => ({ direction: 'INCOME', kind: l.kind, description: l.description?.trim() || INCOME_LABELS[l.kind as keyof typeof INCOME_LABELS], amount: row!.income![i]! })),
    ...expense.map((l, i) => ({ direction: 'EXPENSE', kind: l.kind, description: l.description?.trim() || EXPENSE_LABELS[l.kind as keyof typeof EXPENSE_LABELS], amount: row!.expense![i]! })),
  ].map((l, i) => ({ lineNo: i + 1, ...l }));
  return { lines, incomeTotal: row!.income_total, expenseTotal: row!.expense_total, balance: row!.balance };
}

/** Locks the estate's chain head (creating it for a first revision) and returns it. */
async function lockChain(em: EntityManager, estateId: string): Promise<{ headNo: number; headHash: string | null }> {
  await sql(em, `insert into ${S}.estate_chain (estate_id, head_no, head_hash) values (?, 0, null) on conflict (estate_id) do nothing`, [estateId]);
  const [head] = await sql<{ head_no: number; head_hash: string | null }>(em, `select head_no, head_hash from ${S}.estate_chain where estate_id = ? for update`, [estateId]);
  return { headNo: head!.head_no, headHash: head!.head_hash };
}

/** Appends a revision to the statement and to its estate's chain (inside the caller's transaction, chain locked). */
async function appendRevision(
  em: EntityManager,
  ctx: RevenueContext,
  s: { id: string; estateId: string; quarter: string; companyId: string },
  revisionNo: number,
  reason: string | null,
  head: { headNo: number; headHash: string | null },
  content: Awaited<ReturnType<typeof priced>>,
): Promise<void> {
  const link = {
    estateId: s.estateId,
    chainNo: head.headNo + 1,
    statementId: s.id,
    quarter: s.quarter,
    companyId: s.companyId,
    revisionNo,
    reason,
    author: authorOf(ctx.viewer),
    authorRole: ctx.viewer.role,
    createdAt: ctx.now,
    incomeTotal: content.incomeTotal,
    expenseTotal: content.expenseTotal,
    balance: content.balance,
    previousHash: head.headHash,
    lines: content.lines,
  };
  const hash = linkHash(link);
  await sql(
    em,
    `insert into ${S}.revision (statement_id, revision_no, estate_id, chain_no, reason, author, author_role, created_at, income_total, expense_total, balance, previous_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [s.id, revisionNo, s.estateId, link.chainNo, reason, link.author, link.authorRole, link.createdAt, link.incomeTotal, link.expenseTotal, link.balance, link.previousHash, hash],
  );
  const lines = content.lines;
  await sql(
    em,
    `insert into ${S}.revision_line (statement_id, revision_no, line_no, direction, kind, description, amount)
     select ?, ?, * from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::numeric[])`,
    [s.id, revisionNo, lines.map((l) => l.lineNo), lines.map((l) => l.direction), lines.map((l) => l.kind), lines.map((l) => l.description), lines.map((l) => l.amount)],
  );
  await sql(em, `update ${S}.estate_chain set head_no = ?, head_hash = ? where estate_id = ?`, [link.chainNo, hash, s.estateId]);
}

const uniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === '23505';

async function reload(ctx: RevenueContext, id: string): Promise<StatementView> {
  statementById(ctx).clear(id);
  const row = await statementById(ctx).load(id);
  return (await viewOf(ctx, row!))!;
}

/** the statement's first online publication (of any revision) is the fact subscribers hear of */
async function publishedOnlineFirst(em: EntityManager, statement: StatementRow, at: Date): Promise<void> {
  const [earlier] = await sql<{ n: number }>(em, `select count(*)::int as n from ${S}.publication where statement_id = ? and channel = 'ONLINE'`, [statement.id]);
  if (earlier!.n !== 1) return;
  const deadline = publicationDeadline(statement.quarter, DEFAULT_WARNING_RULE.lateAfterDays);
  const publishedOn = chinaDate(at);
  await statementPublished(em, at, { statementId: statement.id, estateId: statement.estateId, companyId: statement.companyId ?? null, regionCode: statement.regionCode, quarter: statement.quarter, publishedAt: at.toISOString(), deadline, onTime: publishedOn <= deadline });
}

builder.mutationFields((t) => ({
  submitPublicRevenueStatement: t.field({
    type: StatementRef,
    description: '报送季度收支 — the company serving the estate (a COMPANY token) submits an ended quarter\'s statement: revision 1, a draft until published',
    authScopes: { role: 'COMPANY' },
    args: { input: t.arg({ type: SubmitInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { year } = parseQuarter(input.quarter);
      if (year < 2000 || year > 2099) throw WuyeError.badInput('input.quarter', 'must lie between 2000Q1 and 2099Q4');
      if (!hasEnded(input.quarter, ctx.now)) throw WuyeError.badInput('input.quarter', `${input.quarter} has not ended yet: a quarter is stated after its last day`);
      const estate = await estateFacts(ctx, input.estateId, 'input.estateId');
      if (!ctx.viewer.companyId || estate.companyId !== ctx.viewer.companyId) {
        throw WuyeError.forbidden(`Estate ${estate.id} is served by ${estate.companyId ?? 'no company'}, not by your company ${ctx.viewer.companyId ?? '(none in your token)'}: only the serving company submits its statements.`);
      }
      const companyId = estate.companyId;
      const id = await ctx.em
        .transactional(async (em) => {
          const content = await priced(em, input.incomeLines, input.expenseLines);
          const head = await lockChain(em, estate.id);
          const [taken] = await sql<{ id: string }>(em, `select id from ${S}.statement where estate_id = ? and quarter = ?`, [estate.id, input.quarter]);
          if (taken) throw WuyeError.conflict(`Estate ${estate.id} already has statement ${taken.id} for ${input.quarter}: correct it instead (correctPublicRevenueStatement).`);
          // under supervision from its earliest statement on; the copies of region and company follow the registry
          await sql(
            em,
            `insert into ${S}.revenue_estate (estate_id, region_code, company_id, enrolled_from) values (?, ?, ?, ?)
             on conflict (estate_id) do update set region_code = excluded.region_code, company_id = excluded.company_id, enrolled_from = least(${S}.revenue_estate.enrolled_from, excluded.enrolled_from)`,
            [estate.id, estate.regionCode, companyId, input.quarter],
          );
          const [n] = await sql<{ n: number }>(em, `select nextval('${S}.statement_id_seq')::int as n`);
          const statement = { id: `RS${String(n!.n).padStart(6, '0')}`, estateId: estate.id, quarter: input.quarter, companyId };
          await sql(
            em,
            `insert into ${S}.statement (id, estate_id, quarter, region_code, company_id, submitted_at, submitted_by, current_revision_no) values (?, ?, ?, ?, ?, ?, ?, 1)`,
            [statement.id, estate.id, input.quarter, estate.regionCode, companyId, ctx.now, authorOf(ctx.viewer)],
          );
          await appendRevision(em, ctx, statement, 1, null, head, content);
          return statement.id;
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error)) throw WuyeError.conflict(`Estate ${estate.id}'s statement for ${input.quarter} was submitted meanwhile: correct it instead.`);
          throw error;
        });
      return reload(ctx, id);
    },
  }),

  correctPublicRevenueStatement: t.field({
    type: StatementRef,
    description: '更正季度收支 — the company that submitted it, or an official over the estate, replaces its latest revision with a new one and a reason; the old one stays queryable. Correcting a revision that is no longer the latest is a CONFLICT',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CorrectInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const statement = await statementById(ctx).load(input.statementId);
      if (!statement) throw WuyeError.badInput('input.statementId', `no statement ${input.statementId}`);
      requireWriter(ctx.viewer, statement);
      await ctx.em
        .transactional(async (em) => {
          const content = await priced(em, input.incomeLines, input.expenseLines);
          const head = await lockChain(em, statement.estateId);
          const [current] = await sql<{ current_revision_no: number }>(em, `select current_revision_no from ${S}.statement where id = ? for update`, [statement.id]);
          if (current!.current_revision_no !== input.revisionNo) {
            throw WuyeError.conflict(`Statement ${statement.id} is at revision ${current!.current_revision_no}, not ${input.revisionNo}: it was corrected meanwhile — reload it and correct the latest revision.`);
          }
          const revisionNo = input.revisionNo + 1;
          await appendRevision(em, ctx, statement, revisionNo, input.reason.trim(), head, content);
          await sql(em, `update ${S}.statement set current_revision_no = ? where id = ?`, [revisionNo, statement.id]);
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error)) throw WuyeError.conflict(`Revision ${input.revisionNo} of statement ${statement.id} was corrected meanwhile: reload it.`);
          throw error;
        });
      return reload(ctx, statement.id);
    },
  }),

  publishPublicRevenueStatement: t.field({
    type: StatementRef,
    description: '公示 — the company that submitted it (or an official over the estate) records the publication of its latest revision online (闽政通) or offline (notice board), once per revision and channel',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PublishInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const at = input.publishedAt ?? ctx.now;
      if (at > ctx.now) throw WuyeError.badInput('input.publishedAt', 'lies in the future');
      if (input.channel === 'OFFLINE' && !input.location) throw WuyeError.badInput('input.location', 'say where the notice hangs (e.g. 小区公告栏)');
      const statement = await statementById(ctx).load(input.statementId);
      if (!statement) throw WuyeError.badInput('input.statementId', `no statement ${input.statementId}`);
      requireWriter(ctx.viewer, statement);
      await ctx.em.transactional(async (em) => {
        const [current] = await sql<{ current_revision_no: number }>(em, `select current_revision_no from ${S}.statement where id = ? for update`, [statement.id]);
        if (current!.current_revision_no !== input.revisionNo) {
          throw WuyeError.conflict(`Statement ${statement.id} is at revision ${current!.current_revision_no}: revision ${input.revisionNo} ${input.revisionNo < current!.current_revision_no ? 'was superseded' : 'does not exist'} — publish the latest.`);
        }
        const [revision] = await sql<{ hash: string; created_at: string }>(em, `select hash, ${iso('created_at')} as created_at from ${S}.revision where statement_id = ? and revision_no = ?`, [statement.id, input.revisionNo]);
        if (at < new Date(revision!.created_at)) throw WuyeError.badInput('input.publishedAt', `is before revision ${input.revisionNo} was written (${revision!.created_at})`);
        const inserted = await sql<{ channel: string }>(
          em,
          `insert into ${S}.publication (statement_id, revision_no, channel, published_at, location, recorded_by, revision_hash) values (?, ?, ?, ?, ?, ?, ?)
           on conflict do nothing returning channel`,
          [statement.id, input.revisionNo, input.channel, at, input.channel === 'ONLINE' ? '闽政通' : input.location!.trim(), authorOf(ctx.viewer), revision!.hash],
        );
        if (!inserted.length) throw WuyeError.conflict(`Revision ${input.revisionNo} of statement ${statement.id} is already published ${input.channel === 'ONLINE' ? 'online' : 'offline'}.`);
        if (input.channel === 'ONLINE') await publishedOnlineFirst(em, statement, at);
      });
      return reload(ctx, statement.id);
    },
  }),
}));
