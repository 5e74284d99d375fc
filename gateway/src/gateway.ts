// The one door: @apollo/gateway executing the composed supergraph over HTTP to the subgraphs, behind
// @apollo/server. It verifies the token (a bad one is refused here, before any subgraph is asked),
// forwards Authorization and x-request-id, refuses operations over its limits or outside the safelist,
// isolates a failing subgraph (pool, timeout, circuit breaker), masks unexpected errors, and serves
// the explorer, /healthz, /readyz and /metrics.
import type http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createLogger, createTokenVerifier, maskError, sendJson, serveApolloHttp, type Logger, type TokenVerifier, type Viewer } from '@wuye/kit';
import { GraphQLError } from 'graphql';
import type { GatewayConfig } from './config.js';
import { explorerPage } from './explorer.js';
import { armorValidation, formatLimitError, LIMIT_CODES, operationLimitsPlugin } from './limits.js';
import { GatewayMetrics } from './metrics.js';
import { createStore, loadSafelist, OPERATION_NOT_IN_SAFELIST, preloadSafelist, safelistGate } from './persisted.js';
import { subgraphFetcher, type SubgraphFetcher } from './subgraph-fetch.js';
import { supergraphFromFile } from './supergraph-file.js';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  authorization?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  metrics: GatewayMetrics;
  /** the subgraphs of the loaded supergraph, by name (from its join__Graph enum) */
  subgraphs(): Record<string, string>;
  close(): Promise<void>;
}

/** the subgraphs a supergraph names: join__Graph values with @join__graph(name, url) */
export function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of supergraphSdl.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"\s*,\s*url:\s*"([^"]*)"\s*\)/g)) out[m[1]!] = m[2]!;
  return out;
}

const APQ_REFUSALS = new Set(['provided sha does not match query', 'Unsupported persisted query version']);
const GATEWAY_CODES = new Set([...LIMIT_CODES, OPERATION_NOT_IN_SAFELIST]);

export async function startGateway(config: GatewayConfig, options: { verifier?: TokenVerifier; log?: Logger } = {}): Promise<RunningGateway> {
  const log = options.log ?? createLogger('gateway');
  const verifier = options.verifier ?? createTokenVerifier();
  const metrics = new GatewayMetrics();
  const fetchers = new Map<string, SubgraphFetcher>();
  // one pool and breaker per subgraph endpoint (name and URL): kept across supergraph reloads, fresh when a subgraph moves
  const fetcherFor = (name: string, url: string) => {
    let f = fetchers.get(`${name} ${url}`);
    if (!f) {
      f = subgraphFetcher({
        name,
        timeoutMs: name.startsWith('plugin-') ? config.pluginTimeoutMs : config.subgraphTimeoutMs,
        connections: config.subgraphConnections,
        breakerFailures: config.breakerFailures,
        breakerCooldownMs: config.breakerCooldownMs,
        dedupe: config.dedupeSubgraphRequests,
        observe: metrics.observeFetch,
        onCircuitChange: metrics.onCircuitChange,
      });
      fetchers.set(`${name} ${url}`, f);
    }
    return f;
  };

  let subgraphs: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, config.pollIntervalMs, log),
    logger: { debug: () => {}, info: (m) => log.info(String(m)), warn: (m) => log.warn(String(m)), error: (m) => log.error(String(m)) },
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        fetcher: fetcherFor(name, url ?? "").fetch as never,
        willSendRequest: ({ request, context }) => {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
        },
      }),
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    subgraphs = subgraphsOf(coreSupergraphSdl);
    const current = new Set(Object.entries(subgraphs).map(([name, url]) => `${name} ${url}`));
    for (const [key, f] of fetchers) {
      if (current.has(key)) continue;
      fetchers.delete(key);
      void f.close(); // lets requests in flight finish
    }
  });
  countQueryPlanCache(gateway, metrics);

  const store = createStore(config.redisUrl);
  const safelist = config.safelistPath ? loadSafelist(config.safelistPath) : undefined;
  if (safelist) await preloadSafelist(store, safelist);
  const armor = armorValidation(config.limits, { blockFieldSuggestions: !config.introspection });
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginLandingPageDisabled(),
    ...(config.metrics ? [metrics.plugin() as ApolloServerPlugin<GatewayContext>] : []),
    operationLimitsPlugin(config.limits) as ApolloServerPlugin<GatewayContext>,
    ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
  ];

  let loaded = false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    persistedQueries: config.apq || safelist ? { cache: store, ttl: null } : false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    plugins,
    formatError: (formatted, error) => {
      let limited = formatLimitError(formatted, config.limits.maxTokens);
      // Apollo's own APQ refusals carry no code
      if ((!limited.extensions?.code || limited.extensions.code === 'INTERNAL_SERVER_ERROR') && APQ_REFUSALS.has(limited.message)) limited = { ...limited, extensions: { code: 'BAD_REQUEST' } };
      // a subgraph's HTTP answer (its URL among it) stays in the logs, not in the response
      if (limited.extensions?.response) {
        const { response: _response, ...extensions } = limited.extensions;
        limited = { ...limited, extensions };
      }
      if (GATEWAY_CODES.has(String(limited.extensions?.code))) return limited;
      return maskError(limited, error, (e) => log.error({ err: e }, 'unexpected error'));
    },
  });
  await apollo.start();
  loaded = true;

  const served = await serveApolloHttp({
    apollo,
    log,
    port: config.port,
    host: config.host,
    maxBodyBytes: config.limits.maxBodyBytes || Number.MAX_SAFE_INTEGER,
    browserPage: config.explorer ? explorerPage : undefined,
    onRequest: (req, res) => headers(config, req, res),
    // the safelist refuses before parsing and validation; the refusals count in the metrics' errors
    admit: safelist ? safelistGate(safelist, () => config.metrics && metrics.errors.inc({ code: OPERATION_NOT_IN_SAFELIST })) : undefined,
    routes: {
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/readyz': async (_req, res) => {
        const report = await readiness(loaded, subgraphs, config.readySubgraphs);
        sendJson(res, report.ready ? 200 : 503, report);
      },
      ...(config.metrics
        ? {
            '/metrics': async (_req: http.IncomingMessage, res: http.ServerResponse) => {
              res.writeHead(200, { 'content-type': metrics.registry.contentType });
              res.end(await metrics.registry.metrics());
            },
          }
        : {}),
    },
    context: async ({ headers, requestId }) => {
      const authorization = headers.get('authorization') ?? undefined;
      const viewer = await verifier.viewerFrom(authorization).catch((error: GraphQLError) => {
        throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
      });
      return { viewer, requestId, authorization };
    },
  });
  log.info({ url: served.url, supergraph: config.supergraphPath, safelist: safelist ? safelist.hashes.size : 'off', store: config.redisUrl ? 'redis' : 'memory' }, 'gateway ready');

  return {
    url: served.url,
    port: served.port,
    metrics,
    subgraphs: () => ({ ...subgraphs }),
    async close() {
      loaded = false;
      await served.close();
      await apollo.stop();
      await Promise.all([...fetchers.values()].map((f) => f.close()));
      await store.close?.();
    },
  };
}

/** counts hits and misses of @apollo/gateway's query-plan cache (it has no hook for this: the store's `get` is wrapped) */
function countQueryPlanCache(gateway: ApolloGateway, metrics: GatewayMetrics): void {
  const internals = gateway as unknown as { queryPlanStore?: { get(key: string): Promise<unknown> } };
  const store = internals.queryPlanStore;
  if (!store) return;
  const get = store.get.bind(store);
  store.get = async (key: string) => {
    const plan = await get(key);
    metrics.queryPlanCache.inc({ result: plan ? 'hit' : 'miss' });
    return plan;
  };
}

/** ready = the supergraph is loaded and every required subgraph answers its /healthz */
async function readiness(loaded: boolean, subgraphs: Record<string, string>, required: string[] | undefined) {
  if (!loaded || !Object.keys(subgraphs).length) return { ready: false, status: 'loading supergraph', subgraphs: {} };
  const names = required ?? Object.keys(subgraphs).filter((n) => !n.startsWith('plugin-'));
  const checks = await Promise.all(
    names.map(async (name) => {
      const url = subgraphs[name];
      if (!url) return [name, 'not in the supergraph'] as const;
      try {
        const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? 'ok' : `HTTP ${response.status}`] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  const ready = checks.every(([, s]) => s === 'ok');
  return { ready, status: ready ? 'ready' : 'subgraphs not answering', subgraphs: Object.fromEntries(checks) };
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  // not framed by other sites; scripts are not restricted here: the explorer is one page of inline scripts and workers
  'content-security-policy': "frame-ancestors 'none'",
};

/** security headers and CORS on every response; answers CORS preflights itself */
function headers(config: GatewayConfig, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (config.securityHeaders) for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  const origin = req.headers.origin;
  const allowed = origin && (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin));
  if (allowed) {
    res.setHeader('access-control-allow-origin', config.corsOrigins.includes('*') ? '*' : origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method === 'OPTIONS') {
    if (allowed) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', 'authorization, content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name');
      res.setHeader('access-control-max-age', '600');
    }
    res.writeHead(204);
    res.end();
    return true;
  }
  return false;
}

