// The one door: @apollo/gateway executing the composed supergraph over HTTP to the subgraphs, behind
// @apollo/server. It verifies the token (a bad one is refused here, before any subgraph is asked),
// forwards Authorization and x-request-id, masks unexpected errors and serves the explorer.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createLogger, createTokenVerifier, maskError, sendJson, serveApolloHttp, type Logger, type TokenVerifier, type Viewer } from '@wuye/kit';
import { GraphQLError } from 'graphql';
import type { GatewayConfig } from './config.js';
import { explorerPage } from './explorer.js';
import { supergraphFromFile } from './supergraph-file.js';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  authorization?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, options: { verifier?: TokenVerifier; log?: Logger } = {}): Promise<RunningGateway> {
  const log = options.log ?? createLogger('gateway');
  const verifier = options.verifier ?? createTokenVerifier();

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, config.pollIntervalMs, log),
    logger: { debug: () => {}, info: (m) => log.info(String(m)), warn: (m) => log.warn(String(m)), error: (m) => log.error(String(m)) },
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest: ({ request, context }) => {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
        },
      }),
  });

  let ready = false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => maskError(formatted, error, (e) => log.error({ err: e }, 'unexpected error')),
  });
  await apollo.start();
  ready = true;

  const http = await serveApolloHttp({
    apollo,
    log,
    port: config.port,
    host: config.host,
    browserPage: config.explorer ? explorerPage : undefined,
    routes: {
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/readyz': (_req, res) => sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'loading supergraph' }),
    },
    context: async ({ headers, requestId }) => {
      const authorization = headers.get('authorization') ?? undefined;
      const viewer = await verifier.viewerFrom(authorization).catch((error: GraphQLError) => {
        throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
      });
      return { viewer, requestId, authorization };
    },
  });
  log.info({ url: http.url, supergraph: config.supergraphPath }, 'gateway ready');

  return {
    url: http.url,
    port: http.port,
    async close() {
      ready = false;
      await http.close();
      await apollo.stop();
    },
  };
}
