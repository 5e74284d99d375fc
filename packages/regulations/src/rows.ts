// Rows as the schema code sees them, the SQL that reads them, and the per-request loaders. Every
// loader applies the viewer's visibility (drafts only for the officials over the issuing region), so a
// draft cannot leak through any path that resolves an id.
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql, type EntityManager, type RequestContext } from '@wuye/kit';
import { seesVersion } from './access.js';
import type { Status } from './lifecycle.js';
import type { Numbering } from './text/numerals.js';

export type RegulationsContext = RequestContext;

export interface DocumentRow {
  id: string;
  title: string;
  level: string;
  issuer: string;
  regionCode: string | null;
  status: Status;
  firstIssuedOn: string | null;
  syntheticText: boolean;
  note: string | null;
  repealedOn: string | null;
  repealReason: string | null;
}

export interface VersionRow {
  id: string;
  documentId: string;
  number: number;
  label: string | null;
  title: string;
  documentNumber: string | null;
  status: Status;
  numbering: Numbering;
  draftedOn: string;
  consultationFrom: string | null;
  consultationUntil: string | null;
  issuedOn: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  /** the document's issuing region (for visibility) */
  regionCode: string | null;
}

export interface ArticleRow {
  id: string;
  versionId: string;
  documentId: string;
  number: number;
  chapter: string | null;
  text: string;
  versionStatus: Status;
  numbering: Numbering;
  regionCode: string | null;
}

export const DOCUMENT_COLUMNS = 'd.id, d.title, d.level, d.issuer, d.region_code, d.status, d.first_issued_on, d.synthetic_text, d.note, d.repealed_on, d.repeal_reason';
export const VERSION_COLUMNS =
  'v.id, v.document_id, v.number, v.label, v.title, v.document_number, v.status, v.numbering, v.drafted_on, v.consultation_from, v.consultation_until, v.issued_on, v.effective_from, v.effective_until, d.region_code';
export const ARTICLE_COLUMNS = 'a.id, a.version_id, v.document_id, a.number, a.chapter, a.text, v.status as version_status, v.numbering, d.region_code';

type Raw = Record<string, unknown>;
const str = (v: unknown) => v as string;
const opt = (v: unknown) => (v ?? null) as string | null;

export const toDocument = (r: Raw): DocumentRow => ({
  id: str(r.id),
  title: str(r.title),
  level: str(r.level),
  issuer: str(r.issuer),
  regionCode: opt(r.region_code),
  status: r.status as Status,
  firstIssuedOn: opt(r.first_issued_on),
  syntheticText: Boolean(r.synthetic_text),
  note: opt(r.note),
  repealedOn: opt(r.repealed_on),
  repealReason: opt(r.repeal_reason),
});

export const toVersion = (r: Raw): VersionRow => ({
  id: str(r.id),
  documentId: str(r.document_id),
  number: Number(r.number),
  label: opt(r.label),
  title: str(r.title),
  documentNumber: opt(r.document_number),
  status: r.status as Status,
  numbering: r.numbering as Numbering,
  draftedOn: str(r.drafted_on),
  consultationFrom: opt(r.consultation_from),
  consultationUntil: opt(r.consultation_until),
  issuedOn: opt(r.issued_on),
  effectiveFrom: opt(r.effective_from),
  effectiveUntil: opt(r.effective_until),
  regionCode: opt(r.region_code),
});

export const toArticle = (r: Raw): ArticleRow => ({
  id: str(r.id),
  versionId: str(r.version_id),
  documentId: str(r.document_id),
  number: Number(r.number),
  chapter: opt(r.chapter),
  text: str(r.text),
  versionStatus: r.version_status as Status,
  numbering: r.numbering as Numbering,
  regionCode: opt(r.region_code),
});

// ---------------------------------------------------------------------------------------------
// Reads without visibility (for writes and for loaders, which filter)

export async function documentsById(em: EntityManager, ids: readonly string[]): Promise<DocumentRow[]> {
  return (await sql(em, `select ${DOCUMENT_COLUMNS} from regulations.document d where d.id = any(?::text[])`, [ids])).map(toDocument);
}

export async function versionsOfDocuments(em: EntityManager, documentIds: readonly string[]): Promise<VersionRow[]> {
  const rows = await sql(em, `select ${VERSION_COLUMNS} from regulations.version v join regulations.document d on d.id = v.document_id where v.document_id = any(?::text[]) order by v.document_id, v.number`, [documentIds]);
  return rows.map(toVersion);
}

export async function articlesOfVersions(em: EntityManager, versionIds: readonly string[]): Promise<ArticleRow[]> {
  const rows = await sql(
    em,
    `select ${ARTICLE_COLUMNS} from regulations.article a join regulations.version v on v.id = a.version_id join regulations.document d on d.id = v.document_id
     where a.version_id = any(?::text[]) order by a.version_id, a.number`,
    [versionIds],
  );
  return rows.map(toArticle);
}

// ---------------------------------------------------------------------------------------------
// Loaders (one SQL statement per batch), visibility applied

const visibleDocument = (ctx: RegulationsContext, d: DocumentRow | null) => (d && seesVersion(ctx.viewer, d.status, d.regionCode) ? d : null);
const visibleVersion = (ctx: RegulationsContext, v: VersionRow | null) => (v && seesVersion(ctx.viewer, v.status, v.regionCode) ? v : null);
const visibleArticle = (ctx: RegulationsContext, a: ArticleRow | null) => (a && seesVersion(ctx.viewer, a.versionStatus, a.regionCode) ? a : null);

export const documentLoader = defineLoader<string, DocumentRow | null, RegulationsContext>(async (ids, ctx) =>
  inKeyOrder(ids, await documentsById(ctx.em, ids), (d) => d.id).map((d) => visibleDocument(ctx, d)),
);

export const versionLoader = defineLoader<string, VersionRow | null, RegulationsContext>(async (ids, ctx) => {
  const rows = await sql(ctx.em, `select ${VERSION_COLUMNS} from regulations.version v join regulations.document d on d.id = v.document_id where v.id = any(?::text[])`, [ids]);
  return inKeyOrder(ids, rows.map(toVersion), (v) => v.id).map((v) => visibleVersion(ctx, v));
});

export const articleLoader = defineLoader<string, ArticleRow | null, RegulationsContext>(async (ids, ctx) => {
  const rows = await sql(
    ctx.em,
    `select ${ARTICLE_COLUMNS} from regulations.article a join regulations.version v on v.id = a.version_id join regulations.document d on d.id = v.document_id where a.id = any(?::text[])`,
    [ids],
  );
  return inKeyOrder(ids, rows.map(toArticle), (a) => a.id).map((a) => visibleArticle(ctx, a));
});

/** a document's versions the viewer may see, oldest first */
export const versionsByDocument = defineLoader<string, VersionRow[], RegulationsContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, (await versionsOfDocuments(ctx.em, ids)).filter((v) => visibleVersion(ctx, v)), (v) => v.documentId),
);

/** a version's articles in order (empty when the viewer may not see the version) */
export const articlesByVersion = defineLoader<string, ArticleRow[], RegulationsContext>(async (ids, ctx) => {
  const rows = (await articlesOfVersions(ctx.em, ids)).filter((a) => visibleArticle(ctx, a));
  for (const a of rows) articleLoader(ctx).prime(a.id, a);
  return groupedInKeyOrder(ids, rows, (a) => a.versionId);
});

export const topicsByDocument = defineLoader<string, string[], RegulationsContext>(async (ids, ctx) => {
  const rows = await sql<{ document_id: string; topic: string }>(ctx.em, 'select document_id, topic from regulations.document_topic where document_id = any(?::text[]) order by topic', [ids]);
  return groupedInKeyOrder(ids, rows, (r) => r.document_id).map((group) => group.map((r) => r.topic));
});

export const topicsByArticle = defineLoader<string, string[], RegulationsContext>(async (ids, ctx) => {
  const rows = await sql<{ article_id: string; topic: string }>(ctx.em, 'select article_id, topic from regulations.article_topic where article_id = any(?::text[]) order by topic', [ids]);
  return groupedInKeyOrder(ids, rows, (r) => r.article_id).map((group) => group.map((r) => r.topic));
});

/** `${documentId}|${date}` → the version in force on that date (promulgated and effective), or null */
export const versionAsOf = defineLoader<string, VersionRow | null, RegulationsContext>(async (keys, ctx) => {
  const pairs = keys.map((k) => k.split('|') as [string, string]);
  const rows = await sql(
    ctx.em,
    `select k.key, ${VERSION_COLUMNS}
     from unnest(?::text[], ?::text[], ?::date[]) as k(key, document_id, day)
     join regulations.version v on v.document_id = k.document_id and v.effective_from <= k.day and (v.effective_until is null or v.effective_until > k.day)
     join regulations.document d on d.id = v.document_id
     where v.status in ('IN_FORCE', 'AMENDED', 'REPEALED')`,
    [keys, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  const byKey = new Map(rows.map((r) => [r.key as string, toVersion(r)]));
  return keys.map((k) => byKey.get(k) ?? null);
});
