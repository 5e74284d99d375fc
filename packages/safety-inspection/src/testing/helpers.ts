// Shared by the integration tests: the subgraph over its own database with a stand-in for registry, a second
// server on the same database with another clock (so a test can move time), tokens, and a query
// helper that fails on GraphQL errors.
import { createHash } from 'node:crypto';
import { generateProvince, generateSafetyInspection, registryFacts, type RegistryFacts } from '@wuye/dataset';
import { createClock, createLogger, createServiceClient, serveSubgraph, signToken, type TokenClaims } from '@wuye/kit';
import { startSubgraphStandIn, startSubgraphForTest, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { expect } from 'vitest';
import safetyInspection from '../index.js';
import { migrations } from '../migrations/index.js';
import { seedSafetyInspection } from '../seed.js';
import { DRAW_ALGORITHM, partialShuffle, runDraw } from '../draw/draw.js';
import { DrawStream } from '../draw/stream.js';

export interface Harness {
  sub: SubgraphUnderTest;
  /** the registry's stand-in; `serve` moves an estate to another company */
  registry: SubgraphStandIn & Pick<RegistryFacts, 'serve'>;
  /** a query function against a server on the same database whose clock reads `now` */
  at(now: string): Promise<Query>;
  close(): Promise<void>;
}

type Result<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type Query = <T = unknown>(query: string, options?: { variables?: Record<string, unknown>; token?: string }) => Promise<Result<T>>;

export async function startHarness(): Promise<Harness> {
  const answers = registryFacts(generateProvince().registry);
  const registry = Object.assign(await startSubgraphStandIn({ entities: answers.resolve }), { serve: answers.serve });
  // the template is rebuilt when the demo data, the migrations' SQL or the seed change
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(generateSafetyInspection()))
    .update(migrations.map((m) => String((m.class as unknown as { prototype: { up: () => unknown } }).prototype.up)).join())
    .update(String(seedSafetyInspection))
    .update(`${DRAW_ALGORITHM}${String(runDraw)}${String(partialShuffle)}${String(DrawStream)}`)
    .digest('hex');
  const sub = await startSubgraphForTest(safetyInspection, { fingerprint, subgraphUrls: { registry: registry.url } });
  const others: { close(): Promise<void> }[] = [];
  return {
    sub,
    registry,
    async at(now) {
      const served = await serveSubgraph(safetyInspection, { orm: sub.orm, port: 0, clock: createClock(now), services: createServiceClient({ registry: registry.url }), log: createLogger('safety-inspection', 'silent') });
      others.push(served);
      return async (query, { variables, token } = {}) => {
        const response = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
        return (await response.json()) as never;
      };
    },
    async close() {
      for (const other of others) await other.close();
      await sub?.close();
      await registry.close();
    },
  };
}

export const token = (claims: TokenClaims) => signToken(claims);

/** the data of a result that must have no errors */
export function ok<T>(result: Result<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** the error code (and field) of a result that must have failed */
export function refused(result: Result<unknown>): { code: unknown; field: unknown } {
  expect(result.errors?.length).toBeGreaterThan(0);
  return { code: result.errors![0]!.extensions?.code, field: result.errors![0]!.extensions?.field };
}
