// Relay connections over keyset pagination: the cursor encodes the sort key of the last row, so a page
// is one indexed range scan however deep, and rows inserted meanwhile never shift or repeat a page.
import { WuyeError } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type SortKey = (string | number)[];

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** counts the whole filtered list; only called when the client selects totalCount */
  totalCount: () => Promise<number>;
}

export const encodeCursor = (key: SortKey): string => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(cursor: string, field = 'after'): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch { /* reported below */ }
  throw WuyeError.badInput(field, 'is not a cursor from this list: pass pageInfo.endCursor of the previous page');
}

/** The page size asked for, validated against the cap. */
export function pageSize(args: PageArgs): number {
  if (args.last != null || args.before != null) throw WuyeError.badInput(args.last != null ? 'last' : 'before', 'backward paging is not supported: page forwards with first/after');
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw WuyeError.badInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  return first;
}

/**
 * Builds a connection from a fetch that returns up to `limit` rows strictly after `after` in sort
 * order; one extra row is asked for to know whether a next page exists.
 */
export async function keysetConnection<T>(
  args: PageArgs,
  fetch: (page: { after: SortKey | null; limit: number }) => Promise<T[]>,
  sortKey: (row: T) => SortKey,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const size = pageSize(args);
  const after = args.after ? decodeCursor(args.after) : null;
  const rows = size === 0 ? [] : await fetch({ after, limit: size + 1 });
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}

/** An ILIKE pattern matching values that contain `text` literally (%, _ and \ escaped). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
