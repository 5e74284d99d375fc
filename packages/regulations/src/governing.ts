// "The rules that govern this": the articles on some topics in force on a date, for a place (national
// law, the province's documents and the place's city's). Used by Topic.articles and by
// ResidentialEstate.governingRules; however many topics, places and dates one request asks for, they
// cost ONE SQL statement (each request is a set of rows in an unnest(), each kept to its own limit).
import { chinaDate, defineLoader, PROVINCE_CODE, sql } from '@wuye/kit';
import { cityOf } from './documents.js';
import { ARTICLE_COLUMNS, articleLoader, toArticle, type ArticleRow, type RegulationsContext } from './rows.js';

export interface GoverningRequest {
  topics: readonly string[];
  /** the place the rules apply in; null: anywhere in the province (every city's documents too) */
  appliesIn: string | null;
  /** YYYY-MM-DD */
  asOf: string;
  limit: number;
}

/** the order rules are listed in: higher levels first */
export const LEVEL_ORDER = ['LAW', 'ADMINISTRATIVE_REGULATION', 'LOCAL_REGULATION', 'IMPLEMENTING_RULES', 'NORMATIVE_DOCUMENT', 'MODEL_TEXT'];

/** keyed by JSON.stringify(GoverningRequest) (see governingRules) */
export const governingLoader = defineLoader<string, ArticleRow[], RegulationsContext>(async (keys, ctx) => {
  const requests = keys.map((k) => JSON.parse(k) as GoverningRequest);
  const rows: { i: number; topic: string; scoped: boolean; city: string | null; day: string }[] = [];
  requests.forEach((r, i) => {
    for (const topic of r.topics) rows.push({ i, topic, scoped: r.appliesIn !== null, city: r.appliesIn ? cityOf(r.appliesIn) : null, day: r.asOf });
  });
  if (rows.length === 0) return requests.map(() => []);
  const limit = Math.max(...requests.map((r) => r.limit));
  const found = await sql(
    ctx.em,
    `select * from (
       select x.*, row_number() over (partition by x.i order by x.level_rank, x.document_id, x.number) as rn from (
         select distinct on (k.i, a.id) k.i, array_position(?::text[], d.level::text) as level_rank, ${ARTICLE_COLUMNS}
         from unnest(?::int[], ?::text[], ?::boolean[], ?::text[], ?::date[]) as k(i, topic, scoped, city, day)
         join regulations.article_topic t on t.topic = k.topic
         join regulations.article a on a.id = t.article_id
         join regulations.version v on v.id = a.version_id
         join regulations.document d on d.id = v.document_id
         where v.status in ('IN_FORCE', 'AMENDED', 'REPEALED') and v.effective_from <= k.day and (v.effective_until is null or v.effective_until > k.day)
           and (not k.scoped or d.region_code is null or d.region_code = '${PROVINCE_CODE}' or d.region_code = k.city)
         order by k.i, a.id
       ) x
     ) y where y.rn <= ?
     order by y.i, y.rn`,
    [LEVEL_ORDER, rows.map((r) => r.i), rows.map((r) => r.topic), rows.map((r) => r.scoped), rows.map((r) => r.city), rows.map((r) => r.day), limit],
  );
  const results: ArticleRow[][] = requests.map(() => []);
  for (const row of found) {
    const article = toArticle(row);
    articleLoader(ctx).prime(article.id, article);
    const request = requests[Number(row.i)]!;
    const list = results[Number(row.i)]!;
    if (list.length < request.limit) list.push(article);
  }
  return results;
});

export const governingArticles = (ctx: RegulationsContext) => ({ load: (request: GoverningRequest) => governingLoader(ctx).load(JSON.stringify(request)) });

export const today = (ctx: RegulationsContext): string => chinaDate(ctx.now);
