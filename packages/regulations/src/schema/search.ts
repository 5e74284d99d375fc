// 全文检索 — searchRegulations: ranked hits in titles and articles with highlighted snippets.
import { WuyeError } from '@wuye/kit';
import { searchConnection, type SearchHit } from '../search.js';
import { articleLoader, documentLoader, versionLoader } from '../rows.js';
import { MAX_QUERY_LENGTH, MAX_TERMS, parseQuery, SNIPPET_LENGTH, type Fragment } from '../text/search-text.js';
import { builder } from './builder.js';
import { checkTopics } from './document.js';
import { LevelEnum, MatchFieldEnum, StatusEnum } from './enums.js';
import { ArticleRef, DocumentRef, VersionRef } from './refs.js';

const FragmentRef = builder.objectRef<Fragment>('RegulationHighlight').implement({
  description: '摘要片段 — a piece of a snippet, highlighted where it matched',
  fields: (t) => ({
    text: t.exposeString('text', { description: '文字 — the characters' }),
    highlighted: t.exposeBoolean('highlighted', { description: '命中 — whether the query matched here' }),
  }),
});

const HitRef = builder.objectRef<SearchHit>('RegulationSearchHit').implement({
  description: '检索结果 — a title or an article that matched a search',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 — the matched article\'s id, or the matched version\'s id for a title' }),
    matchedIn: t.field({ type: MatchFieldEnum, description: '命中位置 — TITLE or ARTICLE', resolve: (h) => h.matchedIn }),
    exact: t.exposeBoolean('exact', { description: '精确命中 — every phrase of the query occurs as written (these rank first)' }),
    score: t.exposeFloat('score', { description: '相关度 — the ranking score within its kind of match (higher is better)' }),
    snippet: t.exposeString('snippet', { description: `摘要 — about ${SNIPPET_LENGTH} characters around the match, matches in 【】, … where text is left out` }),
    highlights: t.field({ type: [FragmentRef], description: '摘要片段 — the snippet as pieces, for front ends that mark matches themselves', resolve: (h) => h.fragments }),
    document: t.field({ type: DocumentRef, description: '文件 — the document', resolve: async (h, _a, ctx) => (await documentLoader(ctx).load(h.documentId))! }),
    version: t.field({ type: VersionRef, description: '版本 — the version matched', resolve: async (h, _a, ctx) => (await versionLoader(ctx).load(h.versionId))! }),
    article: t.field({ type: ArticleRef, nullable: true, description: '条文 — the article matched (null for a title)', resolve: (h, _a, ctx) => (h.articleId ? articleLoader(ctx).load(h.articleId) : null) }),
  }),
});

const SearchFilterInput = builder.inputType('RegulationSearchFilter', {
  description: '检索筛选 — narrows a search; all given filters apply',
  fields: (t) => ({
    statuses: t.field({ type: [StatusEnum], description: '状态 — of the version matched (default IN_FORCE and CONSULTATION; AMENDED searches superseded texts, DRAFT the drafts you may see)' }),
    levels: t.field({ type: [LevelEnum], description: '效力层级' }),
    issuedIn: t.field({ type: 'RegionCode', description: '制定地区 — documents issued by this region or below it' }),
    appliesIn: t.field({ type: 'RegionCode', description: '适用地区 — national law, the province\'s and this region\'s city\'s documents' }),
    topics: t.idList({ description: '主题 — articles (or, for titles, documents) on any of these topics' }),
    documentId: t.id({ description: '文件 — only within this document' }),
    matchIn: t.field({ type: [MatchFieldEnum], description: '命中位置 — only titles or only articles (default both)' }),
  }),
});

builder.queryFields((t) => ({
  searchRegulations: t.connection(
    {
      type: HitRef,
      description: '全文检索 — Chinese full-text search over titles and articles: exact phrases first, then near matches; fast enough to run per keystroke',
      args: {
        query: t.arg.string({ required: true, description: `检索词 — one or more phrases separated by spaces, e.g. "公共收益 公示" (at most ${MAX_QUERY_LENGTH} characters)` }),
        filter: t.arg({ type: SearchFilterInput, description: 'filters' }),
      },
      resolve: (_root, args, ctx) => {
        if (args.query.length > MAX_QUERY_LENGTH) throw WuyeError.badInput('query', `must have at most ${MAX_QUERY_LENGTH} characters`);
        const query = parseQuery(args.query);
        if (query.terms.length === 0) throw WuyeError.badInput('query', 'has nothing to search for: give a word or phrase (Chinese characters, letters or digits)');
        if (query.terms.length > MAX_TERMS) throw WuyeError.badInput('query', `has more than ${MAX_TERMS} phrases`);
        checkTopics(args.filter?.topics, 'filter.topics');
        return searchConnection(ctx, query, args.filter ?? {}, args);
      },
    },
    { description: '检索结果 — a page of hits, best first' },
    { description: '检索结果 — a hit' },
  ),
}));
