import { describe, expect, it } from 'vitest';
import { Rng, WeightedTable } from './random.js';

const draws = (rng: Rng, n = 5) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('repeats a stream for the same seed and label, and separates streams by label and seed', () => {
    expect(draws(new Rng(1, 'a'))).toEqual(draws(new Rng(1, 'a')));
    expect(draws(new Rng(1, 'a'))).not.toEqual(draws(new Rng(1, 'b')));
    expect(draws(new Rng(1, 'a'))).not.toEqual(draws(new Rng(2, 'a')));
  });

  it('keeps int within its inclusive bounds and reaches both', () => {
    const rng = new Rng(7, 'int');
    const seen = new Set(Array.from({ length: 1000 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('keeps dates within their inclusive bounds', () => {
    const rng = new Rng(7, 'dates');
    const dates = Array.from({ length: 500 }, () => rng.dateBetween('2024-02-27', '2024-03-01'));
    expect(new Set(dates)).toEqual(new Set(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']));
  });

  it('shuffles into a permutation without touching its input', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Rng(7, 'shuffle').shuffle(input);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
  });

  it('samples exactly `count` distinct items, in input order, never one of weight 0', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const sample = new Rng(7, 'sample').sample(items, 30, (i) => (i % 2 === 0 ? 1 : 0));
    expect(sample).toHaveLength(30);
    expect(new Set(sample).size).toBe(30);
    expect(sample).toEqual([...sample].sort((a, b) => a - b));
    expect(sample.every((i) => i % 2 === 0)).toBe(true);
    expect(() => new Rng(7, 'sample').sample(items, 51, (i) => (i % 2 === 0 ? 1 : 0))).toThrow(RangeError);
  });

  it('picks by weight, once or from a table', () => {
    const rng = new Rng(7, 'weights');
    const once = Array.from({ length: 4000 }, () => rng.weightedPick(['a', 'b', 'c'], [1, 3, 0]));
    const table = new WeightedTable(['a', 'b', 'c'], (x) => ({ a: 1, b: 3, c: 0 })[x] ?? 0);
    const many = Array.from({ length: 4000 }, () => table.pick(rng));
    for (const picks of [once, many]) {
      const b = picks.filter((x) => x === 'b').length / picks.length;
      expect(b).toBeGreaterThan(0.7);
      expect(b).toBeLessThan(0.8);
      expect(picks).not.toContain('c');
    }
  });
});
