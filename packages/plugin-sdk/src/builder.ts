// A plugin's builder and the core entities it may extend, with the keys the published contract names.
import { extensibleEntities, loadContract } from '@wuye/contract';
import { createBuilder, type RequestContext } from '@wuye/kit';
import type { GraphQLSchema } from 'graphql';
import type { PluginManifest } from './manifest.js';

export type PluginContext = RequestContext;
export type PluginBuilder = ReturnType<typeof createBuilder<PluginContext>>;

// a type-level witness: lets declaration files name the types of external refs
declare const witness: PluginBuilder;
type KeySelection<Key extends object> = ReturnType<typeof witness.selection<Key>>;
/** A core entity the plugin extends (implement it once with `fields`, re-declaring its key field). */
export type CoreEntityRef<Key extends object> = ReturnType<typeof witness.externalRef<KeySelection<Key>>>;

export interface CoreEntities {
  ResidentialEstate: CoreEntityRef<{ id: string }>;
  PropertyCompany: CoreEntityRef<{ id: string }>;
  OwnersCommittee: CoreEntityRef<{ id: string }>;
  Region: CoreEntityRef<{ code: string }>;
  /** party-building's 党组织 — e.g. to return the organisation a plugin's row refers to (the gateway resolves it) */
  PartyOrganization: CoreEntityRef<{ id: string }>;
}

/**
 * The builder for a plugin's schema and refs to the core entities named in `manifest.extends`, keyed as
 * the contract publishes them. Asking for an entity the manifest does not list is an error.
 */
export function createPluginBuilder(manifest: PluginManifest): { builder: PluginBuilder; core: CoreEntities; toSchema: () => GraphQLSchema } {
  const builder = createBuilder<PluginContext>();
  const published = new Map(extensibleEntities(loadContract().subgraphs).map((e) => [e.typename, e]));
  const refs = new Map<string, unknown>();
  const core = new Proxy({} as CoreEntities, {
    get(_target, typename: string) {
      if (!manifest.extends.includes(typename)) throw new Error(`${manifest.name}: add "${typename}" to manifest.extends before extending it`);
      const entity = published.get(typename);
      if (!entity) throw new Error(`${manifest.name}: ${typename} is not an entity of the published contract (extensible: ${[...published.keys()].join(', ')})`);
      if (!refs.has(typename)) refs.set(typename, builder.externalRef(typename, builder.selection<Record<string, string>>(entity.keys[0]! as never)));
      return refs.get(typename);
    },
  });
  return { builder, core, toSchema: () => withRootTypeHint(() => builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK })) };
}

/**
 * Pothos says only "Missing implementations for some references (ObjectRef<Mutation>)" when fields were
 * added with `builder.queryFields` / `mutationFields` but the root type was never declared: name the fix.
 */
function withRootTypeHint(build: () => GraphQLSchema): GraphQLSchema {
  try {
    return build();
  } catch (error) {
    const missing = ['Query', 'Mutation'].filter((root) => new RegExp(`ObjectRef<${root}>`).test((error as Error).message));
    if (!missing.length) throw error;
    throw new Error(`${(error as Error).message} — declare each root type once: ${missing.map((m) => `builder.${m.toLowerCase()}Type({ description: '${m} root' })`).join(', ')}`, { cause: error });
  }
}

/** the Federation version every Wuye subgraph links */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';

/**
 * Facts a core subgraph owns, asked from the subgraph the contract names as the entity's owner, e.g.
 * `lookupCore(ctx, 'ResidentialEstate', [{ id }], 'id regionCode')` — one batched request.
 */
export function lookupCore<T>(ctx: PluginContext, typename: keyof CoreEntities, keys: Record<string, unknown>[], selection: string): Promise<(T | null)[]> {
  const owner = extensibleEntities(loadContract().subgraphs).find((e) => e.typename === typename)?.owner;
  if (!owner) throw new Error(`${typename} is not an entity of the published contract`);
  return ctx.services.entities<T>(owner, typename, keys, selection);
}
