// The built app from one folder: hashed assets cached for a year, everything else revalidated, and
// index.html for any other path (the app routes on the client: /estate/E000001 is a page, not a file).
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The page may load and call only its own origin (everything is bundled: no CDN, no inline script); styles
 * may be inline (React's style attributes, ECharts' SVG); nobody may frame it.
 */
export const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function staticFiles(distDir: string): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  return (req, res) => {
    if (!fs.existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`控制台尚未构建 — the console is not built: run \`npm run build -w @wuye/console\` (npm start does it for you)\n`);
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://console').pathname);
    const file = path.resolve(root, `.${pathname}`);
    const inside = file === root || file.startsWith(root + path.sep);
    const found = inside && fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
    // a missing asset is a 404 (a stale tab asking for an old bundle must not get HTML back as script)
    if (!found && pathname.startsWith('/assets/')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    const served = found ?? index;
    const immutable = served.startsWith(path.join(root, 'assets') + path.sep);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(served).pipe(res);
  };
}
