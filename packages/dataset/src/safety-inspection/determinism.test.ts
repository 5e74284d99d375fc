// The slice is a pure function of the seed and scale, and generating it leaves the registry and the
// other slices as they were.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePartyBuilding, generateProvince, generateRegistry, generateSafetyInspection } from '../index.js';
import { generatePartyBuildingSlice } from '../party-building/index.js';
import { generateSafetyInspectionSlice } from './index.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('determinism', () => {
  it('gives the same slice for the same seed, and another for another seed', () => {
    const a = sha256(generateSafetyInspectionSlice(42, 1, generateRegistry({ seed: 42 })));
    expect(sha256(generateSafetyInspectionSlice(42, 1, generateRegistry({ seed: 42 })))).toBe(a);
    expect(sha256(generateSafetyInspectionSlice(43, 1, generateRegistry({ seed: 43 })))).not.toBe(a);
  });

  it('memoises the default slice, equal to a fresh one', () => {
    const slice = generateSafetyInspection();
    expect(generateSafetyInspection({ seed: 20240910, scale: 1 })).toBe(slice);
    expect(sha256(slice)).toBe(sha256(generateSafetyInspectionSlice(20240910, 1, generateRegistry())));
  });

  it('leaves the registry and party-building slices unchanged', () => {
    const registry = sha256(generateRegistry());
    const party = sha256(generatePartyBuildingSlice(20240910, 1, generateRegistry()));
    generateSafetyInspection();
    expect(sha256(generateProvince().registry)).toBe(registry);
    expect(sha256(generatePartyBuilding())).toBe(party);
  });

  it('is frozen, since every caller shares it', () => {
    const slice = generateSafetyInspection();
    expect(Object.isFrozen(slice.draws[0]?.eligible)).toBe(true);
    expect(() => {
      (slice.findings[0] as { state: string }).state = 'VERIFIED';
    }).toThrow(TypeError);
  });

  it('keeps its proportions at other scales', () => {
    const half = generateSafetyInspectionSlice(20240910, 0.5, generateRegistry({ scale: 0.5 }));
    expect(half.draws).toHaveLength(19);
    expect(half.draws.reduce((sum, d) => sum + d.estateCount, 0)).toBe(394);
    const eligible = half.draws.flatMap((d) => d.eligible.map((e) => e.estateId));
    expect(new Set(eligible).size).toBe(eligible.length);
  });
});
