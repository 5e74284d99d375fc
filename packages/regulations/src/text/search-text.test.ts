import { describe, expect, it } from 'vitest';
import { fold, markSnippet, matchRanges, nearMatching, parseQuery, phraseGrams, snippetFragments, tokens } from './search-text.js';

describe('fold', () => {
  it('maps full-width ASCII and upper case one character to one, so offsets survive', () => {
    const text = 'ＡＰＰ与１２３４５热线　Hello';
    expect(fold(text)).toBe('app与12345热线 hello');
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('tokens', () => {
  it('indexes bigrams of word characters, not across punctuation', () => {
    expect(tokens(fold('公共收益，公示'))).toEqual(['公共', '公示', '共收', '收益'].sort());
  });
});

describe('parseQuery', () => {
  it('splits at spaces and punctuation and dedupes', () => {
    expect(parseQuery(' 公共收益  公示，公示 ')).toEqual({ terms: ['公共收益', '公示'], grams: ['公共', '共收', '收益', '公示'], singles: [] });
  });

  it('searches a single character by itself (no bigram) and finds nothing in pure punctuation', () => {
    expect(phraseGrams('公')).toEqual([]);
    expect(parseQuery('公 收益')).toEqual({ terms: ['公', '收益'], grams: ['收益'], singles: ['公'] });
    expect(parseQuery('，。！').terms).toEqual([]);
  });

  it('looks for near matches only from 3 grams on', () => {
    expect(nearMatching(phraseGrams('公共'))).toBe(false);
    expect(nearMatching(phraseGrams('公共收'))).toBe(false);
    expect(nearMatching(phraseGrams('公共收益'))).toBe(true);
  });
});

describe('snippets', () => {
  const text = '利用物业共用部位、共用设施设备进行经营所得的收入，以及其他依法属于全体业主共有的收入，在扣除合理成本之后，属于全体业主共有，为公共收益。公共收益应当单独列账、专款专用，任何单位和个人不得侵占、挪用。';

  it('highlights every occurrence of the phrase in a window around the first', () => {
    const query = parseQuery('公共收益');
    const fragments = snippetFragments(text, matchRanges(text, query));
    const snippet = markSnippet(fragments);
    expect(snippet).toContain('【公共收益】。【公共收益】');
    expect(snippet.startsWith('…')).toBe(true);
    expect(fragments.filter((f) => !f.highlighted).map((f) => f.text).join('').length + 8).toBeLessThanOrEqual(60 + 2);
  });

  it('highlights the matching bigrams when the phrase itself does not occur', () => {
    const ranges = matchRanges('业主共有的收益与公共部位', parseQuery('公共收益'));
    expect(ranges.map((r) => '业主共有的收益与公共部位'.slice(r.start, r.end))).toEqual(['收益', '公共']);
  });

  it('shows a short text whole, without ellipses', () => {
    expect(markSnippet(snippetFragments('福建省物业管理条例', matchRanges('福建省物业管理条例', parseQuery('物业管理'))))).toBe('福建省【物业管理】条例');
  });
});
