// Where the published contract lives: contract/ holds the current version (the API schema clients
// build against, and the core subgraphs' SDL plugins compose with); history/ every published API schema.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTRACT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CURRENT_DIR = path.join(CONTRACT_ROOT, 'contract');
export const SCHEMA_FILE = path.join(CURRENT_DIR, 'schema.graphql');
export const SUBGRAPHS_DIR = path.join(CURRENT_DIR, 'subgraphs');
export const HISTORY_DIR = path.join(CONTRACT_ROOT, 'history');
export const CHANGELOG_FILE = path.join(CONTRACT_ROOT, 'CHANGELOG.md');
export const PACKAGE_FILE = path.join(CONTRACT_ROOT, 'package.json');

export interface Contract {
  /** semantic version of the published core API */
  version: string;
  /** the API schema (what clients query) */
  schema: string;
  /** each core subgraph's SDL, by name (what plugins compose with) */
  subgraphs: Record<string, string>;
}

export function loadContract(root: string = CONTRACT_ROOT): Contract {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const schema = fs.readFileSync(path.join(root, 'contract', 'schema.graphql'), 'utf8');
  const dir = path.join(root, 'contract', 'subgraphs');
  const subgraphs = Object.fromEntries(
    fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((f) => [f.replace(/\.graphql$/, ''), fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
  return { version, schema, subgraphs };
}

/** Published versions, oldest first, with their API schemas. */
export function loadHistory(root: string = CONTRACT_ROOT): { version: string; schema: string }[] {
  const dir = path.join(root, 'history');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ version: f.replace(/\.graphql$/, ''), schema: fs.readFileSync(path.join(dir, f), 'utf8') }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}
