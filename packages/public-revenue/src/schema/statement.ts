// 公共收益季度收支: statements, their revisions (the traceable history), lines and publications — as each
// viewer may see them (../visibility.ts) — and the queries that list them.
import { keysetConnection, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { publicationDeadline } from '../quarters.js';
import { DEFAULT_WARNING_RULE } from '../rules.js';
import { seesDrafts, seesHistory, visibleStatementsSql } from '../visibility.js';
import { builder, type RevenueContext } from './builder.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { ChannelEnum, ExpenseKindEnum, IncomeKindEnum, StatementStatusEnum } from './enums.js';
import { withDates } from '../time.js';
import { linesOf, publicationsOf, revisionsOf, STATEMENT_COLUMNS, statementById, statementByQuarter, type LineRow, type PublicationRow, type RevisionRow, type StatementRow } from './loaders.js';

/** A statement as one viewer sees it. */
export interface StatementView {
  row: StatementRow;
  /** the revisions this viewer may see, oldest first (never empty) */
  revisions: RevisionView[];
  /** the one shown: the latest this viewer may see */
  shown: RevisionView;
  /** publications (by now) of the visible revisions, in time order */
  publications: PublicationRow[];
  /** the latest revision exists but is not published yet (and this viewer sees it) */
  correctionPending: boolean;
}

export interface RevisionView extends RevisionRow {
  published: boolean;
  publications: PublicationRow[];
  /** whether this viewer sees who wrote it */
  showsAuthor: boolean;
}

/** The statement as `ctx.viewer` may see it at `ctx.now`; null when it may see none of it (a draft, for the public). */
export async function viewOf(ctx: RevenueContext, row: StatementRow): Promise<StatementView | null> {
  if (row.submittedAt > ctx.now) return null;
  const [revisions, allPublications] = await Promise.all([revisionsOf(ctx).load(row.id), publicationsOf(ctx).load(row.id)]);
  const publications = allPublications.filter((p) => p.publishedAt <= ctx.now);
  const existing = revisions.filter((r) => r.createdAt <= ctx.now);
  const drafts = seesDrafts(ctx.viewer, row);
  const views: RevisionView[] = existing.map((r) => {
    const own = publications.filter((p) => p.revisionNo === r.revisionNo);
    return { ...r, published: own.length > 0, publications: own, showsAuthor: drafts };
  });
  const publishedViews = views.filter((r) => r.published);
  let visible: RevisionView[];
  if (drafts) visible = views;
  else if (publishedViews.length === 0) return null;
  else visible = seesHistory(ctx.viewer, row) ? publishedViews : [publishedViews.at(-1)!];
  if (visible.length === 0) return null;
  const numbers = new Set(visible.map((r) => r.revisionNo));
  return {
    row,
    revisions: visible,
    shown: visible.at(-1)!,
    publications: publications.filter((p) => numbers.has(p.revisionNo)),
    correctionPending: drafts && publishedViews.length > 0 && !visible.at(-1)!.published,
  };
}

/** the views of those rows the viewer may see, in the rows' order */
export async function viewsOf(ctx: RevenueContext, rows: readonly StatementRow[]): Promise<StatementView[]> {
  return (await Promise.all(rows.map((row) => viewOf(ctx, row)))).filter((v): v is StatementView => v !== null);
}

export const LineRef = builder.objectRef<LineRow>('PublicRevenueLine').implement({
  description: '收支明细 — one income or expense line of a revision',
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: '序号 — its place in the revision' }),
    incomeKind: t.field({ type: IncomeKindEnum, nullable: true, description: '收入类别 — for an income line', resolve: (l) => (l.direction === 'INCOME' ? (l.kind as 'PARKING') : null) }),
    expenseKind: t.field({ type: ExpenseKindEnum, nullable: true, description: '支出类别 — for an expense line', resolve: (l) => (l.direction === 'EXPENSE' ? (l.kind as 'MAINTENANCE') : null) }),
    description: t.exposeString('description', { description: '摘要 — what it is' }),
    amount: t.field({ type: 'Decimal', description: '金额 — in yuan, two decimals, never negative', resolve: (l) => l.amount }),
  }),
});

export const PublicationRef = builder.objectRef<PublicationRow>('PublicRevenuePublication').implement({
  description: '公示记录 — a revision published on one channel, with its time',
  fields: (t) => ({
    channel: t.field({ type: ChannelEnum, description: '公示渠道 — online (闽政通) or offline (notice board)', resolve: (p) => p.channel }),
    publishedAt: t.field({ type: 'DateTime', description: '公示时间 — when it was published', resolve: (p) => p.publishedAt }),
    location: t.exposeString('location', { description: '公示位置 — 闽政通, or where on the estate the notice hangs' }),
    revisionNo: t.exposeInt('revisionNo', { description: '修订号 — the revision published' }),
    revisionHash: t.exposeString('revisionHash', { description: '哈希 — the revision\'s chain hash, as published (anchors the chain)' }),
  }),
});

const lines = (direction: 'INCOME' | 'EXPENSE' | null) => async (r: RevisionView, _args: unknown, ctx: RevenueContext) =>
  (await linesOf(ctx).load(`${r.statementId}#${r.revisionNo}`)).filter((l) => direction === null || l.direction === direction);

export const RevisionRef = builder.objectRef<RevisionView>('PublicRevenueRevision').implement({
  description: '修订 — one immutable version of a statement: the submission (1) or a correction with its reason; a link of the estate\'s hash chain',
  fields: (t) => ({
    revisionNo: t.exposeInt('revisionNo', { description: '修订号 — 1 for the submission, then 2, 3 … for corrections' }),
    reason: t.exposeString('reason', { nullable: true, description: '更正原因 — why it corrects the revision before (null for the submission)' }),
    author: t.string({ nullable: true, description: '填报人 — who wrote it (a user of the serving company or an official); for officials over the estate and the company only', resolve: (r) => (r.showsAuthor ? r.author : null) }),
    authorRole: t.exposeString('authorRole', { description: '填报角色 — the writer\'s role (COMPANY, or an official role)' }),
    createdAt: t.field({ type: 'DateTime', description: '填报时间 — when it was written', resolve: (r) => r.createdAt }),
    incomeTotal: t.field({ type: 'Decimal', description: '收入合计 — total income (the sum of its income lines)', resolve: (r) => r.incomeTotal }),
    expenseTotal: t.field({ type: 'Decimal', description: '支出合计 — total expenses', resolve: (r) => r.expenseTotal }),
    balance: t.field({ type: 'Decimal', description: '收支结余 — income − expenses of the quarter (may be negative)', resolve: (r) => r.balance }),
    lines: t.field({ type: [LineRef], description: '收支明细 — all its lines in order', resolve: lines(null) }),
    incomeLines: t.field({ type: [LineRef], description: '收入明细 — its income lines', resolve: lines('INCOME') }),
    expenseLines: t.field({ type: [LineRef], description: '支出明细 — its expense lines', resolve: lines('EXPENSE') }),
    published: t.exposeBoolean('published', { description: '是否已公示 — published on at least one channel' }),
    publications: t.field({ type: [PublicationRef], description: '公示记录 — its publications', resolve: (r) => r.publications }),
    chainNo: t.exposeInt('chainNo', { description: '链序号 — its place in the estate\'s hash chain' }),
    hash: t.exposeString('hash', { description: '哈希 — sha256 over its canonical JSON and the previous link\'s hash' }),
    previousHash: t.exposeString('previousHash', { nullable: true, description: '前序哈希 — the hash of the estate\'s previous link (null for the first)' }),
  }),
});

const firstOn = (v: StatementView, channel: 'ONLINE' | 'OFFLINE') => v.publications.find((p) => p.channel === channel)?.publishedAt ?? null;

export const StatementRef = builder.objectRef<StatementView>('PublicRevenueStatement').implement({
  description: '公共收益季度收支 — an estate\'s quarterly public-revenue statement, as the viewer may see it: the public sees its latest published revision, the estate\'s owners every published revision, officials over the estate and the serving company drafts too',
  fields: (t) => ({
    id: t.id({ description: '编号', resolve: (v) => v.row.id }),
    estate: t.field({ type: EstateRef, description: '住宅小区 — the estate', resolve: (v) => ({ id: v.row.estateId }) }),
    company: t.field({ type: CompanyRef, description: '物业服务企业 — the serving company that submitted it', resolve: (v) => ({ id: v.row.companyId }) }),
    community: t.field({ type: RegionRef, description: '所属社区 — the estate\'s community', resolve: (v) => ({ code: v.row.regionCode }) }),
    quarter: t.field({ type: 'Quarter', description: '季度 — the quarter it states', resolve: (v) => v.row.quarter }),
    deadline: t.field({ type: 'Date', description: `公示期限 — the last day to publish it on time (${DEFAULT_WARNING_RULE.lateAfterDays} days after the quarter's end, the deployment's rule)`, resolve: (v) => publicationDeadline(v.row.quarter, DEFAULT_WARNING_RULE.lateAfterDays) }),
    submittedAt: t.field({ type: 'DateTime', description: '报送时间 — when it was submitted', resolve: (v) => v.row.submittedAt }),
    status: t.field({
      type: StatementStatusEnum,
      description: '公示状态 — DRAFT, PUBLISHED, or CORRECTION_UNPUBLISHED (seen by officials and the company)',
      resolve: (v) => (v.correctionPending ? 'CORRECTION_UNPUBLISHED' : v.publications.length ? 'PUBLISHED' : 'DRAFT'),
    }),
    revisionNo: t.int({ description: '修订号 — of the revision shown', resolve: (v) => v.shown.revisionNo }),
    revision: t.field({ type: RevisionRef, description: '当前内容 — the revision shown (the latest this viewer may see)', resolve: (v) => v.shown }),
    incomeTotal: t.field({ type: 'Decimal', description: '收入合计 — of the revision shown', resolve: (v) => v.shown.incomeTotal }),
    expenseTotal: t.field({ type: 'Decimal', description: '支出合计 — of the revision shown', resolve: (v) => v.shown.expenseTotal }),
    balance: t.field({ type: 'Decimal', description: '收支结余 — of the revision shown', resolve: (v) => v.shown.balance }),
    incomeLines: t.field({ type: [LineRef], description: '收入明细 — of the revision shown', resolve: (v, args, ctx) => lines('INCOME')(v.shown, args, ctx) }),
    expenseLines: t.field({ type: [LineRef], description: '支出明细 — of the revision shown', resolve: (v, args, ctx) => lines('EXPENSE')(v.shown, args, ctx) }),
    publications: t.field({ type: [PublicationRef], description: '公示记录 — publications of the revisions this viewer sees, in time order', resolve: (v) => v.publications }),
    publishedOnlineAt: t.field({ type: 'DateTime', nullable: true, description: '线上公示时间 — first published on 闽政通', resolve: (v) => firstOn(v, 'ONLINE') }),
    publishedOfflineAt: t.field({ type: 'DateTime', nullable: true, description: '线下公示时间 — first published on the notice board', resolve: (v) => firstOn(v, 'OFFLINE') }),
    publishedOnTime: t.boolean({
      description: '按期公示 — published online by the deadline',
      resolve: (v) => {
        const online = firstOn(v, 'ONLINE');
        return online !== null && online.getTime() < Date.parse(`${publicationDeadline(v.row.quarter, DEFAULT_WARNING_RULE.lateAfterDays)}T00:00:00+08:00`) + 86_400_000;
      },
    }),
    revisions: t.field({ type: [RevisionRef], description: '修订历史 — the revisions this viewer may see, oldest first (可追溯: owners see every published one)', resolve: (v) => v.revisions }),
  }),
});

const StatementFilter = builder.inputType('PublicRevenueStatementFilter', {
  description: '收支筛选 — filters for a list of statements; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区 — statements of estates in this region\'s subtree' }),
    quarter: t.field({ type: 'Quarter', description: '季度' }),
    estateId: t.id({ description: '住宅小区' }),
    companyId: t.id({ description: '物业服务企业 — submitted by this company' }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueStatement: t.field({
    type: StatementRef,
    nullable: true,
    description: '公共收益季度收支 — a statement by id, or by estate and quarter (null when there is none this viewer may see)',
    args: { id: t.arg.id(), estateId: t.arg.id(), quarter: t.arg({ type: 'Quarter' }) },
    resolve: async (_root, args, ctx) => {
      if (!args.id === !(args.estateId && args.quarter)) throw WuyeError.badInput('id', 'give either id, or estateId and quarter');
      const row = args.id ? await statementById(ctx).load(args.id) : await statementByQuarter(ctx).load(`${args.estateId}|${args.quarter}`);
      return row ? viewOf(ctx, row) : null;
    },
  }),
  publicRevenueStatements: t.connection({
    type: StatementRef,
    description: '公共收益季度收支列表 — statements this viewer may see (the public: published ones), filtered and paged by id',
    args: { filter: t.arg({ type: StatementFilter }) },
    resolve: async (_root, args, ctx) => {
      const visible = visibleStatementsSql(ctx.viewer, ctx.now);
      const conditions = [visible.where, 's.submitted_at <= ?'];
      const params: unknown[] = [...visible.params, ctx.now];
      const f = args.filter ?? {};
      if (f.regionCode) conditions.push('s.region_code like ?'), params.push(`${regionPrefix(f.regionCode)}%`);
      if (f.quarter) conditions.push('s.quarter = ?'), params.push(f.quarter);
      if (f.estateId) conditions.push('s.estate_id = ?'), params.push(f.estateId);
      if (f.companyId) conditions.push('s.company_id = ?'), params.push(f.companyId);
      const where = conditions.join(' and ');
      return keysetConnection(
        args,
        async ({ after, limit }) =>
          viewsOf(ctx, withDates<StatementRow, 'submittedAt'>(await sql(ctx.em, `select ${STATEMENT_COLUMNS} from public_revenue.statement s where ${where}${after ? ' and s.id > ?' : ''} order by s.id limit ${limit}`, after ? [...params, String(after[0])] : params), 'submittedAt')),
        (v) => [v.row.id],
        async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from public_revenue.statement s where ${where}`, params))[0]!.n,
      );
    },
  }, { description: '季度收支列表 — a page of statements' }, { description: '季度收支 — a statement in the list' }),
}));
