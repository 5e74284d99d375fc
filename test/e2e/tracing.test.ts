// One trace across the processes: a request that arrives with a W3C traceparent continues that trace
// through the gateway, its fetches to registry and credit, their requests and their SQL statements —
// exported over OTLP by every process to the run's collector, and read back from it here.
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import type { CollectedSpan } from './trace-collector.js';

const gatewayUrl = inject('gatewayUrl');
const collectorUrl = inject('traceCollectorUrl');

async function spansOf(traceId: string, until: (spans: CollectedSpan[]) => boolean): Promise<CollectedSpan[]> {
  let spans: CollectedSpan[] = [];
  for (let i = 0; i < 100; i++) {
    spans = (await (await fetch(`${collectorUrl}/spans?traceId=${traceId}`)).json()) as CollectedSpan[];
    if (until(spans)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return spans;
}

describe('traces', () => {
  it('join gateway → subgraph → SQL in the caller\'s trace, with the request id on every request span', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const requestId = `trace-test-${callerSpanId}`;
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpanId}-01`, 'x-request-id': requestId },
      body: JSON.stringify({ query: '{ company(id: "C0001") { name credit { result(year: 2023) { score grade } } } }' }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const sqlIn = (spans: CollectedSpan[], service: string) => spans.filter((s) => s.service === service && s.attributes['db.system.name'] === 'postgresql');
    const spans = await spansOf(traceId, (s) => sqlIn(s, 'registry').length > 0 && sqlIn(s, 'credit').length > 0);
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const chain = (span: CollectedSpan) => {
      const names: string[] = [];
      for (let s: CollectedSpan | undefined = span; s; s = s.parentSpanId ? byId.get(s.parentSpanId) : undefined) names.push(`${s.service}:${s.name}`);
      return names;
    };

    const gatewayRequest = spans.find((s) => s.service === 'gateway' && s.name === 'POST /graphql')!;
    expect(gatewayRequest.parentSpanId).toBe(callerSpanId);
    for (const subgraph of ['registry', 'credit']) {
      // its SQL statement → its request → the gateway's fetch to it → the gateway's request
      const statement = sqlIn(spans, subgraph)[0]!;
      expect(statement.attributes['db.query.text']).toMatch(/select/i);
      expect(chain(statement).slice(1)).toEqual([`${subgraph}:POST /graphql`, `gateway:POST ${subgraph}`, 'gateway:POST /graphql']);
      expect(spans.find((s) => s.service === subgraph && s.name === 'POST /graphql')!.attributes['wuye.request_id']).toBe(requestId);
    }
    expect(gatewayRequest.attributes['wuye.request_id']).toBe(requestId);
  });
});
