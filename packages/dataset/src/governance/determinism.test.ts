// The slice is a pure function of the seed and scale, memoised and frozen, and leaves the registry alone;
// the seed's figures hold at another scale too.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateGovernance, generateProvince, generateRegistry } from '../index.js';
import { GOVERNANCE_FIGURES } from './figures.js';
import { generateGovernanceSlice } from './index.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('determinism', () => {
  it('gives the same slice for the same seed, and another for another seed', () => {
    const a = sha256(generateGovernanceSlice(42, 0.1, generateRegistry({ seed: 42, scale: 0.1 })));
    expect(sha256(generateGovernanceSlice(42, 0.1, generateRegistry({ seed: 42, scale: 0.1 })))).toBe(a);
    expect(sha256(generateGovernanceSlice(43, 0.1, generateRegistry({ seed: 43, scale: 0.1 })))).not.toBe(a);
  });

  it('memoises a slice per seed and scale, equal to a fresh one, and leaves the registry as it was', () => {
    const registry = sha256(generateProvince().registry);
    const slice = generateGovernance();
    expect(generateGovernance({ seed: 20240910, scale: 1 })).toBe(slice);
    expect(sha256(slice)).toBe(sha256(generateGovernanceSlice(20240910, 1, generateRegistry())));
    expect(sha256(generateProvince().registry)).toBe(registry);
  });

  it('keeps the province\'s figures at another scale', () => {
    const slice = generateGovernance({ scale: 0.1 });
    const count = (m: string) => slice.gridIntegrations.filter((g) => g.milestone === m).length;
    expect([count('GRID_MERGED'), count('WHISTLE_REPORT'), count('PLATFORM_CONNECTED')]).toEqual([35, 41, 17]);
    expect(slice.mediations.filter((m) => m.state === 'AGREEMENT' && m.concludedOn!.startsWith('2023'))).toHaveLength(GOVERNANCE_FIGURES.mediationsResolved);
    expect(slice.pilots).toHaveLength(12);
  });

  it('is frozen, since every caller shares it', () => {
    const slice = generateGovernance();
    expect(Object.isFrozen(slice.mediations[0]!.parties)).toBe(true);
    expect(() => {
      (slice.pilots[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });
});
