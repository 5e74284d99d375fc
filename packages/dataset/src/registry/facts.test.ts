import { describe, expect, it } from 'vitest';
import { generateProvince } from '../index.js';
import { registryFacts } from './facts.js';

const { registry } = generateProvince();

describe('registryFacts', () => {
  it('answers for estates and companies as registry does, and follows a change of company', () => {
    const facts = registryFacts(registry);
    const estate = registry.estates.find((e) => e.companyId)!;
    const other = registry.companies.find((c) => c.id !== estate.companyId)!;
    expect(facts.resolve({ __typename: 'ResidentialEstate', id: estate.id })).toEqual({ id: estate.id, regionCode: estate.regionCode, company: { id: estate.companyId } });
    const company = facts.resolve({ __typename: 'PropertyCompany', id: estate.companyId }) as { regionCode: string; estates: { edges: { node: { id: string } }[] } };
    expect(company.estates.edges.map((e) => e.node.id)).toEqual(registry.estates.filter((e) => e.companyId === estate.companyId).map((e) => e.id));
    facts.serve(estate.id, other.id);
    expect(facts.resolve({ __typename: 'ResidentialEstate', id: estate.id })).toMatchObject({ company: { id: other.id } });
    expect(facts.resolve({ __typename: 'ResidentialEstate', id: 'E-none' })).toBeNull();
    expect(() => facts.serve('E-none', null)).toThrow(/no estate/);
  });
});
