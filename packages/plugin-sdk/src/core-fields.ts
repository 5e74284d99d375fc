// Fields other core subgraphs add to a core entity (party-building's OwnersCommittee.partyMembers,
// Region.partyBuilding …) asked at request time. `lookupCore` asks only the entity's owner (the
// registry), which does not have them; here the published contract says which subgraph resolves the
// fields and which `@requires` fields each representation must carry — so a vendor never guesses a
// subgraph name, and a missing required field fails with its fix instead of a remote validation error.
import { loadContract } from '@wuye/contract';
import { Kind, parse, type FieldDefinitionNode, type FieldNode, type ObjectTypeDefinitionNode } from 'graphql';
import type { PluginContext } from './builder.js';

export interface CoreFieldSource {
  /** the core subgraph that resolves the selected fields, e.g. 'party-building' */
  subgraph: string;
  /** fields each representation must carry besides the key (from `@requires`), e.g. ['estateCount'] */
  requires: string[];
}

const sources = new Map<string, Map<string, { subgraph: string; requires: string[] }>>();

/** typename → field → the subgraph that resolves it (not `@external`) and what it @requires */
function fieldSources(typename: string): Map<string, { subgraph: string; requires: string[] }> {
  if (!sources.size) {
    for (const [subgraph, sdl] of Object.entries(loadContract().subgraphs)) {
      for (const d of parse(sdl).definitions) {
        if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
        const fields = sources.get(d.name.value) ?? new Map();
        for (const f of (d as ObjectTypeDefinitionNode).fields ?? []) {
          if (hasDirective(f, 'external') || fields.has(f.name.value)) continue;
          fields.set(f.name.value, { subgraph, requires: requiresOf(f) });
        }
        sources.set(d.name.value, fields);
      }
    }
  }
  return sources.get(typename) ?? new Map();
}

const hasDirective = (f: FieldDefinitionNode, name: string) => (f.directives ?? []).some((d) => d.name.value === name);

function requiresOf(f: FieldDefinitionNode): string[] {
  const arg = f.directives?.find((d) => d.name.value === 'requires')?.arguments?.find((a) => a.name.value === 'fields');
  return arg && arg.value.kind === Kind.STRING ? arg.value.value.split(/[\s{}]+/).filter(Boolean) : [];
}

/**
 * Which core subgraph resolves `selection` on `typename` (e.g. 'OwnersCommittee', 'partyMembers isRed')
 * and what its representations must carry. Key fields may be selected too. Throws, naming the fix, when
 * a field is unknown or the fields come from several subgraphs (ask each with its own call).
 */
export function coreFieldSource(typename: string, selection: string): CoreFieldSource {
  const known = fieldSources(typename);
  if (!known.size) throw new Error(`${typename} is not a type of the published contract`);
  const operation = parse(`{ ${selection} }`).definitions[0];
  const names = operation && operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD).map((s) => s.name.value) : [];
  const bySubgraph = new Map<string, string[]>();
  const requires = new Set<string>();
  for (const name of names) {
    const source = known.get(name);
    if (!source) throw new Error(`${typename}.${name} is not in the published contract (fields: ${[...known.keys()].join(', ')})`);
    if (name === 'id' || name === 'code' || name === '__typename') continue; // keys: every subgraph resolves them
    bySubgraph.set(source.subgraph, [...(bySubgraph.get(source.subgraph) ?? []), name]);
    source.requires.forEach((r) => requires.add(r));
  }
  if (bySubgraph.size > 1) throw new Error(`${typename}: ${[...bySubgraph].map(([s, f]) => `${f.join(', ')} from ${s}`).join('; ')} — ask each subgraph with its own lookupCoreFields call`);
  const [subgraph] = bySubgraph.keys();
  return { subgraph: subgraph ?? extensibleOwner(typename), requires: [...requires] };
}

function extensibleOwner(typename: string): string {
  for (const [subgraph, sdl] of Object.entries(loadContract().subgraphs)) {
    if (parse(sdl).definitions.some((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typename && !(d.directives ?? []).some((x) => x.name.value === 'extends'))) return subgraph;
  }
  throw new Error(`${typename} has no owner in the published contract`);
}

/**
 * Asks the core subgraph that resolves `selection` on `typename`, e.g.
 * `lookupCoreFields(ctx, 'OwnersCommittee', ids.map((id) => ({ id })), 'id partyMembers')` goes to
 * party-building; `lookupCoreFields(ctx, 'Region', [{ code, estateCount }], 'partyBuilding { committees }')`
 * too, once each key carries the `estateCount` that Region.partyBuilding @requires (ask the registry for
 * it first with `lookupCore`). One batched `_entities` request; null where the subgraph has no entity.
 */
export async function lookupCoreFields<T>(ctx: Pick<PluginContext, 'services'>, typename: string, keys: Record<string, unknown>[], selection: string): Promise<(T | null)[]> {
  const { subgraph, requires } = coreFieldSource(typename, selection);
  const missing = requires.filter((r) => keys.some((k) => !(r in k)));
  if (missing.length) throw new Error(`${typename} fields from ${subgraph} @require ${missing.join(', ')}: add ${missing.map((m) => `"${m}"`).join(', ')} to every key (ask the owner with lookupCore first)`);
  return ctx.services.entities<T>(subgraph, typename, keys, selection);
}
