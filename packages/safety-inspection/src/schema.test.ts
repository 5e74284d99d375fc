// The subgraph's contract: its printed SDL (snapshot), and the naming rule — every type, field, input
// field and enum value has a description that starts with the Chinese term (or, for the shapes every
// subgraph shares — ids, connections — at least says what it is).
import { printSubgraphSchema } from '@wuye/kit';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import safetyInspection from './index.js';

const sdl = printSubgraphSchema(safetyInspection.schema());
const CHINESE = /^[\u4e00-\u9fff“]/;
/** types the kit or federation defines, and the registry's entities (their keys are theirs to describe) */
const FOREIGN = new Set(['PageInfo', 'Region', 'ResidentialEstate', 'PropertyCompany']);

describe('the schema', () => {
  it('prints the SDL it publishes (a change here is a change of the contract)', async () => {
    await expect(sdl).toMatchFileSnapshot('__snapshots__/safety-inspection.graphql');
  });

  it('describes every type, field, input field and enum value, starting with the Chinese term', () => {
    const missing: string[] = [];
    const check = (path: string, description: string | undefined) => {
      if (!description) missing.push(`${path}: no description`);
      else if (!CHINESE.test(description)) missing.push(`${path}: "${description.slice(0, 30)}…" does not start with the Chinese term`);
    };
    // ids, cursors and a connection's plumbing are the same everywhere
    const plumbing = new Set(['id', 'cursor', 'node', 'edges', 'pageInfo', 'totalCount']);
    for (const definition of parse(sdl).definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) {
        const name = definition.name.value;
        if (FOREIGN.has(name)) continue;
        const root = name === 'Query' || name === 'Mutation';
        if (!root) check(name, definition.description?.value);
        if (definition.kind === Kind.ENUM_TYPE_DEFINITION) for (const value of definition.values ?? []) check(`${name}.${value.name.value}`, value.description?.value);
        else for (const field of definition.fields ?? []) if (!plumbing.has(field.name.value) && !field.name.value.startsWith('_')) check(`${name}.${field.name.value}`, field.description?.value);
      }
    }
    expect(missing).toEqual([]);
  });
});
