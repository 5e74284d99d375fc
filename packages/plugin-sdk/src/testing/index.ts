// Test helpers for plugins: the plugin alone over its own database (as the gateway would query it),
// or the whole federation with the plugin behind a real gateway.
export {
  createTestDatabase,
  startSubgraphForTest as startPluginForTest,
  type SubgraphUnderTest as PluginUnderTest,
  // core subgraphs stood in for in a plugin's own tests: `_entities` lookups and root queries
  startSubgraphStandIn as startCoreStandIn,
  type Representation as CoreRepresentation,
  type SubgraphStandIn as CoreStandIn,
  type SubgraphStandInOptions as CoreStandInOptions,
} from '@wuye/kit/testing';
export { signToken } from '@wuye/kit';
export { startFederation, type Federation } from './harness.js';
export { describedProblems } from './descriptions.js';
