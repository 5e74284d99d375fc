// The safelist manifest, at build time: Apollo's persisted-query manifest of the operations, which the
// gateway's WUYE_SAFELIST reads as is (and preloads, so clients in safelist mode send the hash alone).
// Node only (`@wuye/client/manifest`): it hashes with node:crypto.
import { createHash } from 'node:crypto';
import { operationName } from './client.js';

export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

export interface PersistedOperation {
  /** sha256 (hex) of `body`, exactly the text the client hashes and sends */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The manifest of these documents (each one's text exactly as the client sends it), sorted by name.
 * Fragment-only documents are left out; an operation without a name, or two operations of one name, throw.
 */
export function persistedQueryManifest(documents: Iterable<{ toString(): string } | string>): PersistedQueryManifest {
  const operations: PersistedOperation[] = [];
  for (const document of documents) {
    const body = document.toString();
    const type = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\b/.exec(body)?.[1] as PersistedOperation['type'] | undefined;
    if (!type) {
      if (/^\s*(?:#[^\n]*\n\s*)*fragment\b/.test(body)) continue;
      if (/^\s*(?:#[^\n]*\n\s*)*\{/.test(body)) throw new Error(`a persisted operation needs a name: ${body.slice(0, 80)}`);
      throw new Error(`not an operation: ${body.slice(0, 80)}`);
    }
    const name = operationName(body);
    if (!name) throw new Error(`a persisted operation needs a name: ${body.slice(0, 80)}`);
    if (operations.some((o) => o.name === name)) throw new Error(`two operations are named ${name}`);
    operations.push({ id: sha256(body), name, type, body });
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** The manifest as written to persisted-operations.json: stable, two-space indented, one trailing newline. */
export function manifestJson(manifest: PersistedQueryManifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}
