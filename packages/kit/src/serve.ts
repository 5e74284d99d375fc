// Serves one subgraph over HTTP: /graphql, /healthz (liveness), /readyz (database reachable).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { createTokenVerifier, type TokenVerifier } from './auth/tokens.js';
import { createClock, type Clock } from './clock.js';
import { createRequestContext, type RequestContext } from './context.js';
import { createOrm, type MikroORM } from './db/orm.js';
import { maskError } from './errors.js';
import { sendJson, serveApolloHttp } from './http.js';
import { createLogger, type Logger } from './logger.js';
import { createServiceClient, type ServiceClient } from './service-client.js';
import type { SubgraphDefinition } from './subgraph.js';

export interface ServeOptions {
  /** 0 picks a free port (tests); default: the definition's port */
  port?: number;
  host?: string;
  /** an ORM the caller owns (tests); else one is created from databaseUrl and closed on close() */
  orm?: MikroORM;
  databaseUrl?: string;
  clock?: Clock;
  verifier?: TokenVerifier;
  log?: Logger;
  /** how this subgraph reaches others (default: WUYE_SUBGRAPH_URLS) */
  services?: ServiceClient;
}

export interface ServedSubgraph {
  name: string;
  url: string;
  port: number;
  orm: MikroORM;
  close(): Promise<void>;
}

export async function serveSubgraph<L>(definition: SubgraphDefinition<L>, options: ServeOptions = {}): Promise<ServedSubgraph> {
  const log = options.log ?? createLogger(definition.name);
  const clock = options.clock ?? createClock();
  const verifier = options.verifier ?? createTokenVerifier();
  const services = options.services ?? createServiceClient();
  const ownsOrm = !options.orm;
  const orm = options.orm ?? (await createOrm({ url: requireUrl(options.databaseUrl), dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations }));

  const apollo = new ApolloServer<RequestContext<L>>({
    schema: definition.schema(),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => maskError(formatted, error, (e) => log.error({ err: e }, 'unexpected error')),
  });
  await apollo.start();

  const http = await serveApolloHttp({
    apollo,
    log,
    port: options.port ?? definition.port,
    host: options.host,
    routes: {
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', subgraph: definition.name }),
      '/readyz': async (_req, res) => {
        const ready = await orm.em.getConnection().isConnected().catch(() => false);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable', subgraph: definition.name });
      },
    },
    context: async ({ headers, requestId }) => {
      const viewer = await verifier.viewerFrom(headers.get('authorization')).catch((error: GraphQLError) => {
        throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
      });
      return createRequestContext({ orm, viewer, requestId, log, clock, services, loaders: definition.loaders });
    },
  });

  return {
    name: definition.name,
    url: http.url,
    port: http.port,
    orm,
    async close() {
      await http.close();
      await apollo.stop();
      if (ownsOrm) await orm.close();
    },
  };
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error('No database: set DATABASE_URL (or pass databaseUrl / orm).');
  return url;
}
