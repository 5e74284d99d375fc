// Writing documents: create a draft, edit it, publish it for consultation, bring it into force
// (superseding the version in force), amend (start a revision), repeal. Only the issuing region's own
// admins write (PUBLIC: UNAUTHENTICATED; others: FORBIDDEN); every input is validated (BAD_USER_INPUT
// with its field); an action the document's state does not allow is a CONFLICT. Each mutation is one
// transaction holding the document's row lock, so concurrent transitions queue instead of racing.
import { sql, WuyeError, type EntityManager } from '@wuye/kit';
import { z } from 'zod';
import { isIssuingRegion, writerRole, writesFor } from '../access.js';
import { countLoader, pageLoader } from '../documents.js';
import { governingLoader, today } from '../governing.js';
import { documentStatus, plan, type Action, type Status } from '../lifecycle.js';
import { articleLoader, articlesByVersion, documentLoader, documentsById, topicsByArticle, topicsByDocument, versionAsOf, versionLoader, versionsByDocument, versionsOfDocuments, type DocumentRow, type RegulationsContext, type VersionRow } from '../rows.js';
import { regionStatistics } from '../statistics.js';
import { addDays, articlesToRevise, insertArticles, newDocumentId, newVersionId, replaceDocumentTopics, type ArticleDraft } from '../writes.js';
import { builder } from './builder.js';
import { checkTopics } from './document.js';
import { LevelEnum, NumberingEnum } from './enums.js';
import { DocumentRef } from './refs.js';

const WRITERS = { role: ['PROVINCE_ADMIN', 'CITY_ADMIN'] } as const;
const NATIONAL_LEVELS = ['LAW', 'ADMINISTRATIVE_REGULATION'];

const ArticleInput = builder.inputType('RegulationArticleInput', {
  description: '条文 — one article (or item) of a draft; articles are numbered 1, 2, … in the order given',
  fields: (t) => ({
    chapter: t.string({ description: '章 — e.g. 第一章 总则', validate: z.string().trim().min(1, 'must not be empty').max(60, 'must have at most 60 characters') }),
    text: t.string({ required: true, description: '条文 — the text, without its number', validate: z.string().trim().min(2, 'must have at least 2 characters').max(5000, 'must have at most 5000 characters') }),
    topics: t.idList({ description: '主题 — Topic codes (default: the topics its words mark)' }),
  }),
});

const articlesField = z.array(z.unknown()).min(1, 'must have at least one article').max(500, 'must have at most 500 articles');
const titleField = z.string().trim().min(4, 'must have at least 4 characters').max(200, 'must have at most 200 characters');
const labelField = z.string().trim().min(1, 'must not be empty').max(50, 'must have at most 50 characters');

const CreateDraftInput = builder.inputType('CreateRegulationDraftInput', {
  description: '起草 — a new document, as a draft (起草中)',
  fields: (t) => ({
    title: t.string({ required: true, description: '标题', validate: titleField }),
    level: t.field({ type: LevelEnum, required: true, description: '效力层级 (not LAW or ADMINISTRATIVE_REGULATION: national law is not written here)' }),
    issuer: t.string({ required: true, description: '发布机关, e.g. 厦门市建设局', validate: z.string().trim().min(2, 'must have at least 2 characters').max(100) }),
    regionCode: t.field({ type: 'RegionCode', required: true, description: '制定地区 — 350000 (the province) or a city; yours' }),
    label: t.string({ description: '版本名称, e.g. 起草稿', validate: labelField }),
    numbering: t.field({ type: NumberingEnum, description: '第N条 (ARTICLE, default) or 一、 (ITEM)' }),
    topics: t.idList({ description: '主题 — Topic codes (default: those of its articles)' }),
    articles: t.field({ type: [ArticleInput], required: true, description: '条文 — in order', validate: articlesField }),
  }),
});

const UpdateDraftInput = builder.inputType('UpdateRegulationDraftInput', {
  description: '修改草稿 — edit the draft (起草中) of a document; what is not given stays',
  fields: (t) => ({
    documentId: t.id({ required: true, description: '文件 — the document\'s id' }),
    title: t.string({ description: '标题', validate: titleField }),
    label: t.string({ description: '版本名称', validate: labelField }),
    numbering: t.field({ type: NumberingEnum, description: '条文编号' }),
    topics: t.idList({ description: '主题 — replaces the document\'s topics' }),
    articles: t.field({ type: [ArticleInput], description: '条文 — replaces all articles of the draft', validate: articlesField }),
  }),
});

const PublishInput = builder.inputType('PublishRegulationForConsultationInput', {
  description: '公开征求意见 — publish the draft for public comment',
  fields: (t) => ({
    documentId: t.id({ required: true, description: '文件 — the document\'s id' }),
    from: t.field({ type: 'Date', description: '征求意见开始 — first day of the consultation (default: today)' }),
    until: t.field({ type: 'Date', required: true, description: '征求意见截止 — last day of the consultation (at least 7 days in all)' }),
  }),
});

const BringIntoForceInput = builder.inputType('BringRegulationIntoForceInput', {
  description: '公布施行 — promulgate the text out for consultation; it supersedes the version in force from its effective date',
  fields: (t) => ({
    documentId: t.id({ required: true, description: '文件 — the document\'s id' }),
    documentNumber: t.string({ required: true, description: '文号, e.g. 闽建房〔2024〕3号', validate: z.string().trim().min(2, 'must have at least 2 characters').max(60) }),
    issuedOn: t.field({ type: 'Date', description: '公布日期 (default: today; not in the future)' }),
    effectiveFrom: t.field({ type: 'Date', description: '施行日期 (default: issuedOn; may be later)' }),
  }),
});

const AmendInput = builder.inputType('AmendRegulationInput', {
  description: '修订 — start a revision of a document in force: a new draft version (the text in force is not changed)',
  fields: (t) => ({
    documentId: t.id({ required: true, description: '文件 — the document\'s id' }),
    label: t.string({ description: '版本名称, e.g. 2025年修订', validate: labelField }),
    title: t.string({ description: '标题 (default: the current one)', validate: titleField }),
    articles: t.field({ type: [ArticleInput], description: '条文 (default: a copy of the text in force, to edit with updateRegulationDraft)', validate: articlesField }),
  }),
});

const RepealInput = builder.inputType('RepealRegulationInput', {
  description: '废止 — repeal a document in force (a revision in progress is withdrawn with it)',
  fields: (t) => ({
    documentId: t.id({ required: true, description: '文件 — the document\'s id' }),
    effectiveOn: t.field({ type: 'Date', description: '废止日期 — first day it no longer applies (default: today)' }),
    reason: t.string({ required: true, description: '废止理由', validate: z.string().trim().min(4, 'must have at least 4 characters').max(500) }),
  }),
});

interface ArticleInputValue {
  chapter?: string | null;
  text: string;
  topics?: (string | number)[] | null;
}

function toDrafts(articles: readonly ArticleInputValue[], field: string): ArticleDraft[] {
  return articles.map((a, i) => {
    const topics = a.topics?.map(String) ?? null;
    checkTopics(topics, `${field}.${i}.topics`);
    return { chapter: a.chapter?.trim() || null, text: a.text.trim(), topics };
  });
}

/** per-request caches hold what the mutation just changed: forget them */
function forget(ctx: RegulationsContext): void {
  for (const loader of [documentLoader, versionLoader, articleLoader, versionsByDocument, articlesByVersion, topicsByDocument, topicsByArticle, versionAsOf, regionStatistics, pageLoader, countLoader, governingLoader]) loader(ctx).clearAll();
}

interface Locked {
  document: DocumentRow;
  versions: VersionRow[];
}

/** Locks the document's row for the transaction, checks who may write it and whether `action` is legal now. */
async function lockFor(em: EntityManager, ctx: RegulationsContext, documentId: string, action: Action) {
  await sql(em, 'select id from regulations.document where id = ? for update', [documentId]);
  const [document] = await documentsById(em, [documentId]);
  if (!document) throw WuyeError.badInput('input.documentId', `no regulation ${documentId}`);
  if (!writesFor(ctx.viewer, document.regionCode)) {
    throw WuyeError.forbidden(
      document.regionCode
        ? `Regulation ${documentId} is ${document.regionCode}'s: only a ${writerRole(document.regionCode)} of ${document.regionCode} writes it.`
        : `Regulation ${documentId} is national law: it is not written here.`,
    );
  }
  const versions = await versionsOfDocuments(em, [documentId]);
  const locked: Locked = { document, versions };
  return { ...locked, ...plan(action, documentId, versions) };
}

async function setStatus(em: EntityManager, versionId: string, status: Status, extra: Record<string, string | null> = {}): Promise<void> {
  const columns = Object.keys(extra);
  await sql(em, `update regulations.version set status = ?${columns.map((c) => `, ${c} = ?`).join('')} where id = ?`, [status, ...Object.values(extra), versionId]);
}

async function refreshDocumentStatus(em: EntityManager, documentId: string): Promise<void> {
  const versions = await versionsOfDocuments(em, [documentId]);
  await sql(em, 'update regulations.document set status = ? where id = ?', [documentStatus(versions), documentId]);
}

async function write(ctx: RegulationsContext, work: (em: EntityManager) => Promise<string>): Promise<DocumentRow> {
  const id = await ctx.em.transactional(work);
  forget(ctx);
  return (await documentLoader(ctx).load(id))!;
}

builder.mutationFields((t) => ({
  createRegulationDraft: t.field({
    type: DocumentRef,
    description: '起草 — create a document as a draft (起草中); province admins write the province\'s (350000), city admins their city\'s',
    authScopes: WRITERS,
    args: { input: t.arg({ type: CreateDraftInput, required: true, description: 'the draft' }) },
    resolve: async (_root, { input }, ctx) => {
      if (NATIONAL_LEVELS.includes(input.level)) throw WuyeError.badInput('input.level', `${input.level} is national law, not written by a province or city`);
      if (!isIssuingRegion(input.regionCode)) throw WuyeError.badInput('input.regionCode', 'must be 350000 (the province) or one of its cities');
      if (!writesFor(ctx.viewer, input.regionCode)) throw WuyeError.forbidden(`Only a ${writerRole(input.regionCode)} of ${input.regionCode} writes its documents; you are ${ctx.viewer.role} of ${ctx.viewer.region}.`);
      const topics = input.topics?.map(String) ?? null;
      checkTopics(topics, 'input.topics');
      const articles = toDrafts(input.articles, 'input.articles');
      const title = input.title.trim();
      return write(ctx, async (em) => {
        const documentId = await newDocumentId(em);
        const versionId = await newVersionId(em);
        await sql(em, `insert into regulations.document (id, title, level, issuer, region_code, status, synthetic_text) values (?, ?, ?, ?, ?, 'DRAFT', false)`, [documentId, title, input.level, input.issuer.trim(), input.regionCode]);
        await sql(em, `insert into regulations.version (id, document_id, number, label, title, status, numbering, drafted_on) values (?, ?, 1, ?, ?, 'DRAFT', ?, ?)`, [versionId, documentId, input.label?.trim() ?? '起草稿', title, input.numbering ?? 'ARTICLE', today(ctx)]);
        const used = await insertArticles(em, versionId, articles);
        await replaceDocumentTopics(em, documentId, topics ?? used);
        return documentId;
      });
    },
  }),

  updateRegulationDraft: t.field({
    type: DocumentRef,
    description: '修改草稿 — edit a draft (only while 起草中: text out for consultation or in force is never changed in place)',
    authScopes: WRITERS,
    args: { input: t.arg({ type: UpdateDraftInput, required: true, description: 'the changes' }) },
    resolve: async (_root, { input }, ctx) => {
      const topics = input.topics?.map(String) ?? null;
      checkTopics(topics, 'input.topics');
      const articles = input.articles ? toDrafts(input.articles, 'input.articles') : null;
      return write(ctx, async (em) => {
        const { document, target } = await lockFor(em, ctx, String(input.documentId), 'UPDATE_DRAFT');
        const title = input.title?.trim() ?? target.title;
        await sql(em, 'update regulations.version set title = ?, label = ?, numbering = ? where id = ?', [title, input.label?.trim() ?? target.label, input.numbering ?? target.numbering, target.id]);
        if (document.status === 'DRAFT') await sql(em, 'update regulations.document set title = ? where id = ?', [title, document.id]);
        if (articles) {
          await sql(em, 'delete from regulations.article where version_id = ?', [target.id]);
          const used = await insertArticles(em, target.id, articles);
          if (!topics && document.status === 'DRAFT') await replaceDocumentTopics(em, document.id, used);
        }
        if (topics) await replaceDocumentTopics(em, document.id, topics);
        return document.id;
      });
    },
  }),

  publishRegulationForConsultation: t.field({
    type: DocumentRef,
    description: '公开征求意见 — publish a draft for public comment (起草中 → 征求意见); its text is public and frozen from now on',
    authScopes: WRITERS,
    args: { input: t.arg({ type: PublishInput, required: true, description: 'the consultation period' }) },
    resolve: (_root, { input }, ctx) =>
      write(ctx, async (em) => {
        const { document, target } = await lockFor(em, ctx, String(input.documentId), 'PUBLISH_FOR_CONSULTATION');
        const from = input.from ?? today(ctx);
        if (from < target.draftedOn) throw WuyeError.badInput('input.from', `must not be before the draft was begun (${target.draftedOn})`);
        if (input.until < addDays(from, 6)) throw WuyeError.badInput('input.until', `must be at least ${addDays(from, 6)}: a consultation lasts at least 7 days`);
        await setStatus(em, target.id, 'CONSULTATION', { consultation_from: from, consultation_until: input.until });
        await refreshDocumentStatus(em, document.id);
        return document.id;
      }),
  }),

  bringRegulationIntoForce: t.field({
    type: DocumentRef,
    description: '公布施行 — promulgate the text out for consultation (征求意见 → 施行); the version it revises becomes 修订 (AMENDED) from its effective date',
    authScopes: WRITERS,
    args: { input: t.arg({ type: BringIntoForceInput, required: true, description: 'the promulgation' }) },
    resolve: (_root, { input }, ctx) =>
      write(ctx, async (em) => {
        const { document, target, other: previous } = await lockFor(em, ctx, String(input.documentId), 'BRING_INTO_FORCE');
        const issuedOn = input.issuedOn ?? today(ctx);
        const effectiveFrom = input.effectiveFrom ?? issuedOn;
        if (issuedOn > today(ctx)) throw WuyeError.badInput('input.issuedOn', `must not be in the future (today is ${today(ctx)})`);
        if (target.consultationFrom && issuedOn < target.consultationFrom) throw WuyeError.badInput('input.issuedOn', `must not be before the consultation began (${target.consultationFrom})`);
        if (effectiveFrom < issuedOn) throw WuyeError.badInput('input.effectiveFrom', `must not be before issuedOn (${issuedOn})`);
        if (previous?.effectiveFrom && effectiveFrom <= previous.effectiveFrom) {
          throw WuyeError.badInput('input.effectiveFrom', `must be after ${previous.effectiveFrom}, when the version it supersedes took effect`);
        }
        if (previous) await setStatus(em, previous.id, 'AMENDED', { effective_until: effectiveFrom });
        await setStatus(em, target.id, 'IN_FORCE', { document_number: input.documentNumber.trim(), issued_on: issuedOn, effective_from: effectiveFrom });
        await sql(em, `update regulations.document set status = 'IN_FORCE', title = ?, first_issued_on = coalesce(first_issued_on, ?::date) where id = ?`, [target.title, issuedOn, document.id]);
        return document.id;
      }),
  }),

  amendRegulation: t.field({
    type: DocumentRef,
    description: '修订 — start a revision of a document in force: a new draft version (copying the text in force unless articles are given); the version in force stays until the revision comes into force',
    authScopes: WRITERS,
    args: { input: t.arg({ type: AmendInput, required: true, description: 'the revision' }) },
    resolve: async (_root, { input }, ctx) => {
      const given = input.articles ? toDrafts(input.articles, 'input.articles') : null;
      return write(ctx, async (em) => {
        const { document, versions, target: inForce } = await lockFor(em, ctx, String(input.documentId), 'AMEND');
        const versionId = await newVersionId(em);
        const number = Math.max(...versions.map((v) => v.number)) + 1;
        await sql(em, `insert into regulations.version (id, document_id, number, label, title, status, numbering, drafted_on) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?)`, [
          versionId,
          document.id,
          number,
          input.label?.trim() ?? `修订草案（第${number}版）`,
          input.title?.trim() ?? inForce.title,
          inForce.numbering,
          today(ctx),
        ]);
        await insertArticles(em, versionId, given ?? (await articlesToRevise(em, inForce.id)));
        return document.id;
      });
    },
  }),

  repealRegulation: t.field({
    type: DocumentRef,
    description: '废止 — repeal a document in force (施行 → 废止) from a date; a revision in progress is withdrawn with it',
    authScopes: WRITERS,
    args: { input: t.arg({ type: RepealInput, required: true, description: 'the repeal' }) },
    resolve: (_root, { input }, ctx) =>
      write(ctx, async (em) => {
        const { document, target: inForce, other: revision } = await lockFor(em, ctx, String(input.documentId), 'REPEAL');
        const effectiveOn = input.effectiveOn ?? today(ctx);
        if (inForce.effectiveFrom && effectiveOn <= inForce.effectiveFrom) throw WuyeError.badInput('input.effectiveOn', `must be after ${inForce.effectiveFrom}, when the version in force took effect`);
        await setStatus(em, inForce.id, 'REPEALED', { effective_until: effectiveOn });
        if (revision) await setStatus(em, revision.id, 'REPEALED');
        await sql(em, `update regulations.document set status = 'REPEALED', repealed_on = ?, repeal_reason = ? where id = ?`, [effectiveOn, input.reason.trim(), document.id]);
        return document.id;
      }),
  }),
}));
