// Deployment switches: CORS, security headers, introspection, explorer, and every setting from env.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, gatewayConfigFromEnv } from './config.js';
import type { RunningGateway } from './gateway.js';
import { codes, post, startGateway, startTestFederation, testConfig, type TestFederation } from './test/federation.js';

let federation: TestFederation;
let open: RunningGateway;
let closed: RunningGateway;

beforeAll(async () => {
  federation = await startTestFederation();
  open = await startGateway(testConfig(federation.supergraphPath, { corsOrigins: ['https://city.example'] }));
  closed = await startGateway(testConfig(federation.supergraphPath, { introspection: false, explorer: false, securityHeaders: false }));
});
afterAll(async () => {
  await open?.close();
  await closed?.close();
  await federation?.close();
});

describe('CORS and security headers', () => {
  it('allows a configured origin, answers its preflight, and ignores others', async () => {
    const allowed = await post(open, { query: '{ hello }' }, { origin: 'https://city.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://city.example');
    expect(allowed.headers.get('access-control-expose-headers')).toBe('x-request-id');
    const preflight = await fetch(open.url, { method: 'OPTIONS', headers: { origin: 'https://city.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await post(open, { query: '{ hello }' }, { origin: 'https://elsewhere.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers unless switched off', async () => {
    const r = await post(open, { query: '{ hello }' });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect((await post(closed, { query: '{ hello }' })).headers.get('x-content-type-options')).toBeNull();
  });
});

describe('introspection and explorer switched off', () => {
  it('refuses introspection and hides field suggestions', async () => {
    expect(codes(await post(closed, { query: '{ __schema { types { name } } }' }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await post(closed, { query: '{ helo }' });
    expect(typo.json.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await post(open, { query: '{ __schema { queryType { name } } }' })).json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serves no explorer page', async () => {
    const page = await fetch(closed.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<div id="root">');
    expect(await (await fetch(open.url, { headers: { accept: 'text/html' } })).text()).toContain('<div id="root">');
  });
});

describe('gatewayConfigFromEnv', () => {
  it('reads every setting from env, with defaults', () => {
    expect(gatewayConfigFromEnv({}).limits).toEqual(DEFAULT_LIMITS);
    const c = gatewayConfigFromEnv({
      WUYE_MAX_DEPTH: '7', WUYE_MAX_COST: '100', WUYE_COST_WEIGHTS: '{"Region.coverage":5}', WUYE_MAX_BODY_BYTES: '2048',
      WUYE_SAFELIST: '/tmp/ops.json', WUYE_REDIS_URL: 'redis://r:6379', WUYE_APQ: 'false', WUYE_BREAKER_FAILURES: '0',
      WUYE_READY_SUBGRAPHS: 'registry, party-building', WUYE_CORS_ORIGINS: '*', WUYE_METRICS: 'false', WUYE_SECURITY_HEADERS: 'false',
    });
    expect(c.limits).toMatchObject({ maxDepth: 7, maxCost: 100, costWeights: { 'Region.coverage': 5 }, maxBodyBytes: 2048 });
    expect(c).toMatchObject({ safelistPath: '/tmp/ops.json', redisUrl: 'redis://r:6379', apq: false, breakerFailures: 0, readySubgraphs: ['registry', 'party-building'], corsOrigins: ['*'], metrics: false, securityHeaders: false });
    expect(() => gatewayConfigFromEnv({ WUYE_MAX_DEPTH: 'deep' })).toThrow(/WUYE_MAX_DEPTH/);
  });
});
