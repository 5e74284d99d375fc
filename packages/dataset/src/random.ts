// Seeded randomness. Every slice and purpose draws from its own stream, derived from the seed and a
// label, so adding draws to one stream (or a new slice) never shifts the numbers of another.

import { dayNumber, isoDate } from './dates.js';

/** cyrb128: a string → four 32-bit words, enough state to seed sfc32 well. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044597);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044597);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A stream of pseudo-random numbers (sfc32), one per slice or purpose: `new Rng(seed, 'registry/estates')`. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label: string) {
    [this.a, this.b, this.c, this.d] = hash128(`${seed}/${label}`);
    // sfc32's first outputs are poorly mixed
    for (let i = 0; i < 15; i++) this.next();
  }

  /** uniform in [0, 1) */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** integer in [min, max], both inclusive */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** real in [min, max) */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** one item, with probability proportional to its weight (linear; use WeightedTable for many draws) */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) return items[i] as T;
    }
    // rounding left a sliver: the last item with weight
    for (let i = items.length - 1; i >= 0; i--) if ((weights[i] ?? 0) > 0) return items[i] as T;
    throw new RangeError('weightedPick needs a positive weight');
  }

  /** a shuffled copy (Fisher–Yates) */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /**
   * `count` distinct items, each drawn with probability proportional to its weight (Efraimidis–Spirakis:
   * the items with the smallest keys −ln(u)/w). Items of weight 0 are never drawn. Returned in input order.
   */
  sample<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    const keys = new Float64Array(items.length);
    let drawable = 0;
    items.forEach((item, i) => {
      const w = weight(item);
      keys[i] = w > 0 ? -Math.log(1 - this.next()) / w : Infinity;
      if (w > 0) drawable++;
    });
    if (drawable < count) throw new RangeError(`cannot sample ${count} of ${drawable} items`);
    if (count === 0) return [];
    // the count-th smallest key; a typed array sorts numerically without a comparator (fast)
    const threshold = keys.slice().sort()[count - 1] as number;
    let below = 0;
    for (const key of keys) if (key < threshold) below++;
    // ties at the threshold (practically never) go to the earlier items
    let ties = count - below;
    return items.filter((_, i) => {
      const key = keys[i] as number;
      return key < threshold || (key === threshold && ties-- > 0);
    });
  }

  /** a date (YYYY-MM-DD) in [from, to], both inclusive */
  dateBetween(from: string, to: string): string {
    return isoDate(this.int(dayNumber(from), dayNumber(to)));
  }
}

/** Many draws from one fixed distribution: cumulative weights and a binary search. */
export class WeightedTable<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(items: readonly T[], weight: (item: T) => number) {
    for (const item of items) {
      const w = weight(item);
      if (w <= 0) continue;
      this.total += w;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
  }

  get size(): number {
    return this.items.length;
  }

  pick(rng: Rng): T {
    if (this.items.length === 0) throw new RangeError('pick from an empty table');
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
