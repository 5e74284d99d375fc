// 主题 — the entity other subgraphs point at to reach "the rules that govern this": a revenue statement
// returns Topic { code: "PUBLIC_REVENUE" }, a credit result Topic { code: "CREDIT_EVALUATION" }, and the
// gateway asks this subgraph for the topic's articles in force.
import { MAX_PAGE_SIZE, WuyeError } from '@wuye/kit';
import { documentConnection } from '../documents.js';
import { governingArticles, today } from '../governing.js';
import { TOPIC_BY_CODE, TOPICS } from '../topics.js';
import { builder } from './builder.js';
import { ArticleRef, DocumentRef, TopicRef } from './refs.js';

export const DEFAULT_RULES = 20;

export function ruleLimit(first: number | null | undefined): number {
  const limit = first ?? DEFAULT_RULES;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) throw WuyeError.badInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  return limit;
}

builder.asEntity(TopicRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (ref) => TOPIC_BY_CODE.get(ref.code) ?? null,
});

TopicRef.implement({
  description: '主题 — a subject rules govern (公共收益, 业主委员会, 党建 …), linking documents and articles to the domains whose data they govern',
  fields: (t) => ({
    code: t.id({ description: '主题代码 — e.g. PUBLIC_REVENUE; the entity key other subgraphs use', resolve: (topic) => topic.code }),
    name: t.exposeString('name', { description: '名称 — e.g. 公共收益' }),
    description: t.exposeString('description', { description: '说明 — what it covers' }),
    domain: t.exposeString('domain', { description: '所属领域 — the subgraph whose data it governs, e.g. public-revenue' }),
    articles: t.field({
      type: [ArticleRef],
      description: '适用条文 — its articles in force on `asOf` (default today) that apply in `appliesIn` (national law, the province\'s and the city\'s documents; default: anywhere in the province), higher levels first',
      args: {
        appliesIn: t.arg({ type: 'RegionCode', description: 'the place (e.g. an estate\'s community); default: the whole province' }),
        asOf: t.arg({ type: 'Date', description: 'the date (default: today)' }),
        first: t.arg.int({ description: `at most this many (default ${DEFAULT_RULES}, at most ${MAX_PAGE_SIZE})` }),
      },
      resolve: (topic, args, ctx) => governingArticles(ctx).load({ topics: [topic.code], appliesIn: args.appliesIn ?? null, asOf: args.asOf ?? today(ctx), limit: ruleLimit(args.first) }),
    }),
    documents: t.connection(
      {
        type: DocumentRef,
        description: '相关文件 — published documents on this topic (default: those in force), keyset-paged by id',
        args: { appliesIn: t.arg({ type: 'RegionCode', description: 'only those applying in this region' }), includeHistory: t.arg.boolean({ description: '含历史 — also documents repealed or out for consultation' }) },
        resolve: (topic, args, ctx) =>
          documentConnection(ctx, { topics: [topic.code], appliesIn: args.appliesIn ?? null, statuses: args.includeHistory ? null : ['IN_FORCE'] }, args),
      },
      { description: '相关文件 — a page of documents on a topic' },
      { description: '相关文件 — a document on the topic' },
    ),
  }),
});

builder.queryFields((t) => ({
  topics: t.field({ type: [TopicRef], description: '主题 — every topic, in catalogue order', resolve: () => [...TOPICS] }),
  topic: t.field({
    type: TopicRef,
    nullable: true,
    description: '主题 — a topic by its code',
    args: { code: t.arg.id({ required: true, description: 'e.g. PUBLIC_REVENUE' }) },
    resolve: (_root, { code }) => TOPIC_BY_CODE.get(String(code)) ?? null,
  }),
}));
