// OpenTelemetry traces across the processes: the gateway's request, its fetch to each subgraph, the
// subgraph's request and every SQL statement it sends — one trace, joined by the W3C `traceparent`
// header. Off unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) names a
// collector (Jaeger, Tempo, an OpenTelemetry Collector …; OTLP over HTTP): without it no span is
// recorded and nothing is paid but a no-op call. The standard OTEL_* variables tune the exporter
// (e.g. OTEL_BSP_SCHEDULE_DELAY, OTEL_TRACES_SAMPLER).
import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | undefined;

/** Starts exporting this process's spans as `serviceName` when a collector is configured; true if so. */
export function initTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider) return true;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return false;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'service.namespace': 'wuye' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // the AsyncLocalStorage context manager and the W3C trace-context propagator
  provider.register();
  return true;
}

/** Sends what is buffered and stops (on shutdown). */
export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
}

export const isTracing = (): boolean => provider !== undefined;

const tracer = () => trace.getTracer('wuye');

/** The span of an incoming HTTP request, continuing the caller's trace (its `traceparent`). */
export function startServerSpan(name: string, headers: IncomingHttpHeaders, attributes: Record<string, string>): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `work` in a CLIENT span; `headers` get the `traceparent` that makes the callee's spans its children. */
export async function inClientSpan<T>(name: string, attributes: Record<string, string>, headers: Record<string, string>, work: (headers: Record<string, string>) => Promise<T>): Promise<T> {
  if (!provider) return work(headers);
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  const carrier = { ...headers };
  propagation.inject(trace.setSpan(context.active(), span), carrier);
  try {
    return await work(carrier);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}

/** A span for a SQL statement that has just finished, `tookMs` long, under the active span. */
export function recordSqlSpan(statement: string, tookMs: number, schema: string): void {
  const end = Date.now();
  const operation = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase() ?? 'SQL';
  tracer()
    .startSpan(`${operation} ${schema}`, { kind: SpanKind.CLIENT, startTime: end - tookMs, attributes: { 'db.system.name': 'postgresql', 'db.namespace': schema, 'db.query.text': statement.slice(0, 2000) } })
    .end(end);
}

/** The trace id of the active span, for log lines (undefined when not tracing). */
export function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}

export { context as traceContext };
