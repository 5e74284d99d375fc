// What changed between two versions, article by article. Articles are renumbered when a revision
// inserts or deletes some, so they are paired by text, not by number: a monotone alignment that
// maximises the summed similarity of the pairs (dynamic programming, as LCS), where only articles at
// least SIMILAR alike may pair. Paired articles are unchanged or modified (with a character diff);
// the rest were added or removed.

import { fold } from './search-text.js';

export interface DiffArticle {
  id: string;
  number: number;
  chapter: string | null;
  text: string;
}

export type ChangeKind = 'UNCHANGED' | 'MODIFIED' | 'ADDED' | 'REMOVED';
export type SegmentKind = 'EQUAL' | 'INSERTED' | 'DELETED';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface ArticleChange<A extends DiffArticle = DiffArticle> {
  kind: ChangeKind;
  before: A | null;
  after: A | null;
  /** 0–1: Dice coefficient of the two texts' bigrams (1 when identical; 0 when added or removed) */
  similarity: number;
  /** paired, but under another number */
  renumbered: boolean;
  /** the text as a character diff (all EQUAL when unchanged, all INSERTED / DELETED when added / removed) */
  segments: Segment[];
}

/** articles at least this alike are the same article, changed */
export const SIMILAR = 0.45;

function bigramCounts(text: string): Map<string, number> {
  const chars = [...fold(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two texts' bigram multisets */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : dice(bigramCounts(a), bigramCounts(b));
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [gram, n] of x) {
    common += Math.min(n, y.get(gram) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

export function diffVersions<A extends DiffArticle>(before: readonly A[], after: readonly A[]): ArticleChange<A>[] {
  const n = before.length;
  const m = after.length;
  const xs = before.map((a) => bigramCounts(a.text));
  const ys = after.map((a) => bigramCounts(a.text));
  const sim = (i: number, j: number) => (before[i]!.text === after[j]!.text ? 1 : dice(xs[i]!, ys[j]!));
  // score[i][j]: best alignment of before[i..] and after[j..]
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const pairSim = Array.from({ length: n }, () => new Float64Array(m));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j);
      pairSim[i]![j] = s;
      const pair = s >= SIMILAR ? score[i + 1]![j + 1]! + s : -1;
      score[i]![j] = Math.max(pair, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const changes: ArticleChange<A>[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && pairSim[i]![j]! >= SIMILAR && score[i]![j] === score[i + 1]![j + 1]! + pairSim[i]![j]!) {
      const b = before[i++]!;
      const a = after[j++]!;
      const same = b.text === a.text;
      changes.push({ kind: same ? 'UNCHANGED' : 'MODIFIED', before: b, after: a, similarity: pairSim[i - 1]![j - 1]!, renumbered: b.number !== a.number, segments: same ? [{ kind: 'EQUAL', text: a.text }] : diffText(b.text, a.text) });
    } else if (i < n && (j >= m || score[i]![j] === score[i + 1]![j]!)) {
      const b = before[i++]!;
      changes.push({ kind: 'REMOVED', before: b, after: null, similarity: 0, renumbered: false, segments: [{ kind: 'DELETED', text: b.text }] });
    } else {
      const a = after[j++]!;
      changes.push({ kind: 'ADDED', before: null, after: a, similarity: 0, renumbered: false, segments: [{ kind: 'INSERTED', text: a.text }] });
    }
  }
  return changes;
}

/** texts longer than this (after trimming what they share at both ends) are diffed as one replacement */
const MAX_DIFF_CELLS = 4_000_000;

/** A character diff of two texts: LCS, then tiny equal islands between edits folded into the edits. */
export function diffText(before: string, after: string): Segment[] {
  const a = [...before];
  const b = [...after];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  const raw: Segment[] = [];
  const push = (kind: SegmentKind, text: string) => {
    if (!text) return;
    const last = raw.at(-1);
    if (last && last.kind === kind) last.text += text;
    else raw.push({ kind, text });
  };
  push('EQUAL', a.slice(0, prefix).join(''));
  if (x.length * y.length > MAX_DIFF_CELLS) {
    push('DELETED', x.join(''));
    push('INSERTED', y.join(''));
  } else {
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        push('EQUAL', x[i]!);
        i++;
        j++;
      } else if (j < y.length && (i >= x.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) push('INSERTED', y[j++]!);
      else push('DELETED', x[i++]!);
    }
  }
  push('EQUAL', a.slice(a.length - suffix).join(''));
  return cleanup(raw);
}

/** Folds equal runs of at most 2 characters between edits into the edits, and orders each edit DELETED then INSERTED. */
function cleanup(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: 'DELETED', text: deleted });
    if (inserted) out.push({ kind: 'INSERTED', text: inserted });
    deleted = inserted = '';
  };
  segments.forEach((s, k) => {
    if (s.kind === 'DELETED') deleted += s.text;
    else if (s.kind === 'INSERTED') inserted += s.text;
    else {
      const between = k > 0 && k < segments.length - 1 && [...s.text].length <= 2;
      if (between && (deleted || inserted)) {
        deleted += s.text;
        inserted += s.text;
        return;
      }
      flush();
      const last = out.at(-1);
      if (last?.kind === 'EQUAL') last.text += s.text;
      else out.push({ ...s });
    }
  });
  flush();
  return out;
}
