// @wuye/plugin-sdk — everything a city plugin needs, and nothing of the core's internals.
export * from './builder.js';
export * from './core-fields.js';
export * from './core-query.js';
export * from './demo.js';
export * from './demo-random.js';
export * from './manifest.js';
export * from './plugin.js';
// the kit's pieces a plugin uses (a plugin imports the SDK only)
export {
  administers,
  chinaDate,
  defineLoader,
  groupedInKeyOrder,
  inKeyOrder,
  insertInChunks,
  isWithin,
  keysetConnection,
  levelOf,
  maskPersonalName,
  regionPrefix,
  runSubgraph,
  share,
  sql,
  WuyeError,
  type EntityManager,
  type Role,
  type SeedInput,
  type Viewer,
} from '@wuye/kit';
// entities and migrations are MikroORM's, as in the core subgraphs
export { defineEntity, p, type InferEntity, type MigrationObject } from '@mikro-orm/core';
export { Migration } from '@mikro-orm/migrations';
// exact decimal arithmetic for money (the Decimal scalar's values): never add yuan as floats
export { Decimal } from 'decimal.js';
