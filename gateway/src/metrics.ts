// Prometheus metrics (prom-client, a registry per gateway): requests and their latency per operation
// name, errors by code, subgraph fetches by subgraph and outcome, query-plan cache hits, requests in
// flight and each subgraph's circuit state.
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorCodeOf } from './limits.js';
import type { CircuitState } from './subgraph-fetch.js';

const MAX_OPERATION_NAMES = 500;

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'wuye_gateway_requests_total', help: 'GraphQL requests by operation name', labelNames: ['operation'], registers: [this.registry] });
  readonly errors = new Counter({ name: 'wuye_gateway_errors_total', help: 'GraphQL errors in responses by extensions.code', labelNames: ['code'], registers: [this.registry] });
  readonly duration = new Histogram({
    name: 'wuye_gateway_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly subgraphFetch = new Histogram({
    name: 'wuye_gateway_subgraph_fetch_duration_seconds',
    help: 'Fetches from the gateway to a subgraph by subgraph and outcome (ok, error, timeout, circuit_open)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly queryPlanCache = new Counter({ name: 'wuye_gateway_query_plan_cache_total', help: 'Query-plan cache lookups by result (hit, miss)', labelNames: ['result'], registers: [this.registry] });
  readonly inFlight = new Gauge({ name: 'wuye_gateway_requests_in_flight', help: 'GraphQL requests being processed', registers: [this.registry] });
  readonly circuit = new Gauge({ name: 'wuye_gateway_subgraph_circuit_open', help: 'Circuit state per subgraph: 0 closed, 0.5 half-open, 1 open', labelNames: ['subgraph'], registers: [this.registry] });
  private readonly names = new Set<string>();

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'wuye_gateway_' });
  }

  /** bounded label values: an operation name beyond the first 500 is counted as "other" */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  observeFetch = (subgraph: string, seconds: number, outcome: string) => this.subgraphFetch.observe({ subgraph, outcome }, seconds);
  onCircuitChange = (subgraph: string, state: CircuitState) => this.circuit.set({ subgraph }, state === 'open' ? 1 : state === 'half-open' ? 0.5 : 0);

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        this.inFlight.inc();
        let done = false;
        return {
          didEncounterErrors: async ({ errors }) => {
            for (const e of errors) this.errors.inc({ code: errorCodeOf(e) });
          },
          willSendResponse: async (ctx) => {
            if (done) return;
            done = true;
            this.inFlight.dec();
            const operation = this.operationLabel(ctx.operationName ?? ctx.request.operationName);
            this.requests.inc({ operation });
            this.duration.observe({ operation }, (performance.now() - started) / 1000);
          },
        };
      },
    };
  }
}
