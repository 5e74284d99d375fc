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

describe('vendor-path additions', () => {
  it('names the fix when a root type was never declared', () => {
    const { builder, toSchema } = createPluginBuilder(manifest);
    builder.queryType({ description: 'Query root' });
    builder.mutationFields((t) => ({ zhangzhouPing: t.string({ resolve: () => 'pong' }) }));
    expect(() => toSchema()).toThrow(/builder\.mutationType\(\{ description: 'Mutation root' \}\)/);
  });

  it('lets a plugin refer to party-building\'s PartyOrganization when its manifest lists it', () => {
    const { core } = createPluginBuilder({ ...manifest, extends: ['PartyOrganization'] });
    expect(core.PartyOrganization).toBeDefined();
  });

  it('hands over each demo estate\'s registry service mode (who has no service, for "大物业")', () => {
    const estates = demoCity('350200').estates;
    expect(new Set(estates.map((e) => e.serviceMode))).toContain('NONE');
    expect(estates.every((e) => e.fallbackSince === null || /^\d{4}-\d{2}-\d{2}$/.test(e.fallbackSince))).toBe(true);
  });

  it('asks a core subgraph a root query with a service token, and a stand-in answers it', async () => {
    const { createServiceClient } = await import('@wuye/kit');
    const { startCoreStandIn } = await import('./testing/index.js');
    const { queryCore } = await import('./core-query.js');
    const stand = await startCoreStandIn({ query: (_q: string, variables: Record<string, unknown>) => ({ echo: variables.x }) });
    const ctx = { services: createServiceClient({ 'party-building': stand.url }) };
    try {
      expect(await queryCore<{ echo: number }>(ctx, 'party-building', 'query($x: Int) { echo(x: $x) }', { x: 7 })).toEqual({ echo: 7 });
      await expect(queryCore(ctx, 'nowhere', '{ x }')).rejects.toThrow(/not a core subgraph/);
      expect(stand.requests).toHaveLength(1);
    } finally {
      await stand.close();
    }
  });
});
