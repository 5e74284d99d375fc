// The core subgraphs `wuye` runs, composes, migrates and seeds. A new domain package adds one line.
import registry from '@wuye/registry';
import type { SubgraphDefinition } from '@wuye/kit';

export interface CoreSubgraph {
  definition: SubgraphDefinition<unknown>;
  /** the package folder, relative to the repo root (its src/main.ts is the process) */
  dir: string;
}

export const CORE_SUBGRAPHS: CoreSubgraph[] = [{ definition: registry as SubgraphDefinition<unknown>, dir: 'packages/registry' }];
