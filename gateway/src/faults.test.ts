// Fault isolation: a subgraph that dies or hangs costs its own fields only (null + an error naming it),
// the circuit opens after repeated failures and closes when the subgraph is back — no restart;
// /readyz follows the subgraphs, /healthz only the process; subgraph connections are kept alive.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from './gateway.js';
import { CircuitBreaker, subgraphFetcher } from './subgraph-fetch.js';
import { codes, post, slow, startGateway, startTestFederation, testConfig, type TestFederation } from './test/federation.js';

let federation: TestFederation;
let gateway: RunningGateway;

beforeAll(async () => {
  federation = await startTestFederation();
  gateway = await startGateway(testConfig(federation.supergraphPath, { breakerFailures: 3, breakerCooldownMs: 400, subgraphTimeoutMs: 500 }));
});
afterAll(async () => {
  await gateway?.close();
  await federation?.close();
});
afterEach(async () => {
  slow.extraMs = 0;
  await federation.extra.start().catch(() => {}); // already running: port in use
});

const estateQuery = '{ estate(id: "4") { name score } }';
const eventually = async <T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await check();
    if (r !== undefined) return r;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((res) => setTimeout(res, 50));
  }
};

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures, lets one trial through after the cool-down, closes on its success', () => {
    let now = 0;
    const states: string[] = [];
    const breaker = new CircuitBreaker(2, 1000, (s) => states.push(s), () => now);
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    breaker.success(); // not consecutive
    breaker.failure();
    expect(breaker.state).toBe('closed');
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    now = 999;
    expect(breaker.allow()).toBe(false);
    now = 1000;
    expect(breaker.allow()).toBe(true); // the trial
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(false); // only one trial at a time
    breaker.failure(); // trial failed: open again for another cool-down
    expect(breaker.state).toBe('open');
    now = 2000;
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });
});

describe('a subgraph down', () => {
  it('killed mid-run: its fields are null with SUBGRAPH_UNAVAILABLE naming it; the rest answers; it recovers without a restart', async () => {
    expect((await post(gateway, { query: estateQuery })).json).toEqual({ data: { estate: { name: '小区4', score: 40 } } });
    await federation.extra.stop();
    const down = await post(gateway, { query: estateQuery });
    expect(down.json.data).toEqual({ estate: { name: '小区4', score: null } });
    expect(codes(down)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(down.json.errors?.[0]?.extensions?.serviceName).toBe('extra');
    expect(down.json.errors?.[0]?.message).toMatch(/extra subgraph/);
    expect(JSON.stringify(down.json)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/); // no URL or socket error leaks
    expect((await post(gateway, { query: '{ hello }' })).json).toEqual({ data: { hello: 'world' } });

    await federation.extra.start(); // the same port again
    const back = await eventually(async () => {
      const r = await post(gateway, { query: estateQuery });
      return r.json.errors ? undefined : r;
    });
    expect(back.json).toEqual({ data: { estate: { name: '小区4', score: 40 } } });
  });

  it('opens its circuit after 3 failures: then fails fast without asking it, until a trial after the cool-down succeeds', async () => {
    await federation.extra.stop();
    for (let i = 0; i < 3; i++) await post(gateway, { query: estateQuery });
    await federation.extra.start();
    const before = federation.extra.requests;
    const open = await post(gateway, { query: estateQuery });
    expect(open.json.data).toEqual({ estate: { name: '小区4', score: null } });
    expect(open.json.errors?.[0]?.message).toMatch(/circuit is open/);
    expect(open.json.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'extra' });
    expect(federation.extra.requests).toBe(before); // failed fast
    await new Promise((r) => setTimeout(r, 450)); // the cool-down
    expect((await post(gateway, { query: estateQuery })).json).toEqual({ data: { estate: { name: '小区4', score: 40 } } });
    expect(federation.extra.requests).toBe(before + 1);
  });

  it('slower than its timeout: null with an error saying so; the gateway answers within the timeout', async () => {
    slow.extraMs = 1500;
    const started = Date.now();
    const r = await post(gateway, { query: estateQuery });
    expect(Date.now() - started).toBeLessThan(1400);
    expect(r.json.data).toEqual({ estate: { name: '小区4', score: null } });
    expect(r.json.errors?.[0]?.message).toMatch(/did not answer within 500 ms/);
    slow.extraMs = 0;
    await new Promise((r) => setTimeout(r, 1100)); // the hung answer drains
  });
});

describe('a subgraph moved by a new supergraph', () => {
  it('gets a fresh pool and breaker: an open circuit at the old address does not hold back the new one', async () => {
    const fs = await import('node:fs');
    const g = await startGateway(testConfig(federation.supergraphPath, { breakerFailures: 2, breakerCooldownMs: 60_000 }));
    const original = fs.readFileSync(federation.supergraphPath, 'utf8');
    try {
      fs.writeFileSync(federation.supergraphPath, original.replace(federation.extra.url, 'http://127.0.0.1:9/graphql'));
      await eventually(async () => ((await post(g, { query: estateQuery })).json.errors?.[0]?.message.match(/circuit is open/) ? true : undefined));
      fs.writeFileSync(federation.supergraphPath, original);
      const back = await eventually(async () => {
        const r = await post(g, { query: estateQuery });
        return r.json.errors ? undefined : r;
      }, 3000);
      expect(back.json).toEqual({ data: { estate: { name: '小区4', score: 40 } } });
    } finally {
      fs.writeFileSync(federation.supergraphPath, original);
      await g.close();
    }
  });
});

describe('health', () => {
  it('/readyz is 200 with every subgraph answering, 503 naming the one that does not; /healthz stays 200', async () => {
    const base = gateway.url.replace('/graphql', '');
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, subgraphs: { core: 'ok', extra: 'ok' } });
    await federation.extra.stop();
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, subgraphs: { core: 'ok', extra: 'unreachable' } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('knows the subgraphs from the supergraph\'s join__Graph values', () => {
    expect(gateway.subgraphs()).toEqual({ core: federation.core.url, extra: federation.extra.url });
  });
});

describe('identical queries in flight', () => {
  it('share one subgraph request (same body and authorization); other viewers get their own', async () => {
    slow.extraMs = 200;
    const before = federation.extra.requests;
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(gateway, { query: '{ estate(id: "9") { score } }' })));
    expect(answers.map((a) => a.json)).toEqual(Array.from({ length: 5 }, () => ({ data: { estate: { score: 90 } } })));
    expect(federation.extra.requests - before).toBe(1);
  });

  it('are not shared across authorizations, nor for mutations', async () => {
    slow.extraMs = 200;
    const f = subgraphFetcher({ name: 'extra', timeoutMs: 2000, connections: 4, breakerFailures: 0, breakerCooldownMs: 0 });
    const body = JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Estate", id: "9" }]) { ... on Estate { score } } }' });
    const send = (authorization: string, b = body) => f.fetch(federation.extra.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: b });
    const before = federation.extra.requests;
    const answers = await Promise.all([send('Bearer a'), send('Bearer b'), send('Bearer b')]);
    expect(federation.extra.requests - before).toBe(2);
    expect(await answers[2]!.json()).toEqual({ data: { _entities: [{ score: 90 }] } });
    const mutation = JSON.stringify({ query: 'mutation { noSuchField }' });
    await Promise.all([send('', mutation), send('', mutation)]);
    expect(federation.extra.requests - before).toBe(4);
    await f.close();
  });
});

describe('connection pools', () => {
  it('keeps connections to a subgraph alive: 40 requests, a handful of connections', async () => {
    const before = federation.core.connections;
    for (let i = 0; i < 40; i++) await post(gateway, { query: '{ hello }' });
    expect(federation.core.connections - before).toBeLessThanOrEqual(2);
  });
});
