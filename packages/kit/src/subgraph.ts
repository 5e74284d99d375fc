// What a domain package declares; the kit turns it into a served subgraph, migrations and seeding.
import type { MigrationObject } from '@mikro-orm/core';
import type { EntityManager, EntitySchema } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from './context.js';
import { domainEventsMigration } from './events/outbox.js';
import type { EventSubscription } from './events/types.js';

export interface SeedInput {
  em: EntityManager;
  /** the demo province's scale (1 = the seed document's figures) */
  scale: number;
  log: (line: string) => void;
}

export interface SubgraphDefinition<Loaders = unknown> {
  /** the subgraph's name in the supergraph, e.g. 'registry' */
  name: string;
  /** default port (ARCHITECTURE.md § Running); PORT overrides it */
  port: number;
  /** the PostgreSQL schema it owns, e.g. 'registry' */
  dbSchema: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any, any>[];
  migrations: MigrationObject[];
  /** the federated schema (built once, lazily) */
  schema: () => GraphQLSchema;
  /** per-request loaders beyond those Pothos keeps on its own refs */
  loaders?: (ctx: BaseContext) => Loaders;
  /** writes this subgraph's slice of the demo province into an empty schema; returns row counts */
  seed?: (input: SeedInput) => Promise<Record<string, number>>;
  /** domain events: the types it records in its outbox (recordEvent), and what it subscribes to */
  events?: {
    publishes?: readonly string[];
    subscriptions?: readonly EventSubscription[];
  };
}

export function defineSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>): SubgraphDefinition<Loaders> {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`subgraph name "${definition.name}" must be lower-case kebab-case`);
  if (!/^[a-z][a-z0-9_]*$/.test(definition.dbSchema)) throw new Error(`dbSchema "${definition.dbSchema}" must be a lower-case SQL identifier`);
  const foreign = definition.events?.publishes?.find((type) => !type.startsWith(`${definition.name}.`));
  if (foreign) throw new Error(`event type "${foreign}" must start with the subgraph's name: "${definition.name}.<Fact>"`);
  let schema: GraphQLSchema | undefined;
  return {
    ...definition,
    // the outbox and inbox tables come with declaring events
    migrations: definition.events ? [...definition.migrations, domainEventsMigration] : definition.migrations,
    schema: () => (schema ??= definition.schema()),
  };
}
