// Persisted operations: the APQ store (in memory, or Redis shared by every gateway instance) and the
// safelist — a manifest of the operations a deployment allows; anything else is refused before it runs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Refusal } from '@wuye/kit';
import { Redis } from 'ioredis';

/** Apollo's KeyValueCache, structurally */
export interface OperationStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
  close?(): Promise<void>;
}

/** Apollo Server keeps persisted queries under this prefix in the cache it is given */
export const APQ_PREFIX = 'apq:';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** bounded, least recently used out first */
export class MemoryStore implements OperationStore {
  private readonly map = new Map<string, string>();
  constructor(private readonly maxEntries = 10_000) {}
  async get(key: string) {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  async set(key: string, value: string) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value!);
  }
  async delete(key: string) {
    return this.map.delete(key);
  }
}

/** the store in Redis: several gateway instances register and find the same operations */
export class RedisStore implements OperationStore {
  private readonly redis: Redis;
  constructor(url: string, private readonly prefix = 'wuye:gateway:') {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.redis.on('error', () => {}); // reported per call; a Redis outage must not crash the gateway
  }
  async get(key: string) {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }
  async set(key: string, value: string, options?: { ttl?: number | null }) {
    if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', options.ttl);
    else await this.redis.set(this.prefix + key, value);
  }
  async delete(key: string) {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createStore(redisUrl: string | undefined): OperationStore {
  return redisUrl ? new RedisStore(redisUrl) : new MemoryStore();
}

export interface Safelist {
  hashes: Set<string>;
  /** hash → body, for manifest entries that carry the operation's text */
  bodies: Map<string, string>;
}

/**
 * Reads a safelist manifest. Accepted shapes: Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`), a map
 * `{ "<sha256>": "<operation text>" }`, or an array of hashes or operation texts.
 */
export function loadSafelist(path: string): Safelist {
  const json = JSON.parse(fs.readFileSync(path, 'utf8')) as unknown;
  const hashes = new Set<string>();
  const bodies = new Map<string, string>();
  const add = (hash: string | undefined, body: string | undefined) => {
    const h = body ? sha256(body) : hash;
    if (!h) return;
    if (hash && body && hash !== h) throw new Error(`safelist ${path}: the hash ${hash} is not the sha256 of its operation text`);
    hashes.add(h);
    if (body) bodies.set(h, body);
  };
  const isHash = (s: string) => /^[0-9a-f]{64}$/.test(s);
  if (Array.isArray(json)) for (const e of json as string[]) isHash(e) ? add(e, undefined) : add(undefined, e);
  else if (json && typeof json === 'object' && Array.isArray((json as { operations?: unknown }).operations)) {
    for (const op of (json as { operations: { id?: string; body?: string }[] }).operations) add(op.id, op.body);
  } else if (json && typeof json === 'object') for (const [hash, body] of Object.entries(json as Record<string, string>)) add(hash, body || undefined);
  else throw new Error(`safelist ${path}: expected a manifest object or an array`);
  return { hashes, bodies };
}

/** preloads the manifest's operation texts, so clients may send the hash alone */
export async function preloadSafelist(store: OperationStore, safelist: Safelist): Promise<void> {
  for (const [hash, body] of safelist.bodies) await store.set(APQ_PREFIX + hash, body);
}

export const OPERATION_NOT_IN_SAFELIST = 'OPERATION_NOT_IN_SAFELIST';

/** the hash a request asks to run: the sha256 of its text, else the APQ hash it names (undefined: neither) */
function requestedHash(request: Record<string, unknown>): string | undefined {
  if (typeof request.query === 'string') return sha256(request.query);
  let extensions = request.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions) as unknown;
    } catch {
      return undefined;
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * The safelist's gate, before anything is parsed or validated (a refused request costs a hash, and tells
 * nothing of the schema): an operation runs only when its hash is in the manifest. A request naming no
 * operation is left to Apollo, which refuses it. Batched requests: every operation must be listed.
 */
export function safelistGate(safelist: Safelist, onRefused: () => void = () => {}): (request: { body: unknown; search: URLSearchParams }) => Refusal | undefined {
  return ({ body, search }) => {
    const requests = Array.isArray(body) ? body : [body && typeof body === 'object' ? body : Object.fromEntries(search)];
    for (const request of requests as Record<string, unknown>[]) {
      const hash = requestedHash(request ?? {});
      if (hash === undefined || safelist.hashes.has(hash)) continue;
      onRefused();
      return {
        status: 403,
        errors: [{ message: 'This operation is not in the safelist of this deployment: register it (its sha256 hash) in the manifest at build time.', extensions: { code: OPERATION_NOT_IN_SAFELIST, queryHash: hash } }],
      };
    }
    return undefined;
  };
}
