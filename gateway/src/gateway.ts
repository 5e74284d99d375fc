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

/**
 * fetch for one subgraph: a slow or hung subgraph costs its own fields only, and only for `timeoutMs`
 * (plugins get less); when it does not answer the client learns which subgraph — not its URL or the
 * socket error.
 */
function boundedFetch(name: string, timeoutMs: number) {
  return async (input: string, init?: RequestInit): Promise<Response> => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new GraphQLError(`The ${name} subgraph ${timedOut ? `did not answer within ${timeoutMs} ms` : 'is unreachable'}: its fields are null in this response.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
      });
    }
  };
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
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        fetcher: boundedFetch(name, name.startsWith('plugin-') ? config.pluginTimeoutMs : config.subgraphTimeoutMs) as never,
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
