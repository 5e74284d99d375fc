// `wuye compose`: the supergraph from the subgraphs' SDL, composed by @apollo/composition.
import fs from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@wuye/kit';
import { parse } from 'graphql';
import { SUPERGRAPH_PATH } from '../paths.js';
import { loadDefinitions } from '../subgraphs.js';

export interface SubgraphEndpoint {
  name: string;
  url: string;
  sdl: string;
}

/** The core subgraphs' SDL from their code (offline), at their default URLs. */
export async function coreEndpoints(): Promise<SubgraphEndpoint[]> {
  return (await loadDefinitions()).map((definition) => ({
    name: definition.name,
    url: `http://127.0.0.1:${definition.port}/graphql`,
    sdl: printSubgraphSchema(definition.schema()),
  }));
}

/** Running subgraphs' SDL, asked from each over HTTP (`{ _service { sdl } }`), as a registry would. */
export async function liveEndpoints(urls: Record<string, string>): Promise<SubgraphEndpoint[]> {
  return Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
      const body = (await response.json()) as { data?: { _service: { sdl: string } } };
      if (!body.data) throw new Error(`${name} at ${url} did not return its SDL: ${JSON.stringify(body)}`);
      return { name, url, sdl: body.data._service.sdl };
    }),
  );
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
