// The entities a plugin may extend and the keys it may use — read from the published subgraph SDL
// (each @key of the owning subgraph), never hard-coded.
import { Kind, parse, print, type ConstDirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';

export interface ExtensibleEntity {
  typename: string;
  /** the subgraph that owns it (defines it without extending) */
  owner: string;
  /** its key field sets, e.g. ['id', 'uscc'] */
  keys: string[];
  description: string | null;
}

export function extensibleEntities(subgraphs: Record<string, string>): ExtensibleEntity[] {
  const entities = new Map<string, ExtensibleEntity>();
  for (const [name, sdl] of Object.entries(subgraphs)) {
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue; // `extend type` marks a contributor, not the owner
      const keys = keyFieldSets(definition);
      if (!keys.length || isExtension(definition)) continue;
      entities.set(definition.name.value, { typename: definition.name.value, owner: name, keys, description: definition.description?.value ?? null });
    }
  }
  return [...entities.values()].sort((a, b) => a.typename.localeCompare(b.typename));
}

function keyFieldSets(type: ObjectTypeDefinitionNode): string[] {
  return (type.directives ?? []).filter((d) => d.name.value === 'key' && resolvable(d)).map((d) => fieldsArg(d)).filter((f): f is string => !!f);
}

const fieldsArg = (d: ConstDirectiveNode) => {
  const arg = d.arguments?.find((a) => a.name.value === 'fields');
  return arg && arg.value.kind === Kind.STRING ? arg.value.value : arg ? print(arg.value) : null;
};

const resolvable = (d: ConstDirectiveNode) => {
  const arg = d.arguments?.find((a) => a.name.value === 'resolvable');
  return !(arg && arg.value.kind === Kind.BOOLEAN && !arg.value.value);
};

const isExtension = (type: ObjectTypeDefinitionNode) => (type.directives ?? []).some((d) => d.name.value === 'extends');
