// The writes behind the mutations, inside the caller's transaction. Plain SQL, one statement per table
// touched (articles go in as one unnest), so the database's guards (see the migration) see every row.
import { readableIds, sql, type EntityManager } from '@wuye/kit';
import { topicsIn } from './topics.js';

export interface ArticleDraft {
  chapter: string | null;
  text: string;
  /** explicit topics; else those its words mark */
  topics: readonly string[] | null;
}

const { nextIds, nextId } = readableIds('regulations', { document: ['RD', 4], version: ['RV', 5], article: ['RA', 6] });

export const newDocumentId = (em: EntityManager) => nextId(em, 'document');
export const newVersionId = (em: EntityManager) => nextId(em, 'version');

/** Inserts a version's articles (numbered 1, 2, … in order) and their topics; returns the topics used. */
export async function insertArticles(em: EntityManager, versionId: string, articles: readonly ArticleDraft[]): Promise<string[]> {
  const ids = await nextIds(em, 'article', articles.length);
  await sql(em, 'insert into regulations.article (id, version_id, number, chapter, text) select * from unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::text[])', [
    ids,
    ids.map(() => versionId),
    articles.map((_, i) => i + 1),
    articles.map((a) => a.chapter),
    articles.map((a) => a.text),
  ]);
  const links = articles.flatMap((a, i) => (a.topics ?? topicsIn(a.text)).map((topic) => [ids[i]!, topic] as const));
  if (links.length) await sql(em, 'insert into regulations.article_topic (article_id, topic) select * from unnest(?::text[], ?::text[]) on conflict do nothing', [links.map((l) => l[0]), links.map((l) => l[1])]);
  return [...new Set(links.map((l) => l[1]))];
}

/** A copy of a version's articles with their topics, for a revision to start from. */
export async function articlesToRevise(em: EntityManager, versionId: string): Promise<ArticleDraft[]> {
  const rows = await sql<{ chapter: string | null; text: string; topics: string[] }>(
    em,
    `select a.chapter, a.text, coalesce(array_agg(t.topic order by t.topic) filter (where t.topic is not null), '{}') as topics
     from regulations.article a left join regulations.article_topic t on t.article_id = a.id
     where a.version_id = ? group by a.id, a.number, a.chapter, a.text order by a.number`,
    [versionId],
  );
  return rows.map((r) => ({ chapter: r.chapter, text: r.text, topics: r.topics }));
}

export async function replaceDocumentTopics(em: EntityManager, documentId: string, topics: readonly string[]): Promise<void> {
  await sql(em, 'delete from regulations.document_topic where document_id = ?', [documentId]);
  if (topics.length) await sql(em, 'insert into regulations.document_topic (document_id, topic) select ?, unnest(?::text[])', [documentId, [...new Set(topics)]]);
}

/** YYYY-MM-DD plus n days */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
