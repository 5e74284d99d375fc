// A stand-in for the registry subgraph in integration tests: it answers the `_entities` look-ups this
// subgraph's service client sends (ResidentialEstate { id regionCode company { id } }, PropertyCompany
// { id }) from the demo province, and lets a test move an estate to another company. The real
// registry is exercised end to end in test/e2e.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateProvince } from '@wuye/dataset';
import { buildSchema, graphql } from 'graphql';

const SDL = `
  scalar _Any
  type PropertyCompany { id: ID! }
  type ResidentialEstate { id: ID! regionCode: String! company: PropertyCompany }
  union _Entity = PropertyCompany | ResidentialEstate
  type Query { _entities(representations: [_Any!]!): [_Entity]! }
`;

export interface FakeRegistry {
  url: string;
  /** how many look-up requests it has answered */
  requests: number;
  /** the company serving an estate from now on (null: none) */
  serve(estateId: string, companyId: string | null): void;
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const { registry } = generateProvince();
  const estates = new Map(registry.estates.map((e) => [e.id, { regionCode: e.regionCode, companyId: e.companyId }]));
  const companies = new Set(registry.companies.map((c) => c.id));
  const schema = buildSchema(SDL);
  const rootValue = {
    _entities: ({ representations }: { representations: { __typename: string; id: string }[] }) =>
      representations.map((r) => {
        if (r.__typename === 'PropertyCompany') return companies.has(r.id) ? { __typename: r.__typename, id: r.id } : null;
        const estate = estates.get(r.id);
        return estate ? { __typename: r.__typename, id: r.id, regionCode: estate.regionCode, company: estate.companyId ? { id: estate.companyId } : null } : null;
      }),
  };
  const resolveType = (value: { __typename: string }) => value.__typename;
  (schema.getType('_Entity') as unknown as { resolveType: typeof resolveType }).resolveType = resolveType;

  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      state.requests++;
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables: Record<string, unknown> };
      const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get requests() {
      return state.requests;
    },
    serve(estateId, companyId) {
      estates.set(estateId, { ...estates.get(estateId)!, companyId });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
