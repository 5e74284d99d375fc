// The slice is a pure function of the seed and scale, and generating it leaves the registry and the
// party-building slice as they were.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePartyBuilding, generateProvince, generatePublicRevenue, generateRegistry } from '../index.js';
import { generatePublicRevenueSlice } from './index.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('determinism', () => {
  it('gives the same slice for the same seed, and another for another seed', () => {
    const registry = generateRegistry({ seed: 42, scale: 0.1 });
    const a = sha256(generatePublicRevenueSlice(42, 0.1, registry));
    expect(sha256(generatePublicRevenueSlice(42, 0.1, generateRegistry({ seed: 42, scale: 0.1 })))).toBe(a);
    expect(sha256(generatePublicRevenueSlice(43, 0.1, generateRegistry({ seed: 43, scale: 0.1 })))).not.toBe(a);
  });

  // (at a tenth of the province: hashing the whole slice's 60 MB of JSON takes seconds)
  it('memoises a slice per seed and scale, equal to a fresh one', () => {
    const slice = generatePublicRevenue({ scale: 0.1 });
    expect(generatePublicRevenue({ seed: 20240910, scale: 0.1 })).toBe(slice);
    expect(sha256(slice)).toBe(sha256(generatePublicRevenueSlice(20240910, 0.1, generateRegistry({ scale: 0.1 }))));
  });

  it('leaves the registry and party-building slices unchanged', () => {
    const registry = sha256(generateRegistry({ scale: 0.1 }));
    const party = sha256(generatePartyBuilding({ scale: 0.1 }));
    generatePublicRevenue({ scale: 0.1 });
    expect(sha256(generateProvince({ scale: 0.1 }).registry)).toBe(registry);
    expect(sha256(generatePartyBuilding({ scale: 0.1 }))).toBe(party);
  });

  it('keeps deposits exact at another scale', () => {
    const slice = generatePublicRevenue({ scale: 0.1 });
    const total = slice.deposits.reduce((sum, d) => sum + Number(d.amount.replace('.', '')), 0);
    expect(total).toBe(9_230_000_000);
  });

  it('is frozen, since every caller shares it', () => {
    const slice = generatePublicRevenue({ scale: 0.1 });
    expect(Object.isFrozen(slice.statements[0]!.revisions[0]!.lines)).toBe(true);
    expect(() => {
      (slice.deposits[0] as { amount: string }).amount = '0.00';
    }).toThrow(TypeError);
  });
});
