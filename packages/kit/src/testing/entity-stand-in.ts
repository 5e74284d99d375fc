// A stand-in for another subgraph in a package's integration tests: it answers the service client's
// `_entities` requests with what `resolve` gives for each representation (null: no such entity). The
// answer may carry more fields than the request selects; the service client reads what it asked for.
// The real subgraphs meet each other in test/e2e.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Representation = { __typename: string } & Record<string, unknown>;

export interface EntityStandIn {
  url: string;
  /** how many requests it has answered */
  readonly requests: number;
  close(): Promise<void>;
}

export async function startEntityStandIn(resolve: (representation: Representation) => object | null): Promise<EntityStandIn> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests++;
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { representations?: Representation[] } };
      const representations = variables?.representations;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (!Array.isArray(representations)) return res.end(JSON.stringify({ errors: [{ message: 'the stand-in answers _entities(representations) only' }] }));
      res.end(JSON.stringify({ data: { _entities: representations.map((r) => resolve(r)) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
