// Persisted operations: the APQ round trip, the safelist (only registered operations run), and two
// gateway instances sharing one store in a real Redis.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningGateway } from './gateway.js';
import { loadSafelist, sha256 } from './persisted.js';
import { codes, post, startGateway, startTestFederation, testConfig, type TestFederation } from './test/federation.js';

let federation: TestFederation;
const gateways: RunningGateway[] = [];
const start = async (overrides: Parameters<typeof testConfig>[1] = {}) => {
  const g = await startGateway(testConfig(federation.supergraphPath, overrides));
  gateways.push(g);
  return g;
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-safelist-'));

beforeAll(async () => {
  federation = await startTestFederation();
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.close()));
  await federation?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const apq = (hash: string, query?: string) => ({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('automatic persisted queries', () => {
  it('round trip: unknown hash → PERSISTED_QUERY_NOT_FOUND; hash + text registers it; the hash alone then runs', async () => {
    const gateway = await start();
    const query = '{ estate(id: "7") { name score } }';
    const hash = sha256(query);
    expect(codes(await post(gateway, apq(hash)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await post(gateway, apq(hash, query))).json).toEqual({ data: { estate: { name: '小区7', score: 70 } } });
    expect((await post(gateway, apq(hash))).json).toEqual({ data: { estate: { name: '小区7', score: 70 } } });
  });

  it('refuses a hash that is not the text\'s', async () => {
    const gateway = await start();
    const r = await post(gateway, apq(sha256('{ hello }'), '{ extraPing }'));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.message).toMatch(/does not match/);
  });

  it('can be switched off (WUYE_APQ=false): PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const gateway = await start({ apq: false });
    expect(codes(await post(gateway, apq(sha256('{ hello }'), '{ hello }')))).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });
});

describe('safelist', () => {
  const allowed = 'query Estate($id: ID!) { estate(id: $id) { name score } }';
  const hashOnly = '{ hello }';
  const manifestPath = path.join(dir, 'manifest.json');
  fs.writeFileSync(
    manifestPath,
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(allowed), name: 'Estate', type: 'query', body: allowed }, { id: sha256(hashOnly) }] }),
  );

  it('reads Apollo\'s manifest, a hash → text map and a list of hashes', () => {
    expect(loadSafelist(manifestPath).hashes).toEqual(new Set([sha256(allowed), sha256(hashOnly)]));
    const map = path.join(dir, 'map.json');
    fs.writeFileSync(map, JSON.stringify({ [sha256(allowed)]: allowed }));
    expect(loadSafelist(map).bodies.get(sha256(allowed))).toBe(allowed);
    const list = path.join(dir, 'list.json');
    fs.writeFileSync(list, JSON.stringify([sha256(hashOnly)]));
    expect(loadSafelist(list).hashes.has(sha256(hashOnly))).toBe(true);
    fs.writeFileSync(list, JSON.stringify({ [sha256('{ a }')]: '{ b }' }));
    expect(() => loadSafelist(list)).toThrow(/not the sha256/);
  });

  it('runs registered operations — by text, or by hash alone when the manifest carries the text', async () => {
    const gateway = await start({ safelistPath: manifestPath });
    expect((await post(gateway, { query: allowed, variables: { id: '2' } })).json).toEqual({ data: { estate: { name: '小区2', score: 20 } } });
    expect((await post(gateway, { ...apq(sha256(allowed)), variables: { id: '3' } })).json).toEqual({ data: { estate: { name: '小区3', score: 30 } } });
    expect((await post(gateway, { query: hashOnly })).json).toEqual({ data: { hello: 'world' } });
  });

  it('refuses any other operation with OPERATION_NOT_IN_SAFELIST (403) before a subgraph is asked, and does not register it', async () => {
    const gateway = await start({ safelistPath: manifestPath });
    const before = federation.core.requests;
    const other = '{ estate(id: "1") { name } }';
    const r = await post(gateway, { query: other });
    expect(r.status).toBe(403);
    expect(codes(r)).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    // APQ cannot be used to register it either
    expect(codes(await post(gateway, apq(sha256(other), other)))).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    expect(codes(await post(gateway, apq(sha256(other))))).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    // a registered text with a different name or spacing is another operation
    expect(codes(await post(gateway, { query: allowed.replace('{ name', '{  name'), variables: { id: '1' } }))).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    expect(federation.core.requests).toBe(before);
  });

  it('refuses before parsing and validation: broken or over-limit text outside the safelist learns nothing of the schema', async () => {
    const gateway = await start({ safelistPath: manifestPath });
    for (const query of ['{ estate(id: "1") { name', '{ noSuchField }', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: estate(id: "${i}") { name }`).join(' ')} }`]) {
      const r = await post(gateway, { query });
      expect(r.status).toBe(403);
      expect(codes(r)).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    }
    // a batch passes only when every operation is listed
    expect(codes(await post(gateway, [{ query: allowed, variables: { id: '1' } }, { query: '{ x }' }]))).toEqual(['OPERATION_NOT_IN_SAFELIST']);
  });
});

describe('the store in Redis', () => {
  const redisUrl = inject('redisUrl');
  const missing = inject('redisMissing');
  if (!redisUrl) console.warn(`SKIPPED: two gateways sharing the Redis store — ${missing}`);

  it.skipIf(!redisUrl)('is shared by two gateway instances: registered on one, found by hash on the other', async () => {
    const a = await start({ redisUrl });
    const b = await start({ redisUrl });
    const query = `{ estate(id: "${Date.now() % 1000}") { id } }`;
    const hash = sha256(query);
    expect(codes(await post(b, apq(hash)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await post(a, apq(hash, query))).json.errors).toBeUndefined();
    // Apollo registers in the background: allow it a moment
    let found = await post(b, apq(hash));
    for (let i = 0; i < 20 && found.json.errors; i++) {
      await new Promise((r) => setTimeout(r, 50));
      found = await post(b, apq(hash));
    }
    expect(found.json.errors).toBeUndefined();
    expect(found.json.data).toEqual({ estate: { id: query.match(/"(\d+)"/)![1] } });
  });

  it.skipIf(!redisUrl)('keeps the safelist\'s texts there too: a second instance serves them by hash', async () => {
    const manifest = path.join(dir, 'redis-manifest.json');
    const op = 'query Hello { hello }';
    fs.writeFileSync(manifest, JSON.stringify({ [sha256(op)]: op }));
    await start({ redisUrl, safelistPath: manifest });
    const b = await start({ redisUrl, safelistPath: manifest });
    expect((await post(b, apq(sha256(op)))).json).toEqual({ data: { hello: 'world' } });
  });
});
