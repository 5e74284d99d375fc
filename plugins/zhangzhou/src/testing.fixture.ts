// Shared by the integration tests: the plugin on its own database (cloned from a template rebuilt when
// the demo data or the migration changes), tokens, the demo rows to count against, and a stand-in
// registry for the one write that asks the registry (where an estate lies).
import { createHash } from 'node:crypto';
import { demoCity } from '@wuye/plugin-sdk';
import { signToken, startCoreStandIn, startPluginForTest, type CoreStandIn, type PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { generateGridCases } from './demo-data.js';
import plugin from './index.js';
import { migrations } from './migrations/index.js';

export const city = demoCity('350600');
export const xiamen = demoCity('350200');
export const demo = generateGridCases(city);

const fingerprint = createHash('sha256')
  .update(JSON.stringify(demo))
  .update(migrations.map((m) => String(m.class)).join('\n'))
  .digest('hex');

export function startZhangzhou(options: { now?: string; subgraphUrls?: Record<string, string> } = {}): Promise<PluginUnderTest> {
  return startPluginForTest(plugin, { fingerprint, ...options });
}

export type Role = Parameters<typeof signToken>[0]['role'];
export const token = (role: Role, region: string): Promise<string> => signToken({ role, region });

export type Result<T> = Awaited<ReturnType<PluginUnderTest['query']>> & { data?: T };

/** The registry as far as this plugin asks it: ResidentialEstate { id regionCode } for 漳州's and 厦门's demo estates. */
export function startRegistryStandIn(): Promise<CoreStandIn> {
  const estates = new Map([...city.estates, ...xiamen.estates].map((e) => [e.id, e]));
  return startCoreStandIn({
    entities: (r) => {
      const estate = r.__typename === 'ResidentialEstate' ? estates.get(String(r.id)) : undefined;
      return estate ? { id: estate.id, regionCode: estate.regionCode } : null;
    },
  });
}
