// `wuye plugin check <dir>`: everything that decides whether a plugin fits, offline, one line per
// failure with the fix. The published contract is the reference, not the running core.
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { extensibleEntities, loadContract } from '@wuye/contract';
import { InvalidManifestError, manifestProblems, pluginDbSchema, typePrefix, type PluginDefinition } from '@wuye/plugin-sdk';
import { printSubgraphSchema } from '@wuye/kit';
import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import semver from 'semver';
import { CORE_SUBGRAPHS } from '../subgraphs.js';
import { loadPlugin } from './load.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
// types every subgraph defines the same way (federation's and the kit's)
const SHARED_TYPES = new Set(['PageInfo', '_Service', '_Any', '_Entity', 'link__Import', 'link__Purpose', 'FieldSet', 'federation__FieldSet', 'federation__Scope', 'federation__Policy', 'Decimal', 'Date', 'DateTime', 'RegionCode', 'Uscc', 'Quarter']);

export interface CheckResult {
  plugin: string;
  problems: string[];
}

export async function checkPlugin(dir: string): Promise<CheckResult> {
  let plugin: PluginDefinition;
  try {
    plugin = await loadPlugin(dir);
  } catch (error) {
    if (error instanceof InvalidManifestError) return { plugin: path.basename(dir), problems: error.problems };
    return { plugin: path.basename(dir), problems: [`cannot load the plugin: ${(error as Error).message}`] };
  }
  const problems = manifestProblems(plugin.manifest);
  if (problems.length) return { plugin: path.basename(dir), problems };
  const { manifest } = plugin;
  const contract = loadContract();

  if (!semver.satisfies(contract.version, manifest.contract)) {
    problems.push(`manifest.contract "${manifest.contract}" does not accept the published contract ${contract.version}: rebuild against ${contract.version} and set contract to "^${contract.version}"`);
  }
  if (plugin.dbSchema !== pluginDbSchema(manifest.namespace)) problems.push(`its PostgreSQL schema is "${plugin.dbSchema}": a plugin keeps its tables in ${pluginDbSchema(manifest.namespace)} (definePlugin sets it)`);

  let sdl: string;
  try {
    sdl = printSubgraphSchema(plugin.schema());
  } catch (error) {
    return { plugin: manifest.name, problems: [...problems, `its schema does not build: ${(error as Error).message}`] };
  }
  problems.push(...namingAndOwnership(parse(sdl), manifest, contract.subgraphs));

  const composition = composeServices([
    ...Object.entries(contract.subgraphs).map(([name, typeDefs]) => ({ name, url: `http://core/${name}`, typeDefs: parse(typeDefs) })),
    { name: plugin.name, url: `http://plugin/${plugin.name}`, typeDefs: parse(sdl) },
  ]);
  for (const error of composition.errors ?? []) problems.push(`does not compose with the core: ${error.message}`);

  problems.push(...foreignSchemas(dir, pluginDbSchema(manifest.namespace)));
  return { plugin: manifest.name, problems };
}

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

export function namingAndOwnership(document: DocumentNode, manifest: PluginDefinition['manifest'], coreSubgraphs: Record<string, string>): string[] {
  const problems: string[] = [];
  const prefix = typePrefix(manifest.namespace);
  const entities = new Map(extensibleEntities(coreSubgraphs).map((e) => [e.typename, e]));
  const coreFields = coreFieldsByType(coreSubgraphs);
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const name = definition.name.value;
    if (SHARED_TYPES.has(name) || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const isObject = definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION;
    if (isObject && ROOT_TYPES.has(name)) {
      for (const field of (definition as ObjectNode).fields ?? []) {
        if (field.name.value.startsWith('_')) continue; // _entities, _service
        if (!field.name.value.startsWith(manifest.namespace)) problems.push(`${name}.${field.name.value}: root fields must start with "${manifest.namespace}" (e.g. ${manifest.namespace}${cap(field.name.value)})`);
      }
      continue;
    }
    if (isObject && coreFields.has(name)) {
      const entity = entities.get(name);
      if (!entity) {
        problems.push(`type ${name}: shadows a core type that is not an extensible entity — name your own type ${prefix}${name}`);
        continue;
      }
      if (!manifest.extends.includes(name)) problems.push(`type ${name}: extended but not listed in manifest.extends — add "${name}" to it`);
      const keys = keyFields(definition as ObjectNode);
      for (const key of keys) if (!entity.keys.includes(key)) problems.push(`type ${name}: key "${key}" is not published (use one of ${entity.keys.map((k) => `"${k}"`).join(', ')})`);
      const keyNames = new Set(keys.flatMap((k) => k.split(/\s+/)));
      for (const field of (definition as ObjectNode).fields ?? []) {
        const fieldName = field.name.value;
        if (keyNames.has(fieldName)) continue;
        // a core field re-declared @external for a @requires of the plugin's own: the core still resolves it
        if (field.directives?.some((d) => d.name.value === 'external') && coreFields.get(name)!.has(fieldName)) continue;
        if (coreFields.get(name)!.has(fieldName)) problems.push(`${name}.${fieldName}: redefines a core field — add your own field ${manifest.namespace}${cap(fieldName)} instead`);
        else if (!fieldName.startsWith(manifest.namespace)) problems.push(`${name}.${fieldName}: fields on core entities must start with "${manifest.namespace}" (e.g. ${manifest.namespace}${cap(fieldName)})`);
        if (field.type.kind === Kind.NON_NULL_TYPE) problems.push(`${name}.${fieldName}: must be nullable, so that the core still answers when the plugin is down`);
        if (field.directives?.some((d) => d.name.value === 'override')) problems.push(`${name}.${fieldName}: @override takes a field from the core — plugins may not`);
      }
      continue;
    }
    if (coreFields.has(name)) {
      problems.push(`${name}: the core already defines this type — name yours ${prefix}${name}`);
      continue;
    }
    if (!name.startsWith(prefix)) problems.push(`type ${name}: types must start with "${prefix}" (e.g. ${prefix}${name})`);
  }
  return problems;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function keyFields(type: ObjectNode): string[] {
  return (type.directives ?? [])
    .filter((d) => d.name.value === 'key')
    .map((d) => d.arguments?.find((a) => a.name.value === 'fields')?.value)
    .map((v) => (v && v.kind === Kind.STRING ? v.value : ''))
    .filter(Boolean);
}

/** core type name → its field names (over all core subgraphs) */
function coreFieldsByType(subgraphs: Record<string, string>): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  for (const sdl of Object.values(subgraphs)) {
    for (const d of parse(sdl).definitions) {
      if (!('name' in d) || !d.name || SHARED_TYPES.has(d.name.value) || ROOT_TYPES.has(d.name.value)) continue;
      const fields = types.get(d.name.value) ?? new Set<string>();
      if ('fields' in d) for (const f of d.fields ?? []) fields.add(f.name.value);
      types.set(d.name.value, fields);
    }
  }
  return types;
}

/**
 * SQL in the plugin's sources that names another schema's tables (`registry.x`, `"party_building"."y"`,
 * another plugin's, or public). Only schema names count: `c.region_code` after a table alias does not.
 */
function foreignSchemas(dir: string, own: string): string[] {
  const problems: string[] = [];
  const others = new Set([...CORE_SUBGRAPHS.map((s) => s.name.replace(/-/g, '_')), 'public']);
  const sql = /\b(?:from|join|into|update|table|references|schema(?:\s+if\s+not\s+exists)?)\s+"?([a-z_][a-z0-9_]*)"?\s*\.\s*"?[a-z_]/gi;
  for (const file of sources(path.join(dir, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(sql)) {
      const schema = match[1]!.toLowerCase();
      if (schema !== own && (others.has(schema) || schema.startsWith('plugin_'))) {
        const line = text.slice(0, match.index).split('\n').length;
        problems.push(`${path.relative(dir, file)}:${line}: SQL names schema "${schema}" — a plugin reads and writes only its own schema ${own}; other domains' data comes through federation`);
      }
    }
  }
  return problems;
}

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}
