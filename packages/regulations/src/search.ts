// 全文检索 — ranked Chinese full-text search over titles and articles in ONE SQL statement per page.
//
// Every text is indexed by its characters and bigrams (./text/search-text.ts; GIN on text[]). A query
// is phrases; a phrase is its bigrams ("grams"), each weighted by its rarity (IDF from
// token_frequency, kept by triggers), so that 信用 weighs more than 物业 in 物业服务企业信用.
//   strict  rows holding every gram (tokens @> grams: the index intersects posting lists) and every
//           one-character phrase (strpos)
//   near    rows holding grams worth at least NEAR_SHARE of the query's weight (queries of 3+ grams).
//           A row missing every gram of a set S worth more than 1 − NEAR_SHARE cannot qualify, so
//           candidates are the rows holding one of the heaviest grams up to that weight (tokens && S):
//           a short union of rare posting lists, however common the other grams are. When even the
//           heavy grams are common (a query of common words only, 物业服务), near matches would be
//           costly and add little to its many exact ones: they are not looked for (NEAR_BUDGET).
// Each hit is ranked
//   tier 0  every phrase occurs as written (exact)      — strpos on the folded text
//   tier 1  every gram occurs, not as the phrase
//   tier 2  a near match
// and within a tier by a BM25-like score of the phrases' occurrences (tier 0; phrase_score in the
// migration) or by the weighted share of grams found (tiers 1, 2); titles count double. Pages are
// keyset-paged on (tier, score, id). Versions and documents are filtered first (one small hashed
// set), because the planner cannot estimate bigram containment well (bigrams are correlated).
// Snippets with highlights are cut in JS from the page's rows.
import { keysetConnection, PROVINCE_CODE, regionPrefix, sql, type EntityManager, type PageArgs, type SortKey, type Viewer } from '@wuye/kit';
import { draftPattern } from './access.js';
import { cityOf } from './documents.js';
import type { RegulationsContext } from './rows.js';
import { markSnippet, matchRanges, NEAR_BUDGET, NEAR_FLOOR, NEAR_SHARE, nearMatching, snippetFragments, type Fragment, type ParsedQuery } from './text/search-text.js';

export interface SearchFilter {
  statuses?: readonly string[] | null;
  levels?: readonly string[] | null;
  issuedIn?: string | null;
  appliesIn?: string | null;
  topics?: readonly string[] | null;
  documentId?: string | null;
  matchIn?: readonly ('TITLE' | 'ARTICLE')[] | null;
}

/** what a search looks in when no status is asked for: the texts that apply, or are proposed */
export const CURRENT_STATUSES = ['IN_FORCE', 'CONSULTATION'];

export interface SearchHit {
  id: string;
  matchedIn: 'TITLE' | 'ARTICLE';
  tier: number;
  exact: boolean;
  score: number;
  documentId: string;
  versionId: string;
  articleId: string | null;
  fragments: Fragment[];
  snippet: string;
}

/**
 * The CTEs `matched` (hits passing the filters, with their tier) and `ranked` (with their score), and
 * their parameters in textual order.
 */
function rankedSql(query: ParsedQuery, filter: SearchFilter, viewer: Viewer): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  /** a parameter, placed where it is written: the SQL is built strictly left to right */
  const p = (value: unknown) => {
    params.push(value);
    return '?';
  };
  const k = query.grams.length;
  const kinds = filter.matchIn?.length ? filter.matchIn : ['TITLE', 'ARTICLE'];
  const article = kinds.includes('ARTICLE');
  const title = kinds.includes('TITLE');
  const near = nearMatching(query.grams);
  /** holds every gram (index) and every one-character phrase (strpos) */
  const contains = (tokens: string, folded: string) =>
    [...(k ? [`${tokens} @> ${p(query.grams)}::text[]`] : []), ...query.singles.map((c) => `strpos(${folded}, ${p(c)}) > 0`)].join(' and ');

  // the versions (and documents) the filters allow: small, hashed, joined to the candidates
  const filters: string[] = [`v.status = any(${p(filter.statuses?.length ? filter.statuses : CURRENT_STATUSES)}::text[])`, `(v.status <> 'DRAFT' or d.region_code like ${p(draftPattern(viewer) ?? '')})`];
  if (filter.levels?.length) filters.push(`d.level = any(${p(filter.levels)}::text[])`);
  if (filter.issuedIn) filters.push(`d.region_code like ${p(`${regionPrefix(filter.issuedIn)}%`)}`);
  if (filter.appliesIn) filters.push(`(d.region_code is null or d.region_code = '${PROVINCE_CODE}' or d.region_code = ${p(cityOf(filter.appliesIn) ?? PROVINCE_CODE)})`);
  if (filter.documentId) filters.push(`d.id = ${p(filter.documentId)}`);
  let text = `with allowed as materialized (
      select v.id as version_id, d.id as document_id from regulations.version v join regulations.document d on d.id = v.document_id where ${filters.join(' and ')}),
    weights as (
      select g, coalesce(f.articles, 0) as df, ln(1 + n.total / (coalesce(f.articles, 0) + 1.0))::float8 as w, n.total
      from unnest(${p(query.grams)}::text[]) as g
      cross join (select coalesce((select articles from regulations.token_frequency where token = ''), 0) as total) n
      left join regulations.token_frequency f on f.token = g),
    total as (select greatest(coalesce(sum(w), 0), 1e-9) as w from weights),
    strict as (${[
      article && `select 'ARTICLE'::text as kind, a.id as hit_id, a.version_id, a.search_text as folded, 1.0::float8 as coverage from regulations.article a where ${contains('a.tokens', 'a.search_text')}`,
      title && `select 'TITLE', v.id, v.id, v.title_search, 1.0::float8 from regulations.version v where ${contains('v.title_tokens', 'v.title_search')}`,
    ]
      .filter(Boolean)
      .join(' union all ')})`;
  if (near) {
    text += `,
    heavy as (select array_agg(g) as grams, sum(df) as rows, max(total) as articles from (
      select g, df, total, coalesce(sum(w) over (order by w desc, g rows between unbounded preceding and 1 preceding), 0) as before from weights) x
      where x.before <= (1 - ${NEAR_SHARE}) * (select w from total)),
    -- near matches only where they are cheap to find: the heavy grams' rows at most NEAR_BUDGET of all
    gate as (select rows <= greatest(${NEAR_FLOOR}, ${NEAR_BUDGET} * articles) as open from heavy),
    near as (${[
      article && `select 'ARTICLE'::text as kind, a.id as hit_id, a.version_id, a.search_text as folded, (select sum(w) from weights where g = any(a.tokens)) / (select w from total) as coverage
        from regulations.article a where (select open from gate) and a.tokens && (select grams from heavy) and not a.tokens @> ${p(query.grams)}::text[]`,
      title && `select 'TITLE', v.id, v.id, v.title_search, (select sum(w) from weights where g = any(v.title_tokens)) / (select w from total)
        from regulations.version v where (select open from gate) and v.title_tokens && (select grams from heavy) and not v.title_tokens @> ${p(query.grams)}::text[]`,
    ]
      .filter(Boolean)
      .join(' union all ')}),
    hits as (select * from strict union all select * from near where coverage >= ${NEAR_SHARE})`;
  } else {
    text += `, hits as (select * from strict)`;
  }
  // the select list comes before the WHERE clause: its parameters first
  const tier = `case when ${query.terms.map((t) => `strpos(h.folded, ${p(t)}) > 0`).join(' and ')} then 0 when h.coverage >= 1 then 1 else 2 end`;
  const topic = filter.topics?.length
    ? `where case when h.kind = 'ARTICLE' then exists (select 1 from regulations.article_topic t where t.article_id = h.hit_id and t.topic = any(${p(filter.topics)}::text[]))
             else exists (select 1 from regulations.document_topic t where t.document_id = ok.document_id and t.topic = any(${p(filter.topics)}::text[])) end`
    : '';
  text += `,
    matched as (
      select h.kind, h.hit_id, h.version_id, h.folded, h.coverage, ok.document_id, ${tier} as tier
      from hits h join allowed ok on ok.version_id = h.version_id ${topic}),
    ranked as (
      select m.*, round(1000000 * (case when m.kind = 'TITLE' then 2 else 1 end) * case when m.tier = 0
          then ${query.terms.map((t) => `regulations.phrase_score(m.folded, ${p(t)})`).join(' + ')}
          else m.coverage end)::bigint as score_key
      from matched m)`;
  return { text, params };
}

interface RankedRow {
  kind: 'TITLE' | 'ARTICLE';
  hit_id: string;
  version_id: string;
  document_id: string;
  tier: number;
  score_key: number;
  text: string;
}

/** One page of hits after `after` (a sort key: tier, -score, id), with snippets from the page's texts: one statement. */
export async function searchPage(
  em: EntityManager,
  viewer: Viewer,
  query: ParsedQuery,
  filter: SearchFilter,
  page: { after: SortKey | null; limit: number },
): Promise<SearchHit[]> {
  const { text, params } = rankedSql(query, filter, viewer);
  const { after, limit } = page;
  const rows = await sql<RankedRow>(
    em,
    `${text}
     select r.kind, r.hit_id, r.version_id, r.document_id, r.tier, r.score_key::float8 as score_key,
       case when r.kind = 'ARTICLE' then (select a.text from regulations.article a where a.id = r.hit_id)
            else (select v.title || ' ' || coalesce(v.document_number, '') from regulations.version v where v.id = r.hit_id) end as text
     from ranked r
     where ?::text is null or (r.tier, -r.score_key, r.hit_id) > (?::int, ?::bigint, ?::text)
     order by r.tier, r.score_key desc, r.hit_id
     limit ?`,
    [...params, after ? 'after' : null, after?.[0] ?? 0, after?.[1] ?? 0, after?.[2] ?? '', limit],
  );
  return rows.map((r) => toHit(r, query));
}

/** How many hits the whole search has: one statement, which finds the hits but neither ranks nor scores them. */
export async function searchCount(em: EntityManager, viewer: Viewer, query: ParsedQuery, filter: SearchFilter): Promise<number> {
  const { text, params } = rankedSql(query, filter, viewer);
  return (await sql<{ n: number }>(em, `${text} select count(*)::int as n from matched`, params))[0]!.n;
}

/** The search as a connection: keyset on (tier, -score, id); the count only when totalCount is asked for. */
export function searchConnection(ctx: RegulationsContext, query: ParsedQuery, filter: SearchFilter, args: PageArgs) {
  return keysetConnection<SearchHit>(
    args,
    (page) => searchPage(ctx.em, ctx.viewer, query, filter, page),
    (h) => [h.tier, -Math.round(h.score * 1_000_000), h.id],
    () => searchCount(ctx.em, ctx.viewer, query, filter),
  );
}

function toHit(r: RankedRow, query: ParsedQuery): SearchHit {
  const source = r.kind === 'TITLE' ? r.text.trimEnd() : r.text;
  const fragments = snippetFragments(source, matchRanges(source, query));
  return {
    id: r.hit_id,
    matchedIn: r.kind,
    tier: r.tier,
    exact: r.tier === 0,
    score: r.score_key / 1_000_000,
    documentId: r.document_id,
    versionId: r.version_id,
    articleId: r.kind === 'ARTICLE' ? r.hit_id : null,
    fragments,
    snippet: markSnippet(fragments),
  };
}
