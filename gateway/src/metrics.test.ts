// /metrics counts a known sequence of requests exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from './gateway.js';
import { post, startGateway, startTestFederation, testConfig, type TestFederation } from './test/federation.js';

let federation: TestFederation;
let gateway: RunningGateway;

beforeAll(async () => {
  federation = await startTestFederation();
  gateway = await startGateway(testConfig(federation.supergraphPath, { limits: { maxListSize: 10 } }));
});
afterAll(async () => {
  await gateway?.close();
  await federation?.close();
});

/** the value of one sample in Prometheus' text format */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = /\{(.*)\}/.exec(line)?.[1] ?? '';
    const have = labelText ? labelText.split(',') : [];
    if (want.length === have.length && want.every((w) => have.includes(w))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts requests, errors by code, latency per operation and per subgraph fetch, plan-cache hits and in-flight requests', async () => {
    await post(gateway, { query: 'query Hello { hello }' });
    await post(gateway, { query: 'query Hello { hello }' });
    await post(gateway, { query: 'query Estate { estate(id: "1") { name score } }' });
    await post(gateway, { query: '{ nope }' });
    await post(gateway, { query: '{ estates(first: 11) { totalCount } }' });

    const response = await fetch(gateway.url.replace('/graphql', '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(sample(text, 'wuye_gateway_requests_total', { operation: 'Hello' })).toBe(2);
    expect(sample(text, 'wuye_gateway_requests_total', { operation: 'Estate' })).toBe(1);
    expect(sample(text, 'wuye_gateway_requests_total', { operation: 'anonymous' })).toBe(2);
    expect(sample(text, 'wuye_gateway_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'wuye_gateway_errors_total', { code: 'MAX_LIST_SIZE_EXCEEDED' })).toBe(1);
    expect(sample(text, 'wuye_gateway_request_duration_seconds_count', { operation: 'Hello' })).toBe(2);
    expect(sample(text, 'wuye_gateway_request_duration_seconds_bucket', { operation: 'Estate', le: '+Inf' })).toBe(1);
    // Hello twice + Estate once ask core; Estate's score asks extra
    expect(sample(text, 'wuye_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'core', outcome: 'ok' })).toBe(3);
    expect(sample(text, 'wuye_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'extra', outcome: 'ok' })).toBe(1);
    // planned: Hello (miss, then hit), Estate (miss); the refused ones never reach the planner
    expect(sample(text, 'wuye_gateway_query_plan_cache_total', { result: 'hit' })).toBe(1);
    expect(sample(text, 'wuye_gateway_query_plan_cache_total', { result: 'miss' })).toBe(2);
    expect(sample(text, 'wuye_gateway_requests_in_flight')).toBe(0);
    expect(sample(text, 'wuye_gateway_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts a subgraph that does not answer by its outcome', async () => {
    await federation.extra.stop();
    try {
      await post(gateway, { query: 'query Estate { estate(id: "1") { score } }' });
      const text = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
      expect(sample(text, 'wuye_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'extra', outcome: 'error' })).toBe(1);
      expect(sample(text, 'wuye_gateway_errors_total', { code: 'SUBGRAPH_UNAVAILABLE' })).toBe(1);
    } finally {
      await federation.extra.start();
    }
  });

  it('can be switched off (WUYE_METRICS=false): no /metrics route', async () => {
    const off = await startGateway(testConfig(federation.supergraphPath, { metrics: false }));
    try {
      expect((await fetch(off.url.replace('/graphql', '/metrics'))).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
