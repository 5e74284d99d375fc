import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder with nx.json). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (!fs.existsSync(path.join(REPO_ROOT, 'nx.json'))) throw new Error(`tools: expected nx.json in ${REPO_ROOT}`);

export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');

/** The demo deployment's clock: the dataset's "as of" date, the seed document's date. */
export const DEMO_NOW = '2024-09-10';
