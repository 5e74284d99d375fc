import { createRequire } from 'node:module';
import { mergeConfig } from 'vitest/config';
import { vitestConfig } from '../vitest.shared.js';

// @apollo/gateway and @apollo/server load graphql as CommonJS (index.js); our sources must get the same
// copy, not vite's pick of index.mjs, or the schema's types fail graphql's cross-realm instanceof checks.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default mergeConfig(vitestConfig({ globalSetup: ['./src/test/global-setup.ts'] }), {
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
});
