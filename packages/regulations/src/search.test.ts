// Chinese full-text search on real PostgreSQL: exact phrases inside articles rank first, near matches
// follow, filters and visibility apply in SQL, pages are stable, and the cost is a constant number of
// statements. Expected hits are counted independently from the generated rows.
import { sql } from '@wuye/kit';
import type { SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold, tokens } from './text/search-text.js';
import { slice, startRegulations, token } from './testing.fixture.js';

let sub: SubgraphUnderTest;
/** SQL statements are logged as they complete: let the last ones land before counting */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
beforeAll(async () => {
  sub = await startRegulations();
}, 180_000);
afterAll(() => sub?.close());

interface Hit {
  id: string;
  matchedIn: 'TITLE' | 'ARTICLE';
  exact: boolean;
  score: number;
  snippet: string;
  highlights: { text: string; highlighted: boolean }[];
  document: { id: string; title: string; level: string; regionCode: string | null };
  version: { status: string; number: number };
  article: { label: string; text: string; topics: { code: string }[] } | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Hit }[];
}

const SEARCH = `query($q: String!, $filter: RegulationSearchFilter, $first: Int, $after: String) {
  searchRegulations(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id matchedIn exact score snippet highlights { text highlighted }
      document { id title level regionCode } version { status number } article { label text topics { code } } } }
  }
}`;

async function search(q: string, options: { filter?: Record<string, unknown>; first?: number; after?: string; token?: string } = {}) {
  const res = await sub.query<{ searchRegulations: Page }>(SEARCH, { variables: { q, filter: options.filter, first: options.first ?? 1000, after: options.after }, token: options.token });
  expect(res.errors).toBeUndefined();
  return res.data!.searchRegulations;
}

/** the texts a default search looks in (versions in force or out for consultation), from the rows */
const current = slice.documents.flatMap((d) => d.versions.filter((v) => v.status === 'IN_FORCE' || v.status === 'CONSULTATION').map((v) => ({ d, v })));
const exactIn = (phrase: string) => ({
  titles: current.filter(({ v }) => fold(`${v.title} ${v.documentNumber ?? ''}`).includes(phrase)).length,
  articles: current.flatMap(({ v }) => v.articles).filter((a) => fold(a.text).includes(phrase)).length,
});

describe('finding Chinese phrases', () => {
  it('finds 公共收益 inside articles: every exact hit, counted from the rows', async () => {
    const page = await search('公共收益');
    const hits = page.edges.map((e) => e.node);
    const expected = exactIn('公共收益');
    expect(expected.articles).toBeGreaterThan(50);
    expect(hits.filter((h) => h.exact && h.matchedIn === 'ARTICLE')).toHaveLength(expected.articles);
    expect(hits.filter((h) => h.exact && h.matchedIn === 'TITLE')).toHaveLength(expected.titles);
    expect(page.totalCount).toBe(hits.length);
  });

  it('ranks the exact phrase first: 维修资金使用 as written before texts with most of its words', async () => {
    const hits = (await search('维修资金使用')).edges.map((e) => e.node);
    const expected = exactIn('维修资金使用');
    expect(hits.filter((h) => h.exact)).toHaveLength(expected.articles + expected.titles);
    const firstNear = hits.findIndex((h) => !h.exact);
    expect(firstNear).toBe(expected.articles + expected.titles);
    expect(hits.slice(firstNear).every((h) => !h.exact)).toBe(true);
    expect(hits.length).toBeGreaterThan(firstNear + 50);
    // a near match holds the words apart (维修资金 … 使用), never the phrase, and highlights what it shares
    for (const near of hits.slice(firstNear)) {
      expect(fold(near.article?.text ?? near.document.title)).not.toContain('维修资金使用');
      expect(near.highlights.some((f) => f.highlighted)).toBe(true);
    }
    // within the exact ones, scores fall
    const scores = hits.slice(0, firstNear).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds 维修资金 in the Civil Code and the regulations, highlighting the phrase in a snippet of about 60 characters', async () => {
    const hits = (await search('维修资金')).edges.map((e) => e.node);
    expect(hits.filter((h) => h.exact && h.matchedIn === 'ARTICLE')).toHaveLength(exactIn('维修资金').articles);
    const civilCode = hits.find((h) => h.document.title === '中华人民共和国民法典' && h.article?.label === '第二百八十一条');
    expect(civilCode?.exact).toBe(true);
    for (const hit of hits.filter((h) => h.exact)) {
      expect(hit.snippet).toContain('【维修资金】');
      expect(hit.highlights.filter((f) => f.highlighted).every((f) => f.text === '维修资金')).toBe(true);
      expect(hit.snippet.replace(/[【】…]/g, '').length).toBeLessThanOrEqual(62);
    }
  });

  it('ranks a title that holds the phrase above articles that mention it once', async () => {
    const hits = (await search('公共收益管理办法')).edges.map((e) => e.node);
    const titles = hits.filter((h) => h.matchedIn === 'TITLE' && h.exact);
    expect(titles.length).toBeGreaterThan(0);
    expect(hits.slice(0, titles.length).every((h) => h.matchedIn === 'TITLE' && h.exact)).toBe(true);
    expect(titles.find((h) => h.document.title === '福建省住宅小区公共收益管理办法')?.snippet).toBe('福建省住宅小区【公共收益管理办法】 闽建房〔2021〕12号');
  });

  it('needs every phrase of a query with several, and finds document numbers', async () => {
    const both = (await search('公共收益 季度')).edges.map((e) => e.node).filter((h) => h.exact);
    expect(both.length).toBeGreaterThan(0);
    for (const hit of both) expect(fold(hit.article!.text)).toMatch(/公共收益.*季度|季度.*公共收益/);
    const [byNumber] = (await search('国务院令第698号', { first: 1 })).edges.map((e) => e.node);
    expect(byNumber).toMatchObject({ matchedIn: 'TITLE', exact: true, document: { title: '物业管理条例' } });
  });

  it('answers every keystroke of a phrase, from one character on', async () => {
    for (const prefix of ['公', '公共', '公共收', '公共收益']) {
      const page = await search(prefix, { first: 5 });
      expect(page.edges.length, prefix).toBe(5);
      expect(page.edges[0]!.node.exact, prefix).toBe(true);
    }
  });

  it('folds full-width letters and case, so ＡＰＰ finds 闽政通app', async () => {
    const hits = (await search('闽政通ＡＰＰ', { first: 5 })).edges.map((e) => e.node);
    expect(hits[0]?.exact).toBe(true);
    expect(hits[0]?.snippet).toContain('【闽政通app】');
  });
});

describe('filters', () => {
  it('narrows by level, issuing region, applicable region and topic', async () => {
    const laws = (await search('维修资金', { filter: { levels: ['LAW'] } })).edges.map((e) => e.node);
    expect(laws.length).toBeGreaterThan(0);
    expect(laws.every((h) => h.document.level === 'LAW')).toBe(true);

    const xiamen = (await search('公共收益', { filter: { issuedIn: '350200' } })).edges.map((e) => e.node);
    expect(xiamen.length).toBeGreaterThan(0);
    expect(xiamen.every((h) => h.document.regionCode === '350200')).toBe(true);

    const applies = (await search('公共收益', { filter: { appliesIn: '350203' } })).edges.map((e) => e.node);
    expect(new Set(applies.map((h) => h.document.regionCode))).toEqual(new Set([null, '350000', '350200'].filter((c) => applies.some((h) => h.document.regionCode === c))));
    expect(applies.some((h) => h.document.regionCode === '350000')).toBe(true);
    expect(applies.every((h) => [null, '350000', '350200'].includes(h.document.regionCode))).toBe(true);

    const onTopic = (await search('公示', { filter: { topics: ['PUBLIC_REVENUE'], matchIn: ['ARTICLE'] } })).edges.map((e) => e.node);
    expect(onTopic.length).toBeGreaterThan(0);
    expect(onTopic.every((h) => h.article!.topics.some((t) => t.code === 'PUBLIC_REVENUE'))).toBe(true);
  });

  it('searches superseded text only when asked: the 2018 article on income from common parts', async () => {
    const now = (await search('业主所得收益')).edges.map((e) => e.node);
    expect(now.every((h) => h.version.status === 'IN_FORCE' || h.version.status === 'CONSULTATION')).toBe(true);
    const old = (await search('业主所得收益', { filter: { statuses: ['AMENDED'] } })).edges.map((e) => e.node);
    expect(old.some((h) => h.document.title === '福建省物业管理条例' && h.version.number === 1 && h.exact)).toBe(true);
    expect(old.every((h) => h.version.status === 'AMENDED')).toBe(true);
  });

  it('shows drafts only to the officials over their region', async () => {
    const find = async (viewer?: string) => (await search('维修资金管理办法', { filter: { statuses: ['DRAFT'] }, token: viewer })).edges.map((e) => e.node.document.title);
    const draft = '福建省住宅专项维修资金管理办法';
    expect(await find()).not.toContain(draft);
    expect(await find(await token('CITY_ADMIN', '350200'))).not.toContain(draft);
    expect(await find(await token('PROVINCE_ADMIN', '350000'))).toContain(draft);
    expect(await find(await token('STREET_STAFF', '350203001'))).not.toContain(draft);
  });
});

describe('paging and cost', () => {
  it('pages through all hits once each, in rank order, with stable cursors', async () => {
    const all = (await search('业主委员会')).edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 200; i++) {
      const page = await search('业主委员会', { first: 37, after });
      expect(page.totalCount).toBe(all.length); // the whole list's count on every page
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(all.length).toBeGreaterThan(200);
    expect(all.length).toBeLessThan(1000);
    expect(paged).toEqual(all);
  });

  it('costs the same few statements for 5 hits and for 500', async () => {
    const statements = async (first: number) => {
      await settle();
      sub.statements.length = 0;
      const page = await search('物业', { first, filter: { matchIn: ['ARTICLE'] } });
      expect(page.edges).toHaveLength(first);
      await settle();
      return sub.statements.length;
    };
    const few = await statements(5);
    expect(await statements(500)).toBe(few);
    expect(few).toBe(6); // the ranked page, its count, documents, versions, articles, their topics
  });

  it('refuses a query with nothing to search, one too long, and an unknown topic', async () => {
    const empty = await sub.query('{ searchRegulations(query: "，。") { totalCount } }');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const long = await sub.query('query($q: String!) { searchRegulations(query: $q) { totalCount } }', { variables: { q: '物'.repeat(101) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const topic = await sub.query('{ searchRegulations(query: "公共", filter: { topics: ["NOPE"] }) { totalCount } }');
    expect(topic.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.topics' });
  });
});

describe('the index', () => {
  it('is built by PostgreSQL with exactly the tokens the query side computes', async () => {
    const samples = ['ＡＢＣ１２３　Hello，World！', '第二百七十八条 业主共同决定事项', '“双随机、一公开”', ...slice.documents.slice(0, 40).map((d) => d.versions[0]!.articles[0]!.text)];
    const em = sub.orm.em.fork();
    for (const text of samples) {
      const [row] = await sql<{ folded: string; tokens: string[] }>(em, 'select regulations.fold_text(?) as folded, regulations.search_tokens(regulations.fold_text(?)) as tokens', [text, text]);
      expect(row).toEqual({ folded: fold(text), tokens: tokens(fold(text)) });
    }
  });
});
