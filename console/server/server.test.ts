// The console server on its own: files, the demo sign-in, and /graphql forwarded to whatever answers
// at the gateway's address (here a small echo server; the e2e tests run it in front of the real one).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTokenVerifier } from '@wuye/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type RunningConsole } from './server.js';

let dist: string;
let echo: http.Server;
let gatewayUrl: string;
let open: RunningConsole;
let closed: RunningConsole;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>控制台</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'console-secret.txt'), 'secret');
  echo = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/graphql-response+json', 'x-request-id': 'r-1' });
      res.end(JSON.stringify({ data: { method: req.method, url: req.url, authorization: req.headers.authorization ?? null, cookie: req.headers.cookie ?? null, body } }));
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/graphql`;
  open = await startConsoleServer({ port: 0, gatewayUrl, devTokens: true, distDir: dist });
  closed = await startConsoleServer({ port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql', devTokens: false, distDir: dist });
});

afterAll(async () => {
  await open?.close();
  await closed?.close();
  await new Promise((resolve) => echo?.close(resolve));
});

const post = (base: string, route: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(route, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the built app', () => {
  it('serves index.html for the app’s own paths, and assets with long caching', async () => {
    const page = await fetch(new URL('/estates/E000001', open.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('控制台');
    // only its own origin, no inline script, never framed
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self';.*frame-ancestors 'none'/);
    const asset = await fetch(new URL('/assets/app-1234.js', open.url));
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 400 to a malformed address and keeps serving', async () => {
    expect((await fetch(new URL('/%E0%A4%A', open.url))).status).toBe(400);
    expect((await fetch(new URL('/', open.url))).status).toBe(200);
  });

  it('answers 404 for a missing asset and never serves files outside dist', async () => {
    expect((await fetch(new URL('/assets/gone-9999.js', open.url))).status).toBe(404);
    const escape = await fetch(new URL('/..%2fconsole-secret.txt', open.url));
    expect(await escape.text()).not.toContain('secret');
  });
});

describe('the demo sign-in', () => {
  it('issues a token the gateway accepts, for the role and region asked', async () => {
    const answer = await post(open.url, '/api/sign-in/dev-token', { role: 'CITY_ADMIN', region: '350200' });
    expect(answer.status).toBe(200);
    const { token } = (await answer.json()) as { token: string };
    expect(await createTokenVerifier().viewerFrom(`Bearer ${token}`)).toMatchObject({ role: 'CITY_ADMIN', region: '350200' });
  });

  it('refuses a bad role, region or body with the field to fix', async () => {
    const bad = async (body: unknown) => (await (await post(open.url, '/api/sign-in/dev-token', body)).json()) as { error: { code: string; message: string } };
    expect((await bad({ role: 'SERVICE', region: '350200' })).error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^role must be one of/) });
    expect((await bad({ role: 'CITY_ADMIN', region: '3502' })).error.message).toMatch(/^region must be/);
    expect((await bad({ role: 'COMPANY', region: '350000', company: 'DROP TABLE' })).error.message).toMatch(/^company must be/);
    expect((await bad('{not json')).error.message).toMatch(/not JSON/);
  });

  it('is off unless switched on, and says so', async () => {
    const options = (await (await fetch(new URL('/api/sign-in/options', closed.url))).json()) as { devTokens: boolean };
    expect(options.devTokens).toBe(false);
    const answer = await post(closed.url, '/api/sign-in/dev-token', { role: 'PROVINCE_ADMIN', region: '350000' });
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('DEV_TOKENS_OFF');
  });
});

describe('/graphql', () => {
  it('is forwarded to the gateway with the token and body, and nothing the gateway does not need', async () => {
    const answer = await post(open.url, '/graphql', { query: '{ __typename }' }, { authorization: 'Bearer abc', cookie: 'session=1' });
    expect(answer.headers.get('x-request-id')).toBe('r-1');
    const { data } = (await answer.json()) as { data: Record<string, unknown> };
    expect(data).toEqual({ method: 'POST', url: '/graphql', authorization: 'Bearer abc', cookie: null, body: '{"query":"{ __typename }"}' });
  });

  it('refuses a body too large to buffer, with the gateway\'s code', async () => {
    const answer = await post(open.url, '/graphql', { query: `{ ${'a '.repeat(600_000)}}` });
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a GraphQL error with a code when the gateway is down', async () => {
    const answer = await post(closed.url, '/graphql', { query: '{ __typename }' });
    expect(answer.status).toBe(502);
    expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('GATEWAY_UNREACHABLE');
  });
});
