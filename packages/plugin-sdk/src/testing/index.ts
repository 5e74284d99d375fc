// Test helpers for plugins: the plugin alone over its own database (as the gateway would query it),
// or the whole federation with the plugin behind a real gateway.
export { createTestDatabase, startSubgraphForTest as startPluginForTest, type SubgraphUnderTest as PluginUnderTest } from '@wuye/kit/testing';
export { signToken } from '@wuye/kit';
export { startFederation, type Federation } from './harness.js';
