// Apollo Server on plain node:http, shared by subgraphs and the gateway: a request id on every
// response, /graphql for the API, extra routes (health, explorer) beside it, bounded JSON bodies.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger.js';
import { startServerSpan, traceContext } from './tracing.js';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export interface HttpServeOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  context: (input: { headers: HeaderMap; requestId: string }) => Promise<Ctx>;
  port: number;
  host?: string;
  log: Logger;
  /** exact paths answered before /graphql, e.g. { '/healthz': … } */
  routes?: Record<string, Route>;
  /** answers GET /graphql from a browser (Accept: text/html), e.g. with an explorer page */
  browserPage?: Route;
  maxBodyBytes?: number;
  /** runs first on every request (headers such as CORS, metrics); return true when it answered the request itself */
  onRequest?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | void;
  /**
   * decides on a GraphQL request before it is parsed (e.g. a safelist): a refusal is answered as it is,
   * and nothing of the request reaches Apollo
   */
  admit?: (request: { body: unknown; search: URLSearchParams }) => Refusal | undefined;
}

export interface Refusal {
  status: number;
  errors: { message: string; extensions: { code: string; [key: string]: unknown } }[];
}

export interface HttpServed {
  server: http.Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serveApolloHttp<Ctx extends BaseContext>(options: HttpServeOptions<Ctx>): Promise<HttpServed> {
  const { apollo, log } = options;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const server = http.createServer((req, res) => {
    const requestId = safeRequestId(req.headers['x-request-id']) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    if (options.onRequest?.(req, res)) return;
    // the request's span continues the caller's trace; everything below runs inside it
    const { span, context } = startServerSpan(`${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0]}`, req.headers, { 'wuye.request_id': requestId });
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    traceContext.with(context, () => handle(req, res, requestId)).catch((error) => {
      log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) return route(req, res);
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: `no route ${url.pathname}: the API is at /graphql` });
    if (req.method === 'GET' && options.browserPage && !url.search && (req.headers.accept ?? '').includes('text/html')) return options.browserPage(req, res);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readBody(req, maxBody);
      if (read.error) return sendJson(res, read.status, { errors: [{ message: read.error, extensions: { code: read.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
      body = read.body;
    }
    const refusal = options.admit?.({ body, search: url.searchParams });
    if (refusal) return sendJson(res, refusal.status, { errors: refusal.errors });
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: () => options.context({ headers, requestId }),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A client's x-request-id is kept when it is short and plain; anything else is replaced. */
function safeRequestId(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[\w.:-]{1,128}$/.test(v) ? v : undefined;
}

async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<{ body?: unknown; error?: string; status: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return { error: `request body exceeds ${maxBytes} bytes`, status: 413 };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return { body: undefined, status: 200 };
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return { body: text, status: 200 };
  try {
    return { body: JSON.parse(text), status: 200 };
  } catch {
    return { error: 'request body is not valid JSON', status: 400 };
  }
}
