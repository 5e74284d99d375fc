// Rule sets in the database: the one in force for a year is its highest PUBLISHED version; a domain
// event of a year without one is scored by the latest published rule set of an earlier year.
import { sql, type EntityManager } from '@wuye/kit';
import { iso } from '../time.js';
import { RuleSetDocument, type RuleSetDocument as Doc } from './document.js';

export interface RuleSetRow {
  year: number;
  version: number;
  status: 'DRAFT' | 'PUBLISHED';
  document: Doc;
  note: string | null;
  createdAt: Date;
  createdBy: string;
  publishedAt: Date | null;
  publishedBy: string | null;
}

export const RULE_SET_COLUMNS = `year, version, status, document, note, ${iso('created_at')} as "createdAt", created_by as "createdBy", ${iso('published_at')} as "publishedAt", published_by as "publishedBy"`;

export function toRuleSet(row: Record<string, unknown>): RuleSetRow {
  const at = (v: unknown) => (v == null ? null : new Date(v as string));
  return {
    ...(row as unknown as RuleSetRow),
    // stored documents were validated on the way in; parsing again keeps the type honest
    document: RuleSetDocument.parse(typeof row.document === 'string' ? JSON.parse(row.document) : row.document),
    createdAt: at(row.createdAt)!,
    publishedAt: at(row.publishedAt),
  };
}

/** The rule set in force for `year` (highest published version), or with `orEarlier` the latest published one up to it. */
export async function ruleSetInForce(em: EntityManager, year: number, options: { orEarlier?: boolean } = {}): Promise<RuleSetRow | null> {
  const [row] = await sql(
    em,
    `select ${RULE_SET_COLUMNS} from credit.rule_set where status = 'PUBLISHED' and ${options.orEarlier ? 'year <= ?' : 'year = ?'} order by year desc, version desc limit 1`,
    [year],
  );
  return row ? toRuleSet(row) : null;
}
