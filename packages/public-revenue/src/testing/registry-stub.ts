// A stand-in for the registry subgraph in this package's tests: it answers the service client's
// `_entities` lookups of ResidentialEstate (id regionCode company { id }) from the demo province — the
// real registry is exercised end to end in test/e2e. `serve` changes let a test move an estate to another
// company.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateProvince } from '@wuye/dataset';

export interface RegistryStub {
  url: string;
  /** overrides: estate id → serving company (null: none) */
  serve(estateId: string, companyId: string | null): void;
  /** how many lookups it answered */
  lookups: number;
  close(): Promise<void>;
}

export async function startRegistryStub(): Promise<RegistryStub> {
  const { registry } = generateProvince();
  const estates = new Map(registry.estates.map((e) => [e.id, { regionCode: e.regionCode, companyId: e.companyId }]));
  const overrides = new Map<string, string | null>();
  const stub = { lookups: 0 } as RegistryStub;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { representations: { __typename: string; id: string }[] } };
      stub.lookups++;
      const entities = variables.representations.map((r) => {
        const estate = r.__typename === 'ResidentialEstate' ? estates.get(r.id) : undefined;
        if (!estate) return null;
        const companyId = overrides.has(r.id) ? overrides.get(r.id)! : estate.companyId;
        return { id: r.id, regionCode: estate.regionCode, company: companyId ? { id: companyId } : null };
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(stub, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    serve: (estateId: string, companyId: string | null) => void overrides.set(estateId, companyId),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
