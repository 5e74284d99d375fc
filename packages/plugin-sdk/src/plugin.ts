// definePlugin: a plugin is a subgraph the kit serves like any other, with a manifest, its own
// PostgreSQL schema (plugin_<namespace>) and demo data for its city.
import type { MigrationObject } from '@mikro-orm/core';
import { defineSubgraph, type SeedInput, type SubgraphDefinition } from '@wuye/kit';
import type { EntitySchema } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import { manifestProblems, pluginDbSchema, type PluginManifest } from './manifest.js';

export interface PluginDefinition extends SubgraphDefinition<unknown> {
  manifest: PluginManifest;
}

export interface PluginOptions {
  manifest: PluginManifest;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any, any>[];
  migrations: MigrationObject[];
  schema: () => GraphQLSchema;
  /** writes the plugin's demo data (use `demoCity(manifest.city)` for its city's estates and companies) */
  seed?: (input: SeedInput) => Promise<Record<string, number>>;
}

/** Thrown by definePlugin for a manifest that is not valid; `problems` has one line per problem. */
export class InvalidManifestError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid plugin manifest:\n  ${problems.join('\n  ')}`);
  }
}

export function definePlugin(options: PluginOptions): PluginDefinition {
  const problems = manifestProblems(options.manifest);
  if (problems.length) throw new InvalidManifestError(problems);
  const { manifest } = options;
  const subgraph = defineSubgraph({
    name: `plugin-${manifest.name}`,
    port: manifest.port,
    dbSchema: pluginDbSchema(manifest.namespace),
    entities: options.entities,
    migrations: options.migrations,
    schema: options.schema,
    seed: options.seed,
  });
  return { ...subgraph, manifest };
}
