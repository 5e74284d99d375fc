// A small fetch-based GraphQL client for the Wuye gateway: typed documents in, typed data out. No
// graphql-js at run time — documents are strings (TypedDocumentString), hashes come from Web Crypto.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { toWuyeError, WuyeClientError, WuyeErrorCode, type WuyeGraphQLError } from './errors.js';

/** A typed operation: the generated `…Document` constants, or any string document carrying its types. */
export type WuyeDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

type MaybePromise<T> = T | Promise<T>;

export interface WuyeClientOptions {
  /** the gateway's GraphQL endpoint, e.g. https://wuye.example.gov.cn/graphql */
  url: string;
  /** a fixed bearer token */
  token?: string;
  /** asked before every request (a refreshed token, say); wins over `token`; null/undefined: no Authorization header */
  getToken?: () => MaybePromise<string | null | undefined>;
  /** default: globalThis.fetch */
  fetch?: typeof fetch;
  /** extra headers on every request */
  headers?: Record<string, string>;
  /**
   * How operations travel:
   * - `'text'` (default): the operation's text, every time;
   * - `'apq'`: automatic persisted queries — the sha256 hash first, the text only when the gateway answers
   *   PERSISTED_QUERY_NOT_FOUND (then the hash alone from any client);
   * - `'safelist'`: the hash only, never the text — for a gateway that runs `WUYE_SAFELIST` with this
   *   package's `persisted-operations.json`.
   */
  persisted?: 'text' | 'apq' | 'safelist';
  /** sha256 hex of a text; default: Web Crypto (`crypto.subtle`: browsers in secure contexts, Node ≥ 20) */
  sha256?: (text: string) => MaybePromise<string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Variables are optional when the operation has no required one. */
export type VariablesArgs<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

/** Data and errors as they came: with a subgraph down, `data` holds every field it did not own. */
export interface WuyeResult<TResult> {
  data: TResult | null | undefined;
  errors: WuyeGraphQLError[];
  /** HTTP status of the (last) answer */
  status: number;
}

export interface WuyeClient {
  /** The data, or a WuyeClientError (code, field, all errors, and any partial data) when anything failed. */
  request<TResult, TVariables>(document: WuyeDocument<TResult, TVariables>, ...args: VariablesArgs<NoInfer<TVariables>>): Promise<TResult>;
  /** Data and errors side by side, for pages that show what they have (a dashboard with one domain down);
   * rejects with a WuyeClientError only when no GraphQL answer came (network, a non-GraphQL HTTP answer). */
  execute<TResult, TVariables>(document: WuyeDocument<TResult, TVariables>, ...args: VariablesArgs<NoInfer<TVariables>>): Promise<WuyeResult<TResult>>;
}

interface Payload {
  query?: string;
  operationName?: string;
  variables?: unknown;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

async function webCryptoSha256(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('@wuye/client: crypto.subtle is not available (not a secure context?): pass `sha256` to createWuyeClient, or use persisted: "text"');
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}

/** the first operation's name (`query EstatePage(…)` → EstatePage): sent as operationName, for the gateway's metrics */
export function operationName(text: string): string | undefined {
  return /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(text)?.[1];
}

export function createWuyeClient(options: WuyeClientOptions): WuyeClient {
  const doFetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!doFetch) throw new Error('@wuye/client: no fetch: pass `fetch` to createWuyeClient');
  const mode = options.persisted ?? 'text';
  const sha256 = options.sha256 ?? webCryptoSha256;
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (text: string) => {
    let hash = hashes.get(text);
    if (!hash) {
      hash = Promise.resolve(sha256(text));
      hashes.set(text, hash);
      hash.catch(() => hashes.delete(text));
    }
    return hash;
  };

  async function post(payload: Payload, request: RequestOptions): Promise<WuyeResult<unknown>> {
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...options.headers,
      ...request.headers,
    };
    const token = options.getToken ? await options.getToken() : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(options.url, { method: 'POST', headers, body: JSON.stringify(payload), ...(request.signal ? { signal: request.signal } : {}) });
    } catch (cause) {
      throw new WuyeClientError([{ message: `No answer from ${options.url}: ${(cause as Error)?.message ?? String(cause)}`, code: WuyeErrorCode.NETWORK_ERROR, extensions: {} }], { cause });
    }
    const text = await response.text();
    let body: { data?: unknown; errors?: unknown } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    if (!body || typeof body !== 'object' || (!('data' in body) && !Array.isArray(body.errors))) {
      throw new WuyeClientError(
        [{ message: `HTTP ${response.status} from ${options.url} is not a GraphQL response: ${text.slice(0, 200)}`, code: WuyeErrorCode.HTTP_ERROR, extensions: { status: response.status } }],
        { status: response.status },
      );
    }
    return { data: body.data, errors: Array.isArray(body.errors) ? body.errors.map(toWuyeError) : [], status: response.status };
  }

  async function execute<TResult, TVariables>(document: WuyeDocument<TResult, TVariables>, ...[variables, request = {}]: VariablesArgs<TVariables>): Promise<WuyeResult<TResult>> {
    const query = document.toString();
    if (typeof query !== 'string' || query.startsWith('[object')) {
      throw new TypeError('@wuye/client: documents are strings (the generated …Document constants, documentMode "string"); a parsed DocumentNode is not supported');
    }
    const payload: Payload = { operationName: operationName(query), variables: variables ?? {} };
    if (mode === 'text') return (await post({ ...payload, query }, request)) as WuyeResult<TResult>;
    const extensions = { persistedQuery: { version: 1 as const, sha256Hash: await hashOf(query) } };
    const first = await post({ ...payload, extensions }, request);
    if (mode === 'apq' && first.errors.some((e) => e.code === WuyeErrorCode.PERSISTED_QUERY_NOT_FOUND)) {
      return (await post({ ...payload, query, extensions }, request)) as WuyeResult<TResult>;
    }
    return first as WuyeResult<TResult>;
  }

  return {
    execute,
    async request<TResult, TVariables>(document: WuyeDocument<TResult, TVariables>, ...args: VariablesArgs<TVariables>): Promise<TResult> {
      const result = await execute(document, ...args);
      if (result.errors.length || result.data == null) {
        const errors = result.errors.length ? result.errors : [{ message: 'The response has no data', code: WuyeErrorCode.INTERNAL_SERVER_ERROR, extensions: {} }];
        throw new WuyeClientError<TResult>(errors, { data: result.data, status: result.status });
      }
      return result.data;
    },
  };
}
