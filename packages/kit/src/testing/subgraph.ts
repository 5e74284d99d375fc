// A subgraph under test: its own database cloned from a migrated and seeded template, an ORM that
// counts SQL statements, and the subgraph served on a free port.
import { createHash } from 'node:crypto';
import { createClock } from '../clock.js';
import { createOrm, migrate, type MikroORM } from '../db/orm.js';
import { seedIfEmpty } from '../db/seeding.js';
import { createLogger } from '../logger.js';
import { serveSubgraph, type ServedSubgraph } from '../serve.js';
import { createServiceClient } from '../service-client.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { createTestDatabaseFrom, type TestDatabase } from './database.js';

export interface SubgraphUnderTest {
  served: ServedSubgraph;
  orm: MikroORM;
  database: TestDatabase;
  /** SQL statements sent since the last reset */
  statements: string[];
  /** POSTs a GraphQL request to the served subgraph */
  query<T = unknown>(query: string, options?: { variables?: Record<string, unknown>; token?: string }): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

export async function startSubgraphForTest<L>(
  definition: SubgraphDefinition<L>,
  options: { scale?: number; now?: string; fingerprint?: string; /** URLs of other subgraphs it asks (service client) */ subgraphUrls?: Record<string, string> } = {},
): Promise<SubgraphUnderTest> {
  // the template is rebuilt whenever migrations or the seeded data change
  const fingerprint = createHash('sha256')
    .update(definition.migrations.map((m) => `${m.name}\n${String(m.class)}`).join('\n'))
    .update(options.fingerprint ?? '')
    .update(String(options.scale ?? 1))
    .digest('hex')
    .slice(0, 12);
  const database = await createTestDatabaseFrom(`${definition.dbSchema}_${fingerprint}`, async (url) => {
    const orm = await createOrm({ url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations, poolMax: 2 });
    try {
      await migrate(orm);
      await seedIfEmpty(definition, orm, { scale: options.scale });
    } finally {
      await orm.close();
    }
  }, definition.name);
  const statements: string[] = [];
  const orm = await createOrm({ url: database.url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations, onQuery: (sql) => statements.push(sql) });
  const served = await serveSubgraph(definition, { orm, port: 0, services: createServiceClient(options.subgraphUrls ?? {}), clock: createClock(options.now ?? '2024-09-10'), log: createLogger(definition.name, process.env.LOG_LEVEL ?? 'silent') });
  return {
    served,
    orm,
    database,
    statements,
    async query(query, { variables, token } = {}) {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    },
    async close() {
      await served.close();
      await orm.close();
      await database.drop();
    },
  };
}
