// The slice is a pure function of the seed and scale, and generating it leaves the registry as it was.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePartyBuilding, generateProvince, generateRegistry } from '../index.js';
import { generatePartyBuildingSlice } from './index.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('determinism', () => {
  it('gives the same slice for the same seed, and another for another seed', () => {
    const a = sha256(generatePartyBuildingSlice(42, 1, generateRegistry({ seed: 42 })));
    expect(sha256(generatePartyBuildingSlice(42, 1, generateRegistry({ seed: 42 })))).toBe(a);
    expect(sha256(generatePartyBuildingSlice(43, 1, generateRegistry({ seed: 43 })))).not.toBe(a);
  });

  it('memoises the default slice, equal to a fresh one', () => {
    const slice = generatePartyBuilding();
    expect(generatePartyBuilding({ seed: 20240910, scale: 1 })).toBe(slice);
    expect(sha256(slice)).toBe(sha256(generatePartyBuildingSlice(20240910, 1, generateRegistry())));
  });

  it('leaves the registry slice unchanged', () => {
    const before = sha256(generateRegistry());
    generatePartyBuilding();
    expect(sha256(generateProvince().registry)).toBe(before);
    expect(sha256(generateRegistry())).toBe(before);
  });

  it('is frozen, since every caller shares it', () => {
    const slice = generatePartyBuilding();
    expect(Object.isFrozen(slice.organizations)).toBe(true);
    expect(Object.isFrozen(slice.sites[0]?.estateIds)).toBe(true);
    expect(() => {
      (slice.organizations[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });
});
