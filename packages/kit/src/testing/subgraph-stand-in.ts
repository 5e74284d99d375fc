// A stand-in for other subgraphs in a package's integration tests: it answers the service client's
// `_entities` lookups with what `entities` gives for each representation (null: no such entity), and
// root queries with what `query` gives, and keeps every query text it was asked. An answer may carry
// more fields than the request selects; the service client reads what it asked for. The real
// subgraphs meet each other in test/e2e (and a plugin the core in the SDK's startFederation).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Representation = { __typename: string } & Record<string, unknown>;

export interface SubgraphStandInOptions {
  /** the entity for one representation, or null when the subgraph has none */
  entities?: (representation: Representation) => object | null;
  /** the `data` of a root query (anything but `_entities`) */
  query?: (query: string, variables: Record<string, unknown>) => unknown;
}

export interface SubgraphStandIn {
  url: string;
  /** every request's query text, in order */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startSubgraphStandIn(options: SubgraphStandInOptions): Promise<SubgraphStandIn> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query = '', variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: string; variables?: Record<string, unknown> };
      requests.push(query);
      const answer = (data: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      const refuse = (message: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message }] }));
      try {
        if (/\b_entities\s*\(/.test(query)) {
          if (!options.entities) return refuse('this stand-in answers no _entities lookups');
          return answer({ _entities: ((variables.representations ?? []) as Representation[]).map((r) => options.entities!(r)) });
        }
        if (!options.query) return refuse('this stand-in answers no root queries');
        return answer(options.query(query, variables));
      } catch (error) {
        return refuse((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
