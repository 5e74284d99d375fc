// Document lists: filtered in SQL, keyset-paged by id, and batched — the lists of many regions (e.g.
// `regions { regulations { documents } }`) cost one statement per distinct set of arguments, not one per
// region: each region is a row of an unnest(), joined LATERAL to its page.
import { defineLoader, keysetConnection, PROVINCE_CODE, regionPrefix, sql, type PageArgs } from '@wuye/kit';
import { draftPattern } from './access.js';
import { DOCUMENT_COLUMNS, toDocument, type DocumentRow, type RegulationsContext } from './rows.js';

export interface DocumentFilter {
  statuses?: readonly string[] | null;
  levels?: readonly string[] | null;
  /** issued by this region or below it (the province: all Fujian documents) */
  issuedIn?: string | null;
  /** applying in this region: national law, the province's documents and its city's */
  appliesIn?: string | null;
  topics?: readonly string[] | null;
  titleContains?: string | null;
}

/** the statuses a list shows when none are asked for: everything but drafts */
export const PUBLISHED_STATUSES = ['CONSULTATION', 'IN_FORCE', 'AMENDED', 'REPEALED'];

/** the city whose documents apply in a region below the province; null for the province itself */
export const cityOf = (code: string): string | null => (code === PROVINCE_CODE || code.length < 6 ? null : `${code.slice(0, 4)}00`);

interface PageRequest {
  filter: DocumentFilter;
  after: string | null;
  limit: number;
}

/** The WHERE clause shared by pages and counts; `r` is the per-request row (issued_prefix, applies, city). */
function shared(ctx: RegulationsContext, filter: DocumentFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  clauses.push('d.status = any(?::text[])');
  params.push(filter.statuses?.length ? filter.statuses : PUBLISHED_STATUSES);
  clauses.push(`(d.status <> 'DRAFT' or d.region_code like ?)`);
  params.push(draftPattern(ctx.viewer) ?? '');
  if (filter.levels?.length) {
    clauses.push('d.level = any(?::text[])');
    params.push(filter.levels);
  }
  if (filter.topics?.length) {
    clauses.push('exists (select 1 from regulations.document_topic t where t.document_id = d.id and t.topic = any(?::text[]))');
    params.push(filter.topics);
  }
  if (filter.titleContains) {
    clauses.push(`strpos(regulations.fold_text(d.title), regulations.fold_text(?)) > 0`);
    params.push(filter.titleContains);
  }
  clauses.push(`(r.issued_prefix is null or d.region_code like r.issued_prefix || '%')`);
  clauses.push(`(not r.applies or d.region_code is null or d.region_code = '${PROVINCE_CODE}' or d.region_code = r.city)`);
  return { where: clauses.join(' and '), params };
}

function regionColumns(filters: readonly DocumentFilter[]): unknown[] {
  return [
    filters.map((f) => (f.issuedIn ? regionPrefix(f.issuedIn) : null)),
    filters.map((f) => !!f.appliesIn),
    filters.map((f) => (f.appliesIn ? cityOf(f.appliesIn) : null)),
  ];
}

// keyed by JSON: the kit's defineLoader takes no cacheKeyFn of another type than the key
export const pageLoader = defineLoader<string, DocumentRow[], RegulationsContext>(async (keys, ctx) => {
  const requests = keys.map((k) => JSON.parse(k) as PageRequest);
  // requests that differ only in their regions share one statement
  const groups = new Map<string, number[]>();
  requests.forEach((r, i) => {
    const { issuedIn: _i, appliesIn: _a, ...rest } = r.filter;
    const key = JSON.stringify([rest, r.after, r.limit]);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const results: DocumentRow[][] = requests.map(() => []);
  for (const indexes of groups.values()) {
    const first = requests[indexes[0]!]!;
    const { where, params } = shared(ctx, first.filter);
    const rows = await sql(
      ctx.em,
      `select r.i, x.* from unnest(?::int[], ?::text[], ?::boolean[], ?::text[]) as r(i, issued_prefix, applies, city)
       cross join lateral (select ${DOCUMENT_COLUMNS} from regulations.document d where ${where} and (?::text is null or d.id > ?) order by d.id limit ?) x`,
      [indexes, ...regionColumns(indexes.map((i) => requests[i]!.filter)), ...params, first.after, first.after, first.limit],
    );
    for (const row of rows) results[Number(row.i)]!.push(toDocument(row));
  }
  return results;
});

export const countLoader = defineLoader<string, number, RegulationsContext>(async (keys, ctx) => {
  const filters = keys.map((k) => JSON.parse(k) as DocumentFilter);
  const groups = new Map<string, number[]>();
  filters.forEach((f, i) => {
    const { issuedIn: _i, appliesIn: _a, ...rest } = f;
    const key = JSON.stringify(rest);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const counts = filters.map(() => 0);
  for (const indexes of groups.values()) {
    const { where, params } = shared(ctx, filters[indexes[0]!]!);
    const rows = await sql<{ i: number; n: number }>(
      ctx.em,
      `select r.i, (select count(*) from regulations.document d where ${where})::int as n from unnest(?::int[], ?::text[], ?::boolean[], ?::text[]) as r(i, issued_prefix, applies, city)`,
      [...params, indexes, ...regionColumns(indexes.map((i) => filters[i]!))],
    );
    for (const row of rows) counts[Number(row.i)] = row.n;
  }
  return counts;
});

/** A keyset connection of documents (by id); batched with the other lists of the same request. */
export function documentConnection(ctx: RegulationsContext, filter: DocumentFilter, args: PageArgs) {
  return keysetConnection(
    args,
    ({ after, limit }) => pageLoader(ctx).load(JSON.stringify({ filter, after: after ? String(after[0]) : null, limit })),
    (d) => [d.id],
    () => countLoader(ctx).load(JSON.stringify(filter)),
  );
}
