import { describe, expect, it } from 'vitest';
import { createPluginBuilder } from './builder.js';
import { demoCity } from './demo.js';
import { manifestProblems, type PluginManifest } from './manifest.js';

const manifest: PluginManifest = { name: 'zhangzhou', city: '350600', version: '0.1.0', contract: '^1.0.0', namespace: 'zhangzhou', extends: ['ResidentialEstate'], scopes: ['STREET_STAFF'], port: 4101 };

describe('manifest', () => {
  it('accepts a valid one', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('names every invalid field in one line each', () => {
    expect(manifestProblems({ ...manifest, city: '360100', version: 'one', contract: 'latest', port: 80 })).toEqual([
      expect.stringMatching(/^manifest\.city: must be a Fujian city code/),
      expect.stringMatching(/^manifest\.version: must be a semantic version/),
      expect.stringMatching(/^manifest\.contract: must be a semver range/),
      expect.stringMatching(/^manifest\.port: /),
    ]);
  });
});

describe('createPluginBuilder', () => {
  it('keys core entities as the contract publishes them, and only those the manifest extends', () => {
    const { core } = createPluginBuilder(manifest);
    expect(core.ResidentialEstate).toBeDefined();
    expect(() => core.Region).toThrow(/add "Region" to manifest\.extends/);
  });
});

describe('demoCity', () => {
  it('hands over the city\'s estates and companies only', () => {
    const city = demoCity('350600');
    expect(city.estates.length).toBeGreaterThan(100);
    expect(city.estates.every((e) => e.regionCode.startsWith('3506'))).toBe(true);
    expect(city.companies.every((c) => c.regionCode.startsWith('3506'))).toBe(true);
    expect(city.asOf).toBe('2024-09-10');
  });
});
