// Asks the running schema (introspection through the gateway) which fields the enabled plugins add to
// a core entity, with what scalar sub-fields and enum values. Up to three small queries, once per page
// load and entity.
import type { WuyeClient, WuyeDocument } from '@wuye/client';
import { CONTRACT_FIELDS, enumTypesOf, namedType, pluginFields, pluginSelection, typesQuery, type IntrospectedField, type IntrospectedType } from './plugin-fields.js';

export interface PluginFields {
  fields: IntrospectedField[];
  /** the object types the fields return, and the enums among their sub-fields */
  types: Map<string, IntrospectedType>;
  /** the selection to add to the entity's query ('' when no plugin adds anything) */
  selection: string;
}

type Types = Record<string, IntrospectedType | null>;

const asDocument = (text: string) => ({ toString: () => text }) as unknown as WuyeDocument<Types, Record<string, never>>;

async function typesNamed(client: WuyeClient, names: string[]): Promise<Map<string, IntrospectedType>> {
  const found = await client.request(asDocument(typesQuery(names)));
  return new Map(Object.values(found).filter((t): t is IntrospectedType => t !== null).map((t) => [t.name, t]));
}

const cache = new Map<string, Promise<PluginFields>>();

export function discoverPluginFields(client: WuyeClient, entity: string): Promise<PluginFields> {
  let found = cache.get(entity);
  if (!found) {
    found = (async () => {
      const entityType = (await typesNamed(client, [entity])).get(entity);
      if (!entityType) throw new Error(`the schema has no type ${entity}`);
      const fields = pluginFields(entityType, CONTRACT_FIELDS[entity] ?? []);
      const objectNames = [...new Set(fields.map((f) => namedType(f.type)).filter((t) => t.kind === 'OBJECT').map((t) => t.name!))];
      const types = objectNames.length ? await typesNamed(client, objectNames) : new Map<string, IntrospectedType>();
      const enumNames = [...new Set([...enumTypesOf(types.values()), ...fields.map((f) => namedType(f.type)).filter((t) => t.kind === 'ENUM').map((t) => t.name!)])];
      if (enumNames.length) for (const [name, type] of await typesNamed(client, enumNames)) types.set(name, type);
      return { fields, types, selection: pluginSelection(fields, types) };
    })();
    cache.set(entity, found);
    found.catch(() => cache.delete(entity));
  }
  return found;
}
