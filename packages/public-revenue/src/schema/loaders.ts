// The statement loaders: one SQL statement per kind of row, however many statements a request touches.
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql } from '@wuye/kit';
import { iso, withDates } from '../time.js';
import type { RevenueContext } from './builder.js';

const S = 'public_revenue';

export interface StatementRow {
  id: string;
  estateId: string;
  quarter: string;
  regionCode: string;
  companyId: string;
  submittedAt: Date;
  submittedBy: string;
  currentRevisionNo: number;
}

export interface RevisionRow {
  statementId: string;
  revisionNo: number;
  estateId: string;
  chainNo: number;
  reason: string | null;
  author: string;
  authorRole: string;
  createdAt: Date;
  incomeTotal: string;
  expenseTotal: string;
  balance: string;
  previousHash: string | null;
  hash: string;
}

export interface PublicationRow {
  statementId: string;
  revisionNo: number;
  channel: 'ONLINE' | 'OFFLINE';
  publishedAt: Date;
  location: string;
  revisionHash: string;
}

export interface LineRow {
  statementId: string;
  revisionNo: number;
  lineNo: number;
  direction: 'INCOME' | 'EXPENSE';
  kind: string;
  description: string;
  amount: string;
}

export const STATEMENT_COLUMNS = `s.id, s.estate_id as "estateId", s.quarter, s.region_code as "regionCode", s.company_id as "companyId", ${iso('s.submitted_at')} as "submittedAt",
  s.submitted_by as "submittedBy", s.current_revision_no as "currentRevisionNo"`;

export const statementById = defineLoader<string, StatementRow | null, RevenueContext>(async (ids, ctx) =>
  inKeyOrder(ids, withDates<StatementRow, 'submittedAt'>(await sql(ctx.em, `select ${STATEMENT_COLUMNS} from ${S}.statement s where s.id = any(?::text[])`, [ids]), 'submittedAt'), (s) => s.id),
);

/** keys "estateId|quarter" */
export const statementByQuarter = defineLoader<string, StatementRow | null, RevenueContext>(async (keys, ctx) =>
  inKeyOrder(
    keys,
    withDates<StatementRow, 'submittedAt'>(
      await sql(ctx.em, `select ${STATEMENT_COLUMNS} from ${S}.statement s join unnest(?::text[], ?::text[]) k(estate_id, quarter) using (estate_id, quarter)`, [
        keys.map((k) => k.split('|')[0]),
        keys.map((k) => k.split('|')[1]),
      ]),
      'submittedAt',
    ),
    (s) => `${s.estateId}|${s.quarter}`,
  ),
);

/** an estate's statements, newest quarter first */
export const statementsOfEstate = defineLoader<string, StatementRow[], RevenueContext>(async (estateIds, ctx) =>
  groupedInKeyOrder(estateIds, withDates<StatementRow, 'submittedAt'>(await sql(ctx.em, `select ${STATEMENT_COLUMNS} from ${S}.statement s where s.estate_id = any(?::text[]) order by s.estate_id, s.quarter desc`, [estateIds]), 'submittedAt'), (s) => s.estateId),
);

/** a statement's revisions, oldest first */
export const revisionsOf = defineLoader<string, RevisionRow[], RevenueContext>(async (statementIds, ctx) =>
  groupedInKeyOrder(
    statementIds,
    withDates<RevisionRow, 'createdAt'>(
      await sql(
        ctx.em,
        `select statement_id as "statementId", revision_no as "revisionNo", estate_id as "estateId", chain_no as "chainNo", reason, author, author_role as "authorRole", ${iso('created_at')} as "createdAt",
           income_total::text as "incomeTotal", expense_total::text as "expenseTotal", balance::text as balance, previous_hash as "previousHash", hash
         from ${S}.revision where statement_id = any(?::text[]) order by statement_id, revision_no`,
        [statementIds],
      ),
      'createdAt',
    ),
    (r) => r.statementId,
  ),
);

/** a statement's publications, in time order */
export const publicationsOf = defineLoader<string, PublicationRow[], RevenueContext>(async (statementIds, ctx) =>
  groupedInKeyOrder(
    statementIds,
    withDates<PublicationRow, 'publishedAt'>(
      await sql(
        ctx.em,
        `select statement_id as "statementId", revision_no as "revisionNo", channel, ${iso('published_at')} as "publishedAt", location, revision_hash as "revisionHash"
         from ${S}.publication where statement_id = any(?::text[]) order by statement_id, published_at, channel`,
        [statementIds],
      ),
      'publishedAt',
    ),
    (p) => p.statementId,
  ),
);

/** a revision's lines in order; keys "statementId#revisionNo" */
export const linesOf = defineLoader<string, LineRow[], RevenueContext>(async (keys, ctx) =>
  groupedInKeyOrder(
    keys,
    await sql<LineRow>(
      ctx.em,
      `select l.statement_id as "statementId", l.revision_no as "revisionNo", l.line_no as "lineNo", l.direction, l.kind, l.description, l.amount::text as amount
       from ${S}.revision_line l join unnest(?::text[], ?::int[]) k(statement_id, revision_no) using (statement_id, revision_no)
       order by l.statement_id, l.revision_no, l.line_no`,
      [keys.map((k) => k.split('#')[0]), keys.map((k) => Number(k.split('#')[1]))],
    ),
    (l) => `${l.statementId}#${l.revisionNo}`,
  ),
);
