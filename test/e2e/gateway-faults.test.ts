// A core subgraph killed mid-run, through a real gateway process: registry and party-building served
// in this process on their own databases (not the shared stack's processes, which other files use).
// While party-building is down its fields are null with an error naming it and /readyz says so;
// when it is back on the same port the gateway answers in full again — without a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClock, createLogger, createServiceClient, serveSubgraph, type ServedSubgraph } from '@wuye/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '@wuye/kit/testing';
import partyBuilding from '@wuye/party-building';
import registry from '@wuye/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, liveEndpoints } from '../../tools/src/commands/compose.js';
import { freePort, startChild, waitForHealthy, type Child } from '../../tools/src/processes.js';

let reg: SubgraphUnderTest;
let party: SubgraphUnderTest;
let partyServed: ServedSubgraph;
let gateway: Child;
let gatewayUrl: string;
let base: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-faults-'));
const logs: string[] = [];

beforeAll(async () => {
  reg = await startSubgraphForTest(registry);
  party = await startSubgraphForTest(partyBuilding, { subgraphUrls: { registry: reg.served.url } });
  partyServed = party.served;
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(supergraphPath, composeSupergraph(await liveEndpoints({ registry: reg.served.url, 'party-building': party.served.url })));
  const port = await freePort();
  gateway = startChild('gateway', 'gateway/src/main.ts', { WUYE_GATEWAY_PORT: String(port), WUYE_SUPERGRAPH: supergraphPath, WUYE_BREAKER_FAILURES: '2', WUYE_BREAKER_COOLDOWN_MS: '300', LOG_LEVEL: 'warn' }, (line) => logs.push(line));
  base = `http://127.0.0.1:${port}`;
  gatewayUrl = `${base}/graphql`;
  await waitForHealthy(`${base}/readyz`, gateway);
}, 300_000);

afterAll(async () => {
  await gateway?.stop();
  await partyServed?.close().catch(() => {});
  await party?.close().catch(() => {});
  await reg?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const QUERY = '{ estates(first: 20, filter: { regionCode: "350211" }) { edges { node { name partyBranch { name } } } } }';
type Answer = { data?: { estates: { edges: { node: { name: string; partyBranch: { name: string } | null } }[] } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function ask(): Promise<Answer> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  return (await response.json()) as Answer;
}
async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await check();
    if (r !== undefined) return r;
    if (Date.now() > deadline) throw new Error(`condition not met in time; gateway log:\n${logs.join('\n')}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

describe('a core subgraph killed mid-run, through the gateway', () => {
  it('answers registry and party-building together while both run', async () => {
    const r = await ask();
    expect(r.errors).toBeUndefined();
    expect(r.data!.estates.edges).toHaveLength(20);
    expect(r.data!.estates.edges.some((e) => e.node.partyBranch)).toBe(true);
  });

  it('with party-building killed: registry\'s fields answer, party-building\'s are null with SUBGRAPH_UNAVAILABLE naming it; /readyz is 503', async () => {
    await partyServed.close();
    const r = await ask();
    expect(r.data!.estates.edges).toHaveLength(20);
    expect(r.data!.estates.edges.every((e) => e.node.name && e.node.partyBranch === null)).toBe(true);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'party-building' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ subgraphs: { registry: 'ok', 'party-building': 'unreachable' } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('recovers when party-building is back on its port, without restarting the gateway', async () => {
    partyServed = await serveSubgraph(partyBuilding, {
      orm: party.orm,
      port: party.served.port,
      services: createServiceClient({ registry: reg.served.url }),
      clock: createClock('2024-09-10'),
      log: createLogger('party-building', 'silent'),
    });
    const r = await eventually(async () => {
      const a = await ask();
      return a.errors ? undefined : a;
    });
    expect(r.data!.estates.edges.some((e) => e.node.partyBranch)).toBe(true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
