// A stand-in for the registry subgraph in this package's tests: it answers the service client's
// `_entities` lookups of PropertyCompany (id regionCode estates { edges { node { id regionCode } } })
// from the demo province — the real registry is exercised end to end in test/e2e.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateProvince } from '@wuye/dataset';

export interface RegistryStub {
  url: string;
  lookups: number;
  close(): Promise<void>;
}

export async function startRegistryStub(): Promise<RegistryStub> {
  const { registry } = generateProvince();
  const estates = new Map<string, { id: string; regionCode: string }[]>();
  for (const e of registry.estates) if (e.companyId) estates.set(e.companyId, [...(estates.get(e.companyId) ?? []), { id: e.id, regionCode: e.regionCode }]);
  const companies = new Map(registry.companies.map((c) => [c.id, c]));
  const stub = { lookups: 0 } as RegistryStub;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { representations: { __typename: string; id: string }[] } };
      stub.lookups++;
      const entities = variables.representations.map((r) => {
        const company = r.__typename === 'PropertyCompany' ? companies.get(r.id) : undefined;
        if (!company) return null;
        return { id: company.id, regionCode: company.regionCode, estates: { edges: (estates.get(company.id) ?? []).map((node) => ({ node })) } };
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(stub, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
