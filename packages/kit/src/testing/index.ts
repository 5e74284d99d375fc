// Test helpers of the kit. Register ./global-setup.ts as vitest globalSetup (one PostgreSQL per run),
// then give each test file its own database with createTestDatabase / createTestDatabaseFrom.
export { createTestDatabase, createTestDatabaseFrom, type TestDatabase } from './database.js';
export { startEntityStandIn, type EntityStandIn, type Representation } from './entity-stand-in.js';
export { startSubgraphForTest, type SubgraphUnderTest } from './subgraph.js';
