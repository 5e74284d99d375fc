// `wuye compose`: the supergraph from the subgraphs' SDL, composed by @apollo/composition.
import fs from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@wuye/kit';
import { parse } from 'graphql';
import { SUPERGRAPH_PATH } from '../paths.js';
import { CORE_SUBGRAPHS } from '../subgraphs.js';

export interface SubgraphEndpoint {
  name: string;
  url: string;
  sdl: string;
}

/** The core subgraphs at their default (or given) URLs. */
export function coreEndpoints(urls: Record<string, string> = {}): SubgraphEndpoint[] {
  return CORE_SUBGRAPHS.map(({ definition }) => ({
    name: definition.name,
    url: urls[definition.name] ?? `http://127.0.0.1:${definition.port}/graphql`,
    sdl: printSubgraphSchema(definition.schema()),
  }));
}

export function composeSupergraph(endpoints: SubgraphEndpoint[]): string {
  const result = composeServices(endpoints.map((e) => ({ name: e.name, url: e.url, typeDefs: parse(e.sdl) })));
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl!;
}

/** Composes and writes the file only when it changed (the gateway reloads on change). */
export function writeSupergraph(endpoints: SubgraphEndpoint[], file = SUPERGRAPH_PATH): { file: string; changed: boolean } {
  const sdl = composeSupergraph(endpoints);
  const changed = !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== sdl;
  if (changed) {
    fs.writeFileSync(`${file}.tmp`, sdl);
    fs.renameSync(`${file}.tmp`, file); // atomic: the gateway never reads half a file
  }
  return { file, changed };
}
