// The standalone process of a subgraph (`src/main.ts` of each domain package calls this).
import { createClock } from './clock.js';
import { createOrm, migrate } from './db/orm.js';
import { startDomainEvents } from './events/runtime.js';
import { createLogger } from './logger.js';
import { initTracing, shutdownTracing } from './tracing.js';
import { serveSubgraph } from './serve.js';
import type { SubgraphDefinition } from './subgraph.js';

export async function runSubgraph<L>(definition: SubgraphDefinition<L>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = createLogger(definition.name);
  initTracing(definition.name, env); // before the ORM: SQL spans are switched on with it
  const url = env.DATABASE_URL;
  if (!url) throw new Error(`${definition.name}: DATABASE_URL is not set (\`npm start\` sets it for every subgraph).`);
  const orm = await createOrm({ url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations });
  if (env.WUYE_MIGRATE !== 'false') {
    const applied = await migrate(orm);
    if (applied.length) log.info({ applied }, 'migrations applied');
  }
  const clock = createClock(env.WUYE_NOW);
  const served = await serveSubgraph(definition, { orm, clock, log, port: env.PORT ? Number(env.PORT) : definition.port, host: env.HOST });
  log.info({ url: served.url, clock: clock.pinned ? `pinned at ${env.WUYE_NOW}` : 'system time' }, `${definition.name} subgraph ready`);
  const events = await startDomainEvents(definition as SubgraphDefinition<unknown>, { orm, url: env.WUYE_EVENTS_URL ?? url, log, clock, pollMs: env.WUYE_EVENTS_POLL_MS ? Number(env.WUYE_EVENTS_POLL_MS) : undefined });
  const stop = async () => {
    await events?.close();
    await served.close();
    await orm.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
