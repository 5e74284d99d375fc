// `wuye contract diff | update | check` — the published core API (@wuye/contract) against the code.
//   diff    every change between the committed contract and the current composition, classified
//   update  publish the current composition: a new version (minor for safe or dangerous changes; major for
//           breaking ones, only with --breaking), its history file and a CHANGELOG entry
//   check   CI: the contract is up to date with the code, and no published version broke the API
//           without a major bump
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import {
  CHANGELOG_FILE,
  CONTRACT_ROOT,
  diffContracts,
  HISTORY_DIR,
  loadContract,
  loadHistory,
  PACKAGE_FILE,
  requiredBump,
  SCHEMA_FILE,
  SUBGRAPHS_DIR,
  type ClassifiedChange,
} from '@wuye/contract';
import { lexicographicSortSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { coreEndpoints } from './compose.js';

export interface Composition {
  schema: string;
  subgraphs: Record<string, string>;
}

/** The core as the code composes it now: its API schema (sorted, stable) and each subgraph's SDL. */
export async function currentComposition(): Promise<Composition> {
  const endpoints = await coreEndpoints();
  const result = composeServices(endpoints.map((e) => ({ name: e.name, url: e.url, typeDefs: parse(e.sdl) })));
  if (result.errors?.length) throw new Error(`The core does not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  const api = (result.schema as unknown as { toAPISchema(): { toGraphQLJSSchema(): GraphQLSchema } }).toAPISchema().toGraphQLJSSchema();
  return { schema: printSchema(lexicographicSortSchema(api)), subgraphs: Object.fromEntries(endpoints.map((e) => [e.name, e.sdl])) };
}

const sameSubgraphs = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export async function diffAgainstContract(root: string = CONTRACT_ROOT, composition?: Composition): Promise<{ changes: ClassifiedChange[]; subgraphsChanged: boolean }> {
  const contract = loadContract(root);
  const now = composition ?? (await currentComposition());
  return { changes: await diffContracts(contract.schema, now.schema), subgraphsChanged: !sameSubgraphs(contract.subgraphs, now.subgraphs) };
}

export function formatChanges(changes: ClassifiedChange[]): string {
  const order = { breaking: 0, dangerous: 1, safe: 2 } as const;
  return [...changes]
    .sort((a, b) => order[a.severity] - order[b.severity] || a.path.localeCompare(b.path))
    .map((c) => `  ${c.severity.toUpperCase().padEnd(9)} ${c.message}`)
    .join('\n');
}

function bump(version: string, kind: 'major' | 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export async function updateContract(options: { breaking?: boolean; today: string }): Promise<string> {
  if (!fs.existsSync(SCHEMA_FILE)) return publishFirst(options.today);
  const contract = loadContract();
  const now = await currentComposition();
  const changes = await diffContracts(contract.schema, now.schema);
  const subgraphsChanged = !sameSubgraphs(contract.subgraphs, now.subgraphs);
  if (!changes.length && !subgraphsChanged) return `contract ${contract.version} is up to date`;
  const needed = requiredBump(changes);
  if (needed === 'major' && !options.breaking) {
    throw new Error(`These changes break clients of contract ${contract.version}:\n${formatChanges(changes.filter((c) => c.severity === 'breaking'))}\nKeep the old fields (deprecate them), or publish a new major version with --breaking.`);
  }
  // subgraph SDL that changes nothing in the API (descriptions of directives, key order …) is a patch
  const version = bump(contract.version, needed === 'none' ? 'patch' : needed);
  writeContract(now);
  fs.mkdirSync(HISTORY_DIR, { recursive: true });
  fs.writeFileSync(path.join(HISTORY_DIR, `${version}.graphql`), now.schema);
  const pkg = JSON.parse(fs.readFileSync(PACKAGE_FILE, 'utf8')) as { version: string };
  pkg.version = version;
  fs.writeFileSync(PACKAGE_FILE, `${JSON.stringify(pkg, null, 2)}\n`);
  const entry = `## ${version} — ${options.today}\n\n${changes.length ? formatChanges(changes).split('\n').map((l) => `- ${l.trim()}`).join('\n') : '- no change to the API schema (subgraph SDL only)'}\n`;
  const log = fs.existsSync(CHANGELOG_FILE) ? fs.readFileSync(CHANGELOG_FILE, 'utf8') : '# Changelog of the published core API (@wuye/contract)\n';
  const [head, ...rest] = log.split(/\n(?=## )/);
  fs.writeFileSync(CHANGELOG_FILE, [head!.trimEnd(), '', entry, ...rest.map((r) => r.trimEnd() + '\n')].join('\n'));
  return `published contract ${version} (${needed === 'none' ? 'patch' : needed}: ${changes.length} API change(s))`;
}

/** The first publication: the version package.json names, with its history file and changelog. */
async function publishFirst(today: string): Promise<string> {
  const now = await currentComposition();
  const { version } = JSON.parse(fs.readFileSync(PACKAGE_FILE, 'utf8')) as { version: string };
  writeContract(now);
  fs.mkdirSync(HISTORY_DIR, { recursive: true });
  fs.writeFileSync(path.join(HISTORY_DIR, `${version}.graphql`), now.schema);
  fs.writeFileSync(CHANGELOG_FILE, `# Changelog of the published core API (@wuye/contract)\n\n## ${version} — ${today}\n\n- first publication: ${Object.keys(now.subgraphs).join(', ')}\n`);
  return `published contract ${version} (first publication)`;
}

function writeContract(now: Composition): void {
  fs.mkdirSync(SUBGRAPHS_DIR, { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, now.schema);
  for (const f of fs.readdirSync(SUBGRAPHS_DIR)) fs.rmSync(path.join(SUBGRAPHS_DIR, f));
  for (const [name, sdl] of Object.entries(now.subgraphs)) fs.writeFileSync(path.join(SUBGRAPHS_DIR, `${name}.graphql`), sdl);
}

/** Problems CI fails on, one line each with the fix. */
export async function checkContract(root: string = CONTRACT_ROOT, composition?: Composition): Promise<string[]> {
  const problems: string[] = [];
  const contract = loadContract(root);
  const { changes, subgraphsChanged } = await diffAgainstContract(root, composition);
  if (changes.length || subgraphsChanged) {
    problems.push(`packages/contract is out of date with the code (${changes.length} API change(s)${subgraphsChanged ? ', subgraph SDL changed' : ''}): run \`npx wuye contract update\` and commit the result`);
  }
  const history = loadHistory(root);
  const latest = history.at(-1);
  if (!latest || latest.version !== contract.version) problems.push(`packages/contract/history/${contract.version}.graphql is missing: run \`npx wuye contract update\``);
  else if (latest.schema !== contract.schema) problems.push(`packages/contract/history/${contract.version}.graphql differs from contract/schema.graphql: a published version was edited; publish a new one instead`);
  for (let i = 1; i < history.length; i++) {
    const [before, after] = [history[i - 1]!, history[i]!];
    const breaking = (await diffContracts(before.schema, after.schema)).filter((c) => c.severity === 'breaking');
    if (breaking.length && Number(after.version.split('.')[0]) <= Number(before.version.split('.')[0])) {
      problems.push(`contract ${after.version} breaks ${before.version} without a major version bump:\n${formatChanges(breaking)}`);
    }
  }
  return problems;
}
