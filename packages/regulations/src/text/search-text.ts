// Chinese full-text search without a search server. PostgreSQL's pg_trgm cannot do it here: the
// cluster runs with locale C, where pg_trgm's word characters are ASCII only, so show_trgm('公共收益')
// is empty. Chinese has no spaces either. So every text is indexed by its character bigrams
// (公共收益 → 公共 共收 收益) in a text[] column with a GIN index; a phrase matches where all its bigrams
// occur (index) and the phrase itself occurs (strpos on the folded text). A one-character phrase has
// no bigram: it is found by strpos alone — it occurs in so many texts that an index would not help.
//
// The folding and tokenising rules are defined ONCE here and installed into PostgreSQL by the
// migration (FOLD_FROM / FOLD_TO, WORD_CHAR_CLASS), so that the index and the query agree; a test
// checks that both sides produce the same tokens.

/** Characters that make words: ASCII letters and digits, CJK ideographs (basic, extension A, compatibility). */
export const WORD_CHAR_CLASS = '0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff';
const WORD_CHAR = new RegExp(`^[${WORD_CHAR_CLASS}]$`, 'u');

// Folding maps one character to one character, so offsets in the folded text are offsets in the
// original: full-width ASCII (Ａ１，) → ASCII, upper case → lower case, ideographic space → space.
const FROM: string[] = [];
const TO: string[] = [];
for (let c = 0x41; c <= 0x5a; c++) {
  FROM.push(String.fromCharCode(c));
  TO.push(String.fromCharCode(c + 32));
}
for (let c = 0xff01; c <= 0xff5e; c++) {
  const ascii = c - 0xfee0;
  FROM.push(String.fromCharCode(c));
  TO.push(String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii));
}
FROM.push('\u3000');
TO.push(' ');

/** translate(text, FOLD_FROM, FOLD_TO) in SQL is fold(text) */
export const FOLD_FROM = FROM.join('');
export const FOLD_TO = TO.join('');
const FOLD = new Map(FROM.map((c, i) => [c, TO[i]!]));

/** The text as searched: one character for one (see above). */
export function fold(text: string): string {
  let out = '';
  for (const c of text) out += FOLD.get(c) ?? c;
  return out;
}

export const isWordChar = (c: string): boolean => WORD_CHAR.test(c);

/** The index tokens of a folded text: its bigrams of two word characters. */
export function tokens(folded: string): string[] {
  const chars = [...folded];
  const out = new Set<string>();
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    if (next !== undefined && isWordChar(c) && isWordChar(next)) out.add(c + next);
  });
  return [...out].sort();
}

/** What a phrase needs from the index: its bigrams (none for a single character). */
export function phraseGrams(term: string): string[] {
  const chars = [...term];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 8;

export interface ParsedQuery {
  /** folded phrases, each a run of word characters */
  terms: string[];
  /** the distinct bigrams of all terms, in order */
  grams: string[];
  /** the phrases of one character (they have no bigram) */
  singles: string[];
}

/**
 * Splits a query into phrases at spaces and punctuation (公共收益 公示 → [公共收益, 公示]); an empty result
 * means the query has nothing to search for.
 */
export function parseQuery(query: string): ParsedQuery {
  const terms: string[] = [];
  let current = '';
  for (const c of fold(query)) {
    if (isWordChar(c)) current += c;
    else if (current) {
      terms.push(current);
      current = '';
    }
  }
  if (current) terms.push(current);
  const unique = [...new Set(terms)];
  return { terms: unique, grams: [...new Set(unique.flatMap(phraseGrams))], singles: unique.filter((t) => [...t].length === 1) };
}

/** a near match holds grams worth at least this share of the query's weight (IDF-weighted) */
export const NEAR_SHARE = 0.6;

/**
 * Near matches are looked for when the heavy grams' posting lists hold at most this share of all
 * articles (or NEAR_FLOOR rows): a query of common words only finds them costly and adds little.
 */
export const NEAR_BUDGET = 0.1;
export const NEAR_FLOOR = 1000;

/** near matches are looked for when a query has 3 grams or more (4+ characters, or several phrases) */
export const nearMatching = (grams: readonly string[]): boolean => grams.length >= 3;

export interface Range {
  start: number;
  end: number;
}

/**
 * Where the query matches in `text` (offsets in UTF-16 code units of the original text): every
 * occurrence of every phrase; where no phrase occurs, the runs of matching bigrams.
 */
export function matchRanges(text: string, query: ParsedQuery): Range[] {
  const folded = fold(text);
  const ranges: Range[] = [];
  for (const term of query.terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) ranges.push({ start: at, end: at + term.length });
  }
  if (ranges.length === 0) {
    const grams = new Set(query.grams);
    for (let i = 0; i + 1 < folded.length; i++) if (grams.has(folded.slice(i, i + 2))) ranges.push({ start: i, end: i + 2 });
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export interface Fragment {
  text: string;
  highlighted: boolean;
}

export const SNIPPET_LENGTH = 60;
const LEAD = 16;

/**
 * About SNIPPET_LENGTH characters of `text` around its first match, as fragments (highlighted or
 * not); an ellipsis marks text left out at either end.
 */
export function snippetFragments(text: string, ranges: readonly Range[], length = SNIPPET_LENGTH): Fragment[] {
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - LEAD) : 0;
  let end = Math.min(text.length, start + length);
  if (end - start < length) start = Math.max(0, end - length);
  // keep whole surrogate pairs (rare ideographs outside the BMP)
  if (start > 0 && /[\udc00-\udfff]/.test(text[start]!)) start--;
  if (end < text.length && /[\udc00-\udfff]/.test(text[end]!)) end++;
  const fragments: Fragment[] = [];
  const push = (from: number, to: number, highlighted: boolean) => {
    if (to > from) fragments.push({ text: text.slice(from, to), highlighted });
  };
  let at = start;
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    push(at, Math.max(at, r.start), false);
    push(Math.max(at, r.start), Math.min(end, r.end), true);
    at = Math.min(end, r.end);
  }
  push(at, end, false);
  if (start > 0) fragments.unshift({ text: '…', highlighted: false });
  if (end < text.length) fragments.push({ text: '…', highlighted: false });
  return fragments;
}

/** Fragments as one string, the highlighted parts in 【】. */
export const markSnippet = (fragments: readonly Fragment[]): string => fragments.map((f) => (f.highlighted ? `【${f.text}】` : f.text)).join('');
