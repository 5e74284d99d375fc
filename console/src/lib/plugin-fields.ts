// The enabled plugins' fields on an entity: what the running schema has beyond the published contract
// (the contract's fields are compiled in from its SDL). The estate page adds them to its one query,
// with their scalar sub-fields, and renders them from their descriptions — a plugin enabled tomorrow
// shows up without a new console build.

declare const __CONTRACT_FIELDS__: Record<string, string[]>;

/** the published contract's field names of ResidentialEstate and Region */
export const CONTRACT_FIELDS: Record<string, string[]> = typeof __CONTRACT_FIELDS__ === 'undefined' ? {} : __CONTRACT_FIELDS__;

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export interface IntrospectedField {
  name: string;
  description: string | null;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}

export interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
  /** an enum's values (null for other kinds) */
  enumValues?: { name: string; description: string | null }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const FIELDS = `name kind fields { name description args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } enumValues { name description }`;

/** one introspection query for several types, aliased t0, t1, … */
export function typesQuery(names: string[]): string {
  return `query ConsoleSchemaTypes { ${names.map((name, i) => `t${i}: __type(name: ${JSON.stringify(name)}) { ${FIELDS} }`).join(' ')} }`;
}

export function namedType(type: TypeRef): TypeRef {
  return type.ofType ? namedType(type.ofType) : type;
}

export function isList(type: TypeRef): boolean {
  if (type.kind === 'LIST') return true;
  return type.kind === 'NON_NULL' && type.ofType ? isList(type.ofType) : false;
}

const needsArgument = (field: IntrospectedField) => field.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null);
const isLeaf = (field: IntrospectedField) => ['SCALAR', 'ENUM'].includes(namedType(field.type).kind) && !isList(field.type);

/** fields the type has that the contract does not define: the plugins' */
export function pluginFields(type: IntrospectedType, contractFields: readonly string[]): IntrospectedField[] {
  const core = new Set(contractFields);
  return (type.fields ?? []).filter((f) => !core.has(f.name) && !f.name.startsWith('_') && !needsArgument(f));
}

/** the scalar fields of an object type a plugin field returns (what the page can show as text) */
export function leavesOf(type: IntrospectedType | undefined): IntrospectedField[] {
  return (type?.fields ?? []).filter((f) => isLeaf(f) && !needsArgument(f));
}

/**
 * The selection for the plugin fields: a scalar as it is, an object (or a list of them) with its scalar
 * fields; an object with none is left out.
 */
export function pluginSelection(fields: IntrospectedField[], types: Map<string, IntrospectedType>): string {
  return fields
    .map((field) => {
      const named = namedType(field.type);
      if (named.kind === 'SCALAR' || named.kind === 'ENUM') return field.name;
      const leaves = leavesOf(types.get(named.name ?? ''));
      return leaves.length ? `${field.name} { ${leaves.map((l) => l.name).join(' ')} }` : null;
    })
    .filter((s): s is string => s !== null)
    .join(' ');
}

/** The document with `selection` added inside the first `opening` (e.g. "estate(id: $id) {"). */
export function withSelection(document: string, opening: string, selection: string): string {
  if (!selection) return document;
  const at = document.indexOf(opening);
  if (at < 0) throw new Error(`the document has no "${opening}" to add fields to`);
  const end = at + opening.length;
  return `${document.slice(0, end)}\n    ${selection}${document.slice(end)}`;
}

/** the enum types among the scalar sub-fields of these object types (their values get labels) */
export function enumTypesOf(types: Iterable<IntrospectedType>): string[] {
  const names = [...types].flatMap((t) => leavesOf(t).map((f) => namedType(f.type)).filter((n) => n.kind === 'ENUM').map((n) => n.name!));
  return [...new Set(names)];
}

/** 'xiamenBundle' → 'xiamen': plugin fields start with their plugin's namespace */
export const namespaceOf = (fieldName: string): string => /^[a-z0-9]+/.exec(fieldName)?.[0] ?? fieldName;
