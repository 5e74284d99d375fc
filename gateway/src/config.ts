// The gateway's configuration: one typed object with defaults, every option also an env var.
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
  /** how often the supergraph file is checked for changes (ms) */
  pollIntervalMs: number;
  /** WUYE_SUBGRAPH_TIMEOUT_MS: a core subgraph's answer is awaited this long (default 10000) */
  subgraphTimeoutMs: number;
  /** WUYE_PLUGIN_TIMEOUT_MS: a plugin's answer is awaited this long (default 3000); its fields are null after */
  pluginTimeoutMs: number;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env, defaults: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    port: Number(env.WUYE_GATEWAY_PORT ?? defaults.port ?? 4000),
    host: env.WUYE_GATEWAY_HOST ?? defaults.host ?? '127.0.0.1',
    supergraphPath: env.WUYE_SUPERGRAPH ?? defaults.supergraphPath ?? 'supergraph.graphql',
    explorer: (env.WUYE_EXPLORER ?? String(defaults.explorer ?? true)) !== 'false',
    introspection: (env.WUYE_INTROSPECTION ?? String(defaults.introspection ?? true)) !== 'false',
    pollIntervalMs: Number(env.WUYE_SUPERGRAPH_POLL_MS ?? defaults.pollIntervalMs ?? 1000),
    subgraphTimeoutMs: Number(env.WUYE_SUBGRAPH_TIMEOUT_MS ?? defaults.subgraphTimeoutMs ?? 10_000),
    pluginTimeoutMs: Number(env.WUYE_PLUGIN_TIMEOUT_MS ?? defaults.pluginTimeoutMs ?? 3_000),
  };
}
