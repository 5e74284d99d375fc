// What the registry subgraph answers about the demo province when another subgraph asks for facts at
// write time (its service client's `_entities` lookups): an estate's community and serving company, a
// company's county and served estates. Package tests put this behind a stand-in server; `serve` lets a
// test move an estate to another company, as registry would after a new contract.
import type { RegistrySlice } from '../types.js';

export interface RegistryFacts {
  /** registry's answer for one representation ({ __typename, id }), or null where it has no such entity */
  resolve(representation: { __typename: string; id?: unknown }): object | null;
  /** the company serving an estate from now on (null: none) */
  serve(estateId: string, companyId: string | null): void;
}

export function registryFacts(registry: RegistrySlice): RegistryFacts {
  const estates = new Map(registry.estates.map((e) => [e.id, { regionCode: e.regionCode, companyId: e.companyId }]));
  const companies = new Map(registry.companies.map((c) => [c.id, c]));
  const servedBy = (companyId: string) => [...estates].filter(([, e]) => e.companyId === companyId).map(([id, e]) => ({ node: { id, regionCode: e.regionCode } }));
  return {
    resolve(representation) {
      const id = String(representation.id);
      if (representation.__typename === 'ResidentialEstate') {
        const estate = estates.get(id);
        return estate ? { id, regionCode: estate.regionCode, company: estate.companyId ? { id: estate.companyId } : null } : null;
      }
      if (representation.__typename === 'PropertyCompany') {
        const company = companies.get(id);
        return company ? { id, regionCode: company.regionCode, estates: { edges: servedBy(id) } } : null;
      }
      return null;
    },
    serve(estateId, companyId) {
      const estate = estates.get(estateId);
      if (!estate) throw new Error(`no estate ${estateId} in the demo province`);
      estates.set(estateId, { ...estate, companyId });
    },
  };
}
