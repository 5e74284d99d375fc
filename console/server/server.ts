// The console's own small server: the built app, /graphql forwarded to the gateway, and the demo
// sign-in. Nothing else: all data comes through the gateway with the viewer's token.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleConfig } from './config.js';
import { devTokenEndpoint, signInOptions } from './dev-sign-in.js';
import { gatewayProxy } from './gateway-proxy.js';
import { staticFiles } from './static-files.js';

export interface RunningConsole {
  url: string;
  close(): Promise<void>;
}

export async function startConsoleServer(config: ConsoleConfig): Promise<RunningConsole> {
  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => unknown> = {
    '/graphql': gatewayProxy(config.gatewayUrl),
    '/api/sign-in/options': signInOptions(config.devTokens),
    '/api/sign-in/dev-token': devTokenEndpoint(config.devTokens),
    '/healthz': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n'),
  };
  const files = staticFiles(config.distDir);
  const server = http.createServer((req, res) => {
    // a handler's failure (a malformed address, say) answers this request and never stops the server
    Promise.resolve()
      .then(() => (routes[new URL(req.url ?? '/', 'http://console').pathname] ?? files)(req, res))
      .catch((error: unknown) => {
        const malformed = error instanceof URIError || error instanceof TypeError;
        if (!res.headersSent) res.writeHead(malformed ? 400 : 500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(malformed ? 'bad request: malformed address\n' : `internal error: ${(error as Error).message}\n`);
      });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, '0.0.0.0', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
