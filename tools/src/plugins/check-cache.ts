// The stack re-checks a plugin only when something the check reads has changed: the plugin's own files,
// the published contract, the SDK and kit it builds on, the checker, the installed versions. A pass is
// remembered by the hash of all of them (node_modules/.cache/wuye, never committed); any change, or
// WUYE_PLUGIN_CHECK=always, runs the check again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.js';

const CACHE = path.join(REPO_ROOT, 'node_modules', '.cache', 'wuye', 'plugin-checks.json');
const SHARED_INPUTS = ['packages/contract/contract', 'packages/contract/package.json', 'packages/plugin-sdk/src', 'packages/kit/src', 'tools/src/plugins', 'tools/src/subgraphs.ts', 'package-lock.json'];
const SKIPPED = new Set(['node_modules', 'dist', '.data', 'coverage']);

function filesUnder(full: string): string[] {
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [full];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => !SKIPPED.has(d.name))
    .flatMap((d) => filesUnder(path.join(full, d.name)));
}

/** sha256 over every file the check of the plugin in `dir` depends on */
export function checkInputsHash(dir: string): string {
  const hash = createHash('sha256');
  const files = [...SHARED_INPUTS.map((p) => path.join(REPO_ROOT, p)), path.resolve(dir)].flatMap(filesUnder).sort();
  for (const file of files) hash.update(path.relative(REPO_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function readPasses(cache: string): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(cache, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** whether the plugin passed its check with exactly these inputs before */
export function passedBefore(dir: string, hash: string, cache = CACHE): boolean {
  if (process.env.WUYE_PLUGIN_CHECK === 'always') return false;
  return readPasses(cache)[path.resolve(dir)] === hash;
}

export function rememberPass(dir: string, hash: string, cache = CACHE): void {
  fs.mkdirSync(path.dirname(cache), { recursive: true });
  fs.writeFileSync(cache, `${JSON.stringify({ ...readPasses(cache), [path.resolve(dir)]: hash }, null, 2)}\n`);
}
