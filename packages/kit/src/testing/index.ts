// Test helpers of the kit. Register ./global-setup.ts as vitest globalSetup (one PostgreSQL per run),
// then give each test file its own database with createTestDatabase / createTestDatabaseFrom.
export { createTestDatabase, createTestDatabaseFrom, type TestDatabase } from './database.js';
export { startSubgraphStandIn, type Representation, type SubgraphStandIn, type SubgraphStandInOptions } from './subgraph-stand-in.js';
export { startSubgraphForTest, type SubgraphUnderTest } from './subgraph.js';
