import { describe, expect, it } from 'vitest';
import { diffContracts, requiredBump } from './diff.js';
import { extensibleEntities } from './entities.js';
import { loadContract, loadHistory } from './files.js';

const BASE = /* GraphQL */ `
  type Query { estate(id: ID!): Estate, estates(first: Int): [Estate!]! }
  type Estate { id: ID!, name: String!, households: Int }
`;

describe('contract diff', () => {
  it('calls a removed field breaking, and requires a major bump', async () => {
    const changes = await diffContracts(BASE, BASE.replace('households: Int', ''));
    expect(changes).toEqual([expect.objectContaining({ severity: 'breaking', path: 'Estate.households' })]);
    expect(requiredBump(changes)).toBe('major');
  });

  it('calls an added optional argument and an added field safe (a minor bump)', async () => {
    const changes = await diffContracts(BASE, BASE.replace('estates(first: Int)', 'estates(first: Int, after: String)').replace('name: String!', 'name: String!, address: String'));
    expect(changes.map((c) => c.severity)).toEqual(['safe', 'safe']);
    expect(requiredBump(changes)).toBe('minor');
  });

  it('calls an added required argument breaking and nothing at all none', async () => {
    expect((await diffContracts(BASE, BASE.replace('estate(id: ID!)', 'estate(id: ID!, city: String!)')))[0]?.severity).toBe('breaking');
    expect(requiredBump(await diffContracts(BASE, BASE))).toBe('none');
  });
});

describe('the published contract', () => {
  it('names the entities a plugin may extend, with their keys, read from the subgraph SDL', () => {
    const entities = extensibleEntities(loadContract().subgraphs);
    const byName = Object.fromEntries(entities.map((e) => [e.typename, e]));
    expect(byName.ResidentialEstate).toMatchObject({ owner: 'registry', keys: ['id'] });
    expect(byName.PropertyCompany).toMatchObject({ owner: 'registry', keys: ['id', 'uscc'] });
    expect(byName.Region).toMatchObject({ owner: 'registry', keys: ['code'] });
  });

  it('keeps every published version, the current one equal to the contract schema', () => {
    const contract = loadContract();
    const history = loadHistory();
    expect(history.at(-1)).toEqual({ version: contract.version, schema: contract.schema });
  });
});
