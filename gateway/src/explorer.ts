// The explorer page: GraphiQL bundled inside @graphql-yoga/render-graphiql, served from this process
// (no CDN: government networks are often offline).
import type http from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXAMPLE = `# 物业监管联邦平台 — try a query. Tokens: \`npx wuye token --role CITY_ADMIN --region 350200\`,
# then add a header {"Authorization": "Bearer <token>"} below.
{
  region(code: "350000") {
    name
    coverage { estates covered rate }
    children { code name coverage { estates rate } }
  }
}
`;

let page: string | undefined;

export function explorerPage(_req: http.IncomingMessage, res: http.ServerResponse): void {
  page ??= renderGraphiQL({ title: 'Wuye Federation — 物业监管联邦平台', endpoint: '/graphql', defaultQuery: EXAMPLE } as Parameters<typeof renderGraphiQL>[0]);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(page);
}
