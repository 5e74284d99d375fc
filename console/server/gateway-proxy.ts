// /graphql on the console's origin, forwarded to the gateway as it came (method, body, the headers
// that matter): the browser talks to one origin, so the gateway needs no CORS for its own console.
import type http from 'node:http';

const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'traceparent', 'tracestate', 'x-request-id', 'apollographql-client-name', 'apollographql-client-version'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id', 'cache-control', 'retry-after'];

export function gatewayProxy(gatewayUrl: string): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  return async (req, res) => {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const search = new URL(req.url ?? '/', 'http://console').search;
    let answer: Response;
    try {
      answer = await fetch(gatewayUrl + search, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks) });
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ errors: [{ message: `网关无应答 — the gateway at ${gatewayUrl} did not answer: ${(error as Error).message}`, extensions: { code: 'GATEWAY_UNREACHABLE' } }] }));
      return;
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
