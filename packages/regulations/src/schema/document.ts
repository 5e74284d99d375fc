// 法规文件, 版本, 条: documents across their versions, each version's articles, the text as it stood on a
// date, and what changed between two versions.
import { WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { documentConnection, type DocumentFilter } from '../documents.js';
import { today } from '../governing.js';
import { versionInForce, workingVersion } from '../lifecycle.js';
import { articlesByVersion, documentLoader, topicsByArticle, topicsByDocument, versionAsOf, versionLoader, versionsByDocument, type ArticleRow, type DocumentRow, type RegulationsContext, type VersionRow } from '../rows.js';
import { TOPIC_BY_CODE, type TopicInfo } from '../topics.js';
import { diffVersions, type ArticleChange, type Segment } from '../text/diff.js';
import { articleLabel } from '../text/numerals.js';
import { builder } from './builder.js';
import { ChangeKindEnum, LevelEnum, NumberingEnum, SegmentKindEnum, StatusEnum } from './enums.js';
import { ArticleRef, DocumentRef, RegionRef, TopicRef, VersionRef } from './refs.js';

const topicsOf = (codes: string[]): TopicInfo[] => codes.map((c) => TOPIC_BY_CODE.get(c)).filter((t): t is TopicInfo => !!t);

/** the version a reader means by "the document": the one in force, else the latest they may see */
async function currentVersion(ctx: RegulationsContext, documentId: string): Promise<VersionRow | null> {
  const versions = await versionsByDocument(ctx).load(documentId);
  return versionInForce(versions) ?? versions.at(-1) ?? null;
}

async function versionNumbered(ctx: RegulationsContext, documentId: string, number: number, field: string): Promise<VersionRow> {
  const version = (await versionsByDocument(ctx).load(documentId)).find((v) => v.number === number);
  if (!version) throw WuyeError.badInput(field, `document ${documentId} has no version ${number} you may see`);
  return version;
}

builder.asEntity(DocumentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => documentLoader(ctx).load(ref.id),
});

interface Comparison {
  from: VersionRow;
  to: VersionRow;
  changes: ArticleChange<ArticleRow>[];
}

DocumentRef.implement({
  description: '法规文件 — a law, regulation or normative document, across its versions',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 — the document\'s id' }),
    title: t.exposeString('title', { description: '标题 — the title of its current version' }),
    level: t.field({ type: LevelEnum, description: '效力层级 — its level', resolve: (d) => d.level as 'LAW' }),
    issuer: t.exposeString('issuer', { description: '发布机关 — who issues it' }),
    regionCode: t.field({ type: 'RegionCode', nullable: true, description: '制定地区 — the issuing region (350000 the province, or a city); null for national law', resolve: (d) => d.regionCode }),
    region: t.field({ type: RegionRef, nullable: true, description: '制定地区 — the issuing region; null for national law', resolve: (d) => (d.regionCode ? { code: d.regionCode } : null) }),
    status: t.field({ type: StatusEnum, description: '状态 — IN_FORCE while a version is in force (even with a revision in progress), REPEALED once repealed, else its draft\'s status', resolve: (d) => d.status }),
    issuedOn: t.field({ type: 'Date', nullable: true, description: '首次公布 — when it was first promulgated; null until then', resolve: (d) => d.firstIssuedOn }),
    effectiveFrom: t.field({ type: 'Date', nullable: true, description: '施行日期 — when its version in force took effect', resolve: async (d, _a, ctx) => versionInForce(await versionsByDocument(ctx).load(d.id))?.effectiveFrom ?? null }),
    repealedOn: t.field({ type: 'Date', nullable: true, description: '废止日期 — from when it no longer applies', resolve: (d) => d.repealedOn }),
    repealReason: t.string({ nullable: true, description: '废止理由 — why it was repealed', resolve: (d) => d.repealReason }),
    documentNumber: t.string({ nullable: true, description: '文号 — the document number of its current version, e.g. 国务院令第698号', resolve: async (d, _a, ctx) => (await currentVersion(ctx, d.id))?.documentNumber ?? null }),
    syntheticText: t.exposeBoolean('syntheticText', { description: '示意文本 — true when the text is synthetic or paraphrased demo data, not the official text' }),
    note: t.string({ nullable: true, description: '说明 — what the data is and is not (excerpt, synthetic text, illustrative dates)', resolve: (d) => d.note }),
    topics: t.field({ type: [TopicRef], description: '主题 — what it governs', resolve: async (d, _a, ctx) => topicsOf(await topicsByDocument(ctx).load(d.id)) }),
    versions: t.field({ type: [VersionRef], description: '版本 — its versions the viewer may see, oldest first (drafts only for the officials over the issuing region)', resolve: (d, _a, ctx) => versionsByDocument(ctx).load(d.id) }),
    currentVersion: t.field({ type: VersionRef, nullable: true, description: '现行版本 — the version in force, else the latest the viewer may see', resolve: (d, _a, ctx) => currentVersion(ctx, d.id) }),
    pendingRevision: t.field({
      type: VersionRef,
      nullable: true,
      description: '修订中 — a revision being drafted or out for consultation while the document is in force (drafts only for officials)',
      resolve: async (d, _a, ctx) => {
        const versions = await versionsByDocument(ctx).load(d.id);
        return versionInForce(versions) ? workingVersion(versions) ?? null : null;
      },
    }),
    version: t.field({
      type: VersionRef,
      nullable: true,
      description: '版本 — one version by its number (1 = the first text)',
      args: { number: t.arg.int({ required: true, description: 'the version\'s number' }) },
      resolve: async (d, { number }, ctx) => (await versionsByDocument(ctx).load(d.id)).find((v) => v.number === number) ?? null,
    }),
    versionAsOf: t.field({
      type: VersionRef,
      nullable: true,
      description: '时点版本 — the version in force on a date (null if none was: before it took effect, or after its repeal)',
      args: { date: t.arg({ type: 'Date', required: true, description: 'the date, in China Standard Time' }) },
      resolve: (d, { date }, ctx) => versionAsOf(ctx).load(`${d.id}|${date}`),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: '时点条文 — article (or item) `number` as it stood on `asOf` (default today): the text of the version then in force',
      args: {
        number: t.arg.int({ required: true, description: '第N条 — the article\'s number in that version' }),
        asOf: t.arg({ type: 'Date', description: 'the date (default: today)' }),
      },
      resolve: async (d, { number, asOf }, ctx) => {
        const version = await versionAsOf(ctx).load(`${d.id}|${asOf ?? today(ctx)}`);
        return version ? (await articlesByVersion(ctx).load(version.id)).find((a) => a.number === number) ?? null : null;
      },
    }),
    compare: t.field({
      type: ComparisonRef,
      nullable: true,
      description: '版本比较 — what changed, article by article, from one version to another (default: from the version before the current one to the current one); null when there is only one version',
      args: {
        from: t.arg.int({ description: 'the earlier version\'s number (default: the one before `to`)' }),
        to: t.arg.int({ description: 'the later version\'s number (default: the current version)' }),
      },
      resolve: async (d, args, ctx): Promise<Comparison | null> => {
        const versions = await versionsByDocument(ctx).load(d.id);
        const to = args.to != null ? await versionNumbered(ctx, d.id, args.to, 'to') : await currentVersion(ctx, d.id);
        if (!to) return null;
        const from = args.from != null ? await versionNumbered(ctx, d.id, args.from, 'from') : versions.filter((v) => v.number < to.number).at(-1);
        if (!from) return null;
        const [before, after] = await Promise.all([articlesByVersion(ctx).load(from.id), articlesByVersion(ctx).load(to.id)]);
        return { from, to, changes: diffVersions(before, after) };
      },
    }),
  }),
});

VersionRef.implement({
  description: '版本 — one text of a document: a draft, the text out for consultation, or a promulgated text (never changed once published)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 — the version\'s id' }),
    number: t.exposeInt('number', { description: '版本序号 — 1 for the first text, then one per revision' }),
    label: t.string({ nullable: true, description: '版本名称 — e.g. 2023年修正, 征求意见稿', resolve: (v) => v.label }),
    title: t.exposeString('title', { description: '标题 — the title of this version' }),
    documentNumber: t.string({ nullable: true, description: '文号 — the document number it was promulgated under', resolve: (v) => v.documentNumber }),
    status: t.field({ type: StatusEnum, description: '状态 — DRAFT, CONSULTATION, IN_FORCE, AMENDED (superseded) or REPEALED', resolve: (v) => v.status }),
    numbering: t.field({ type: NumberingEnum, description: '条文编号 — 第N条 or 一、', resolve: (v) => v.numbering }),
    draftedOn: t.field({ type: 'Date', description: '起草日期 — when drafting began', resolve: (v) => v.draftedOn }),
    consultationFrom: t.field({ type: 'Date', nullable: true, description: '征求意见开始 — first day of the public consultation', resolve: (v) => v.consultationFrom }),
    consultationUntil: t.field({ type: 'Date', nullable: true, description: '征求意见截止 — last day of the public consultation', resolve: (v) => v.consultationUntil }),
    issuedOn: t.field({ type: 'Date', nullable: true, description: '公布日期 — when it was promulgated', resolve: (v) => v.issuedOn }),
    effectiveFrom: t.field({ type: 'Date', nullable: true, description: '施行日期 — first day it applies', resolve: (v) => v.effectiveFrom }),
    effectiveUntil: t.field({ type: 'Date', nullable: true, description: '失效日期 — first day it no longer applies (the next version took effect, or the document was repealed); null while current', resolve: (v) => v.effectiveUntil }),
    document: t.field({ type: DocumentRef, description: '所属文件 — the document', resolve: async (v, _a, ctx) => (await documentLoader(ctx).load(v.documentId))! }),
    articles: t.field({
      type: [ArticleRef],
      description: '条文 — its articles (or items) in order',
      args: { chapter: t.arg.string({ description: 'only this chapter, e.g. 第五章 物业的使用和维护' }) },
      resolve: async (v, { chapter }, ctx) => (await articlesByVersion(ctx).load(v.id)).filter((a) => !chapter || a.chapter === chapter),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: '条 — one article by its number',
      args: { number: t.arg.int({ required: true, description: '第N条' }) },
      resolve: async (v, { number }, ctx) => (await articlesByVersion(ctx).load(v.id)).find((a) => a.number === number) ?? null,
    }),
    articleCount: t.int({ description: '条数 — how many articles it has', resolve: async (v, _a, ctx) => (await articlesByVersion(ctx).load(v.id)).length }),
    chapters: t.stringList({
      description: '章 — its chapters in order (empty when it has none)',
      resolve: async (v, _a, ctx) => [...new Set((await articlesByVersion(ctx).load(v.id)).map((a) => a.chapter).filter((c): c is string => !!c))],
    }),
  }),
});

ArticleRef.implement({
  description: '条 — an article (第N条) or item (一、) of one version',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 — the article\'s id (one per version: a revision\'s articles are new rows)' }),
    number: t.exposeInt('number', { description: '条号 — its number in its version' }),
    label: t.string({ description: '条目 — e.g. 第二十一条 or 三、', resolve: (a) => articleLabel(a.number, a.numbering) }),
    chapter: t.string({ nullable: true, description: '章 — its chapter, e.g. 第二章 业主、业主大会和业主委员会', resolve: (a) => a.chapter }),
    text: t.exposeString('text', { description: '条文 — its text' }),
    topics: t.field({ type: [TopicRef], description: '主题 — what it governs', resolve: async (a, _x, ctx) => topicsOf(await topicsByArticle(ctx).load(a.id)) }),
    version: t.field({ type: VersionRef, description: '所属版本 — its version', resolve: async (a, _x, ctx) => (await versionLoader(ctx).load(a.versionId))! }),
    document: t.field({ type: DocumentRef, description: '所属文件 — its document', resolve: async (a, _x, ctx) => (await documentLoader(ctx).load(a.documentId))! }),
  }),
});

const SegmentRef = builder.objectRef<Segment>('RegulationTextSegment').implement({
  description: '文字差异 — a piece of a character diff of an article',
  fields: (t) => ({
    kind: t.field({ type: SegmentKindEnum, description: '类型 — EQUAL, INSERTED or DELETED', resolve: (s) => s.kind }),
    text: t.exposeString('text', { description: '文字 — the characters' }),
  }),
});

const ChangeRef = builder.objectRef<ArticleChange<ArticleRow>>('RegulationArticleChange').implement({
  description: '条文变化 — one article between two versions: unchanged, modified, added or removed',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, description: '变化 — UNCHANGED, MODIFIED, ADDED or REMOVED', resolve: (c) => c.kind }),
    before: t.field({ type: ArticleRef, nullable: true, description: '修改前 — the article in the earlier version (null when added)', resolve: (c) => c.before }),
    after: t.field({ type: ArticleRef, nullable: true, description: '修改后 — the article in the later version (null when removed)', resolve: (c) => c.after }),
    renumbered: t.exposeBoolean('renumbered', { description: '条号变化 — the same article under another number' }),
    similarity: t.exposeFloat('similarity', { description: '相似度 — 0–1, how alike the two texts are (bigram Dice coefficient)' }),
    segments: t.field({ type: [SegmentRef], description: '文字差异 — the text as a character diff', resolve: (c) => c.segments }),
  }),
});

const ComparisonRef = builder.objectRef<Comparison>('RegulationVersionComparison').implement({
  description: '版本比较 — the per-article differences between two versions of a document',
  fields: (t) => ({
    from: t.field({ type: VersionRef, description: '旧版本 — the earlier version', resolve: (c) => c.from }),
    to: t.field({ type: VersionRef, description: '新版本 — the later version', resolve: (c) => c.to }),
    changes: t.field({
      type: [ChangeRef],
      description: '条文变化 — every article of both, in the later version\'s order (removed ones where they stood)',
      args: { kinds: t.arg({ type: [ChangeKindEnum], description: 'only these kinds (e.g. [MODIFIED, ADDED, REMOVED] for what changed)' }) },
      resolve: (c, { kinds }) => c.changes.filter((x) => !kinds?.length || kinds.includes(x.kind)),
    }),
    added: t.int({ description: '新增条数 — articles added', resolve: (c) => c.changes.filter((x) => x.kind === 'ADDED').length }),
    removed: t.int({ description: '删除条数 — articles removed', resolve: (c) => c.changes.filter((x) => x.kind === 'REMOVED').length }),
    modified: t.int({ description: '修改条数 — articles reworded', resolve: (c) => c.changes.filter((x) => x.kind === 'MODIFIED').length }),
    unchanged: t.int({ description: '未变条数 — articles with the same text', resolve: (c) => c.changes.filter((x) => x.kind === 'UNCHANGED').length }),
    renumbered: t.int({ description: '条号变化 — kept or modified articles now under another number', resolve: (c) => c.changes.filter((x) => x.renumbered).length }),
  }),
});

export const DocumentFilterInput = builder.inputType('RegulationFilter', {
  description: '文件筛选 — filters for a document list; all given filters apply',
  fields: (t) => ({
    statuses: t.field({ type: [StatusEnum], description: '状态 — default: everything but drafts (DRAFT lists the drafts you may see)' }),
    levels: t.field({ type: [LevelEnum], description: '效力层级' }),
    issuedIn: t.field({ type: 'RegionCode', description: '制定地区 — issued by this region or the governments below it (350000: every Fujian document)' }),
    appliesIn: t.field({ type: 'RegionCode', description: '适用地区 — applying in this region: national law, the province\'s documents and the region\'s city\'s' }),
    topics: t.idList({ description: '主题 — documents on any of these topics (Topic.code)' }),
    titleContains: t.string({ description: '标题包含 — part of the title', validate: z.string().trim().min(1, 'must not be empty').max(50) }),
  }),
});

export interface DocumentFilterValue {
  statuses?: string[] | null;
  levels?: string[] | null;
  issuedIn?: string | null;
  appliesIn?: string | null;
  topics?: string[] | null;
  titleContains?: string | null;
}

export function checkTopics(topics: readonly string[] | null | undefined, field: string): void {
  const unknown = topics?.find((t) => !TOPIC_BY_CODE.has(t));
  if (unknown) throw WuyeError.badInput(field, `unknown topic ${unknown}: one of ${[...TOPIC_BY_CODE.keys()].join(', ')}`);
}

export const toDocumentFilter = (f: DocumentFilterValue | null | undefined): DocumentFilter => ({ ...f, titleContains: f?.titleContains?.trim() || null });

builder.queryFields((t) => ({
  regulation: t.field({
    type: DocumentRef,
    nullable: true,
    description: '法规文件 — a document by id (null for a draft you may not see)',
    args: { id: t.arg.id({ required: true, description: 'the document\'s id, e.g. RD0003' }) },
    resolve: (_root, { id }, ctx) => documentLoader(ctx).load(String(id)),
  }),
  regulations: t.connection(
    {
      type: DocumentRef,
      description: '法规文件列表 — documents, filtered and keyset-paged by id',
      args: { filter: t.arg({ type: DocumentFilterInput, description: 'filters (default: every published document)' }) },
      resolve: (_root, args, ctx) => {
        checkTopics(args.filter?.topics, 'filter.topics');
        return documentConnection(ctx, toDocumentFilter(args.filter), args);
      },
    },
    { description: '法规文件列表 — a page of documents' },
    { description: '法规文件 — a document in the list' },
  ),
}));
