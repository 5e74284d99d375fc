// /graphql on the console's origin, forwarded to the gateway as it came (method, body, the headers
// that matter): the browser talks to one origin, so the gateway needs no CORS for its own console.
import type http from 'node:http';

const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'traceparent', 'tracestate', 'x-request-id', 'apollographql-client-name', 'apollographql-client-version'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id', 'cache-control', 'retry-after'];
const MAX_BODY = 1024 * 1024;

function graphqlError(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export function gatewayProxy(gatewayUrl: string): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  return async (req, res) => {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      // the gateway has its own, smaller limit; this one only keeps the console from buffering without end
      if (size > MAX_BODY) return graphqlError(res, 413, 'PAYLOAD_TOO_LARGE', `请求过大 — the request body is over ${MAX_BODY} bytes`);
      chunks.push(chunk as Buffer);
    }
    const search = new URL(req.url ?? '/', 'http://console').search;
    let answer: Response;
    try {
      answer = await fetch(gatewayUrl + search, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks) });
    } catch (error) {
      return graphqlError(res, 502, 'GATEWAY_UNREACHABLE', `网关无应答 — the gateway at ${gatewayUrl} did not answer: ${(error as Error).message}`);
    }
    const out: Record<string, string> = {};
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value) out[name] = value;
    }
    res.writeHead(answer.status, out);
    res.end(Buffer.from(await answer.arrayBuffer()));
  };
}
