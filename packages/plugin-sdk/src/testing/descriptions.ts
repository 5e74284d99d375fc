// Every type, field, argument and enum value a plugin adds should be described, starting with the
// Chinese term Chinese users know (e.g. '业主大会表决 — …'). `wuye plugin check` does not look at
// descriptions; a plugin's test can: `expect(describedProblems(plugin.schema(), manifest.namespace)).toEqual([])`.
import type { GraphQLSchema } from 'graphql';

const CJK = /^[\u3400-\u9fff\u3000-\u303f\uff00-\uffef《]/;
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
// what the kit's relay plugin generates (paging arguments, connection and edge fields) is described by the kit
const PAGING_ARGS = new Set(['first', 'after', 'last', 'before']);
const isPagingType = (name: string) => name.endsWith('Connection') || name.endsWith('Edge');

/**
 * One line per element the plugin adds (its namespaced types, and its fields on root and core types)
 * whose description is missing or does not start with a Chinese character. Key fields it re-declares
 * on core entities (`id`, `code`), federation's own types and the kit's paging arguments and
 * connection / edge fields are skipped.
 */
export function describedProblems(schema: GraphQLSchema, namespace: string): string[] {
  const prefix = namespace[0]!.toUpperCase() + namespace.slice(1);
  const problems: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description || !CJK.test(description.trim())) problems.push(`${where}: description must start with the Chinese term (got ${description ? JSON.stringify(description.slice(0, 30)) : 'none'})`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('_')) continue;
    const own = type.name.startsWith(prefix);
    if (own) check(type.name, type.description);
    // duck-typed, not instanceof: a plugin's schema may come from another copy of graphql (ESM / CJS)
    if (own && 'getValues' in type) for (const v of type.getValues()) check(`${type.name}.${v.name}`, v.description);
    if (!('getFields' in type)) continue;
    if (isPagingType(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const ownField = own || ((ROOTS.has(type.name) || !type.name.startsWith(prefix)) && field.name.startsWith(namespace));
      if (!ownField) continue;
      check(`${type.name}.${field.name}`, field.description);
      if ('args' in field && Array.isArray(field.args)) for (const arg of field.args) if (!PAGING_ARGS.has(arg.name)) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
    }
  }
  return problems;
}
