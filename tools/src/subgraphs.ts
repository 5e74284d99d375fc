// The core subgraphs `wuye` runs, composes, migrates and seeds — known by name, port and folder; a new
// domain package adds one line. Definitions (schema, entities, seed) load only for the commands that
// need them, so the long-running orchestrator of `wuye start` stays small.
import type { SubgraphDefinition } from '@wuye/kit';

export interface CoreSubgraph {
  name: string;
  /** default port (ARCHITECTURE.md § Running) */
  port: number;
  /** the package folder, relative to the repo root; its src/main.ts is the process */
  dir: string;
  load: () => Promise<SubgraphDefinition<unknown>>;
}

export const CORE_SUBGRAPHS: CoreSubgraph[] = [
  { name: 'registry', port: 4001, dir: 'packages/registry', load: async () => (await import('@wuye/registry')).default as SubgraphDefinition<unknown> },
  { name: 'party-building', port: 4002, dir: 'packages/party-building', load: async () => (await import('@wuye/party-building')).default as SubgraphDefinition<unknown> },
  { name: 'public-revenue', port: 4003, dir: 'packages/public-revenue', load: async () => (await import('@wuye/public-revenue')).default as SubgraphDefinition<unknown> },
  { name: 'credit', port: 4004, dir: 'packages/credit', load: async () => (await import('@wuye/credit')).default as SubgraphDefinition<unknown> },
  { name: 'safety-inspection', port: 4005, dir: 'packages/safety-inspection', load: async () => (await import('@wuye/safety-inspection')).default as SubgraphDefinition<unknown> },
  { name: 'regulations', port: 4006, dir: 'packages/regulations', load: async () => (await import('@wuye/regulations')).default as SubgraphDefinition<unknown> },
  { name: 'governance', port: 4007, dir: 'packages/governance', load: async () => (await import('@wuye/governance')).default as SubgraphDefinition<unknown> },
];

export const loadDefinitions = (): Promise<SubgraphDefinition<unknown>[]> => Promise.all(CORE_SUBGRAPHS.map((s) => s.load()));
