// Asking a core subgraph a root query at request time (e.g. party-building's `crossAppointments`), for
// facts that are not reachable as an entity reference: answered from its data now — never copied into
// the plugin's schema. The kit's service client sends it with a service token to the subgraph's URL
// (WUYE_SUBGRAPH_URLS, set by `wuye start` / `wuye stack`; `subgraphUrls` in startPluginForTest).
import { loadContract } from '@wuye/contract';
import type { PluginContext } from './builder.js';

/**
 * Runs `query` (with `variables`) at the core subgraph `subgraph` (a name of the published contract, e.g.
 * 'party-building') as the platform's service, and returns its `data`. The query must be valid against
 * `packages/contract/contract/subgraphs/<subgraph>.graphql`. A subgraph that is unreachable or answers
 * with errors fails the field with INTERNAL_SERVER_ERROR, never with partial data.
 */
export async function queryCore<T>(ctx: Pick<PluginContext, 'services'>, subgraph: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const core = Object.keys(loadContract().subgraphs);
  if (!core.includes(subgraph)) throw new Error(`"${subgraph}" is not a core subgraph of the published contract (${core.join(', ')})`);
  return ctx.services.query<T>(subgraph, query, variables);
}
