// The gateway's configuration: one typed object with defaults, every option also an env var.
// README § Gateway settings lists them all; keep the two in step.

/** Operation limits, checked before anything is executed (see limits.ts). 0 turns a limit off. */
export interface LimitsConfig {
  /** WUYE_MAX_DEPTH: nesting of selections (default 15) */
  maxDepth: number;
  /** WUYE_MAX_ALIASES: aliases in one operation (default 30) */
  maxAliases: number;
  /** WUYE_MAX_ROOT_FIELDS: top-level fields in one operation (default 20) */
  maxRootFields: number;
  /** WUYE_MAX_DIRECTIVES: directives in one operation (default 50) */
  maxDirectives: number;
  /** WUYE_MAX_TOKENS: lexical tokens in a document — the parser stops there (default 5000) */
  maxTokens: number;
  /** WUYE_MAX_DOCUMENT_BYTES: size of the query text in bytes (default 32768) */
  maxDocumentBytes: number;
  /** WUYE_MAX_BODY_BYTES: size of an HTTP request body (default 1 MiB); over it: 413 */
  maxBodyBytes: number;
  /** WUYE_MAX_LIST_SIZE: largest `first` / `last` a client may ask for (default 1000, the subgraphs' page cap) */
  maxListSize: number;
  /** WUYE_MAX_COST: estimated cost of an operation (default 50000; see costOf in limits.ts) */
  maxCost: number;
  /** WUYE_COST_WEIGHTS: JSON { "Type.field": weight } overriding the default weights (1 per object field, 0 per leaf) */
  costWeights: Record<string, number>;
  /** WUYE_COST_DEFAULT_LIST_SIZE: assumed length of a list field without `first` / `last` (default 10) */
  defaultListSize: number;
}

export interface GatewayConfig {
  /** WUYE_GATEWAY_PORT (default 4000) */
  port: number;
  /** WUYE_GATEWAY_HOST (default 127.0.0.1) */
  host: string;
  /** WUYE_SUPERGRAPH: path of the composed supergraph SDL; changes are picked up without a restart */
  supergraphPath: string;
  /** WUYE_EXPLORER=false turns the explorer page off */
  explorer: boolean;
  /** WUYE_INTROSPECTION=false turns introspection off */
  introspection: boolean;
  /** WUYE_SUPERGRAPH_POLL_MS: how often the supergraph file is checked for changes (ms) */
  pollIntervalMs: number;
  /** WUYE_SUBGRAPH_TIMEOUT_MS: a core subgraph's answer is awaited this long (default 10000) */
  subgraphTimeoutMs: number;
  /** WUYE_PLUGIN_TIMEOUT_MS: a plugin's answer is awaited this long (default 3000); its fields are null after */
  pluginTimeoutMs: number;
  limits: LimitsConfig;
  /** WUYE_APQ=false turns automatic persisted queries off (default on) */
  apq: boolean;
  /** WUYE_SAFELIST: path of a JSON manifest of the operations allowed to run; unset = any operation */
  safelistPath?: string;
  /** WUYE_REDIS_URL: the persisted-query store in Redis (shared by gateway instances); unset = in memory */
  redisUrl?: string;
  /** WUYE_SUBGRAPH_CONNECTIONS: keep-alive connections per subgraph (default 64) */
  subgraphConnections: number;
  /** WUYE_DEDUPE_SUBGRAPH_REQUESTS=false: identical queries in flight to a subgraph (same body and authorization) no longer share one request */
  dedupeSubgraphRequests: boolean;
  /** WUYE_BREAKER_FAILURES: consecutive failures that open a subgraph's circuit (default 5; 0 = no breaker) */
  breakerFailures: number;
  /** WUYE_BREAKER_COOLDOWN_MS: how long an open circuit fails fast before one trial request (default 10000) */
  breakerCooldownMs: number;
  /** WUYE_READY_SUBGRAPHS: comma-separated subgraphs /readyz requires (default: every subgraph not named plugin-*) */
  readySubgraphs?: string[];
  /** WUYE_METRICS=false turns /metrics off */
  metrics: boolean;
  /** WUYE_CORS_ORIGINS: comma-separated allowed origins, or * (default: none — no CORS headers) */
  corsOrigins: string[];
  /** WUYE_SECURITY_HEADERS=false drops the security headers (nosniff, frame-ancestors, referrer policy) */
  securityHeaders: boolean;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 15,
  maxAliases: 30,
  maxRootFields: 20,
  maxDirectives: 50,
  maxTokens: 5000,
  maxDocumentBytes: 32 * 1024,
  maxBodyBytes: 1024 * 1024,
  maxListSize: 1000,
  maxCost: 50_000,
  costWeights: {},
  defaultListSize: 10,
};

type Defaults = Partial<Omit<GatewayConfig, 'limits'>> & { limits?: Partial<LimitsConfig> };

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env, defaults: Defaults = {}): GatewayConfig {
  const num = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name}=${value}: expected a number ≥ 0`);
    return n;
  };
  const flag = (name: string, fallback: boolean) => (env[name] ?? String(fallback)) !== 'false';
  const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const l = { ...DEFAULT_LIMITS, ...defaults.limits };
  return {
    port: num('WUYE_GATEWAY_PORT', defaults.port ?? 4000),
    host: env.WUYE_GATEWAY_HOST ?? defaults.host ?? '127.0.0.1',
    supergraphPath: env.WUYE_SUPERGRAPH ?? defaults.supergraphPath ?? 'supergraph.graphql',
    explorer: flag('WUYE_EXPLORER', defaults.explorer ?? true),
    introspection: flag('WUYE_INTROSPECTION', defaults.introspection ?? true),
    pollIntervalMs: num('WUYE_SUPERGRAPH_POLL_MS', defaults.pollIntervalMs ?? 1000),
    subgraphTimeoutMs: num('WUYE_SUBGRAPH_TIMEOUT_MS', defaults.subgraphTimeoutMs ?? 10_000),
    pluginTimeoutMs: num('WUYE_PLUGIN_TIMEOUT_MS', defaults.pluginTimeoutMs ?? 3_000),
    limits: {
      maxDepth: num('WUYE_MAX_DEPTH', l.maxDepth),
      maxAliases: num('WUYE_MAX_ALIASES', l.maxAliases),
      maxRootFields: num('WUYE_MAX_ROOT_FIELDS', l.maxRootFields),
      maxDirectives: num('WUYE_MAX_DIRECTIVES', l.maxDirectives),
      maxTokens: num('WUYE_MAX_TOKENS', l.maxTokens),
      maxDocumentBytes: num('WUYE_MAX_DOCUMENT_BYTES', l.maxDocumentBytes),
      maxBodyBytes: num('WUYE_MAX_BODY_BYTES', l.maxBodyBytes),
      maxListSize: num('WUYE_MAX_LIST_SIZE', l.maxListSize),
      maxCost: num('WUYE_MAX_COST', l.maxCost),
      costWeights: env.WUYE_COST_WEIGHTS ? (JSON.parse(env.WUYE_COST_WEIGHTS) as Record<string, number>) : l.costWeights,
      defaultListSize: num('WUYE_COST_DEFAULT_LIST_SIZE', l.defaultListSize),
    },
    apq: flag('WUYE_APQ', defaults.apq ?? true),
    safelistPath: env.WUYE_SAFELIST || defaults.safelistPath,
    redisUrl: env.WUYE_REDIS_URL || defaults.redisUrl,
    subgraphConnections: num('WUYE_SUBGRAPH_CONNECTIONS', defaults.subgraphConnections ?? 64),
    dedupeSubgraphRequests: flag('WUYE_DEDUPE_SUBGRAPH_REQUESTS', defaults.dedupeSubgraphRequests ?? true),
    breakerFailures: num('WUYE_BREAKER_FAILURES', defaults.breakerFailures ?? 5),
    breakerCooldownMs: num('WUYE_BREAKER_COOLDOWN_MS', defaults.breakerCooldownMs ?? 10_000),
    readySubgraphs: env.WUYE_READY_SUBGRAPHS !== undefined ? list(env.WUYE_READY_SUBGRAPHS) : defaults.readySubgraphs,
    metrics: flag('WUYE_METRICS', defaults.metrics ?? true),
    corsOrigins: env.WUYE_CORS_ORIGINS !== undefined ? list(env.WUYE_CORS_ORIGINS) : (defaults.corsOrigins ?? []),
    securityHeaders: flag('WUYE_SECURITY_HEADERS', defaults.securityHeaders ?? true),
  };
}
