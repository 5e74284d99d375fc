// 可追溯: every revision of an estate's statements is a link of one hash chain. A link's hash is sha256
// over the canonical JSON of the revision (its statement's estate, quarter and company, its reason,
// author, time, totals and lines) and the previous link's hash, so changing any stored row — or
// removing, reordering or inserting one — breaks the chain at that revision. Publications record the
// hash they published, which anchors the chain outside the database (a notice board, 闽政通).
import { createHash } from 'node:crypto';
import { sql, type EntityManager } from '@wuye/kit';
import { iso } from './time.js';

export interface ChainLine {
  lineNo: number;
  direction: string;
  kind: string;
  description: string;
  /** two decimals, as NUMERIC(14,2) prints it */
  amount: string;
}

export interface ChainLink {
  estateId: string;
  chainNo: number;
  statementId: string;
  quarter: string;
  companyId: string;
  revisionNo: number;
  reason: string | null;
  author: string;
  authorRole: string;
  createdAt: Date;
  incomeTotal: string;
  expenseTotal: string;
  balance: string;
  previousHash: string | null;
  lines: ChainLine[];
}

/** JSON with object keys sorted at every level (arrays keep their order): one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What a link's hash is taken over: the link as a plain value, with a format version. */
export function linkBody(link: ChainLink): Record<string, unknown> {
  const { createdAt, lines, ...rest } = link;
  return { v: 1, ...rest, createdAt: createdAt.toISOString(), lines: lines.map((l) => ({ ...l })) };
}

const q = JSON.stringify;

/**
 * canonicalJson(linkBody(link)), written out directly with the keys in sorted order: hashing the demo
 * data's 64,000 links this way takes a fraction of the generic function's time (chain.test.ts holds
 * them equal).
 */
export function canonicalLink(l: ChainLink): string {
  const lines = l.lines.map((x) => `{"amount":${q(x.amount)},"description":${q(x.description)},"direction":${q(x.direction)},"kind":${q(x.kind)},"lineNo":${x.lineNo}}`).join(',');
  return `{"author":${q(l.author)},"authorRole":${q(l.authorRole)},"balance":${q(l.balance)},"chainNo":${l.chainNo},"companyId":${q(l.companyId)},"createdAt":${q(l.createdAt.toISOString())},"estateId":${q(l.estateId)},"expenseTotal":${q(l.expenseTotal)},"incomeTotal":${q(l.incomeTotal)},"lines":[${lines}],"previousHash":${q(l.previousHash)},"quarter":${q(l.quarter)},"reason":${q(l.reason)},"revisionNo":${l.revisionNo},"statementId":${q(l.statementId)},"v":1}`;
}

export function linkHash(link: ChainLink): string {
  return createHash('sha256').update(canonicalLink(link)).digest('hex');
}

export type ChainProblem = 'CONTENT_ALTERED' | 'LINK_BROKEN' | 'MISSING_REVISION' | 'HEAD_MISMATCH' | 'PUBLICATION_MISMATCH';

export interface ChainBreak {
  chainNo: number;
  statementId: string | null;
  quarter: string | null;
  revisionNo: number | null;
  problem: ChainProblem;
  detail: string;
}

export interface ChainVerification {
  estateId: string;
  valid: boolean;
  /** links checked */
  revisions: number;
  headHash: string | null;
  /** the first link that does not hold, null when the chain holds */
  brokenAt: ChainBreak | null;
}

interface StoredLink extends ChainLink {
  hash: string;
  publishedHashes: string[];
}

/** Verifies the chains of many estates: two SQL statements however many. */
export async function verifyChains(em: EntityManager, estateIds: readonly string[]): Promise<ChainVerification[]> {
  const rows = await sql<{
    estate_id: string; chain_no: number; statement_id: string; quarter: string; company_id: string; statement_estate_id: string; revision_no: number; reason: string | null; author: string; author_role: string;
    created_at: string; income_total: string; expense_total: string; balance: string; previous_hash: string | null; hash: string; lines: ChainLine[] | null; published: string[] | null;
  }>(
    em,
    `select r.estate_id, r.chain_no, r.statement_id, s.quarter, s.company_id, s.estate_id as statement_estate_id, r.revision_no, r.reason, r.author, r.author_role, ${iso('r.created_at')} as created_at,
            r.income_total::text as income_total, r.expense_total::text as expense_total, r.balance::text as balance, r.previous_hash, r.hash,
            (select json_agg(json_build_object('lineNo', l.line_no, 'direction', l.direction, 'kind', l.kind, 'description', l.description, 'amount', l.amount::text) order by l.line_no)
               from public_revenue.revision_line l where l.statement_id = r.statement_id and l.revision_no = r.revision_no) as lines,
            (select json_agg(p.revision_hash) from public_revenue.publication p where p.statement_id = r.statement_id and p.revision_no = r.revision_no) as published
     from public_revenue.revision r left join public_revenue.statement s on s.id = r.statement_id
     where r.estate_id = any(?::text[]) order by r.estate_id, r.chain_no`,
    [estateIds],
  );
  const heads = await sql<{ estate_id: string; head_no: number; head_hash: string | null }>(em, `select estate_id, head_no, head_hash from public_revenue.estate_chain where estate_id = any(?::text[])`, [estateIds]);
  const headOf = new Map(heads.map((h) => [h.estate_id, h]));
  const linksOf = new Map<string, StoredLink[]>();
  for (const r of rows) {
    const links = linksOf.get(r.estate_id) ?? [];
    links.push({
      estateId: r.statement_estate_id,
      chainNo: r.chain_no,
      statementId: r.statement_id,
      quarter: r.quarter,
      companyId: r.company_id,
      revisionNo: r.revision_no,
      reason: r.reason,
      author: r.author,
      authorRole: r.author_role,
      createdAt: new Date(r.created_at),
      incomeTotal: r.income_total,
      expenseTotal: r.expense_total,
      balance: r.balance,
      previousHash: r.previous_hash,
      lines: r.lines ?? [],
      hash: r.hash,
      publishedHashes: r.published ?? [],
    });
    linksOf.set(r.estate_id, links);
  }
  return estateIds.map((estateId) => verifyLinks(estateId, linksOf.get(estateId) ?? [], headOf.get(estateId) ?? null));
}

function verifyLinks(estateId: string, links: StoredLink[], head: { head_no: number; head_hash: string | null } | null): ChainVerification {
  const broken = (link: StoredLink | null, chainNo: number, problem: ChainProblem, detail: string): ChainVerification => ({
    estateId,
    valid: false,
    revisions: links.length,
    headHash: head?.head_hash ?? null,
    brokenAt: { chainNo, statementId: link?.statementId ?? null, quarter: link?.quarter ?? null, revisionNo: link?.revisionNo ?? null, problem, detail },
  });
  let previous: string | null = null;
  for (const [i, link] of links.entries()) {
    if (link.chainNo !== i + 1) return broken(null, i + 1, 'MISSING_REVISION', `link ${i + 1} is missing (the next stored link is ${link.chainNo})`);
    if (link.previousHash !== previous) return broken(link, link.chainNo, 'LINK_BROKEN', `it points to ${link.previousHash ?? 'nothing'}, but the previous link's hash is ${previous ?? 'nothing'}`);
    const computed = linkHash(link);
    if (computed !== link.hash) return broken(link, link.chainNo, 'CONTENT_ALTERED', `its stored hash is ${link.hash}, its content hashes to ${computed}`);
    const stray = link.publishedHashes.find((h) => h !== link.hash);
    if (stray) return broken(link, link.chainNo, 'PUBLICATION_MISMATCH', `it was published with hash ${stray}, but its hash is ${link.hash}`);
    previous = link.hash;
  }
  const headNo = head?.head_no ?? 0;
  if (headNo !== links.length || (head?.head_hash ?? null) !== previous) {
    return broken(null, Math.max(headNo, links.length), 'HEAD_MISMATCH', `the chain's head records ${headNo} link(s) ending in ${head?.head_hash ?? 'nothing'}, but ${links.length} end in ${previous ?? 'nothing'}`);
  }
  return { estateId, valid: true, revisions: links.length, headHash: previous, brokenAt: null };
}
