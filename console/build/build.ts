// Builds the console into dist/ with Vite and stamps it with a hash of everything it is built from, so
// `wuye start` builds only when the sources changed (a fresh clone, a pull, an edited operation).
// `npm run build -w @wuye/console` builds; the stack runs it with --if-stale before it starts the console.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONSOLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(CONSOLE_DIR, '..');
const STAMP = path.join(CONSOLE_DIR, 'dist', '.source-hash');

/** what the bundle is made of: the console's sources, the client's, the contract it types against, the installed versions */
const INPUTS = ['console/src', 'console/index.html', 'console/vite.config.ts', 'console/build/contract-fields.ts', 'console/package.json', 'packages/client/src', 'packages/client/operations', 'packages/kit/src/region-code.ts', 'packages/contract/contract/schema.graphql', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  const full = path.join(REPO_ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => !d.name.endsWith('.test.ts') && !d.name.endsWith('.test.tsx'))
    .flatMap((d) => filesUnder(path.join(entry, d.name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder).sort()) hash.update(file).update('\0').update(fs.readFileSync(path.join(REPO_ROOT, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export const isBuilt = (hash = sourceHash()): boolean => fs.existsSync(path.join(CONSOLE_DIR, 'dist', 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === hash;

export async function buildConsole(hash = sourceHash()): Promise<string> {
  const { build } = await import('vite');
  await build({ root: CONSOLE_DIR, configFile: path.join(CONSOLE_DIR, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(STAMP, `${hash}\n`);
  return hash;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const hash = sourceHash();
  if (process.argv.includes('--if-stale') && isBuilt(hash)) {
    console.log(`console: console/dist is up to date (sources ${hash})`);
  } else {
    const started = Date.now();
    await buildConsole(hash);
    console.log(`console: built into console/dist in ${((Date.now() - started) / 1000).toFixed(1)} s (sources ${hash})`);
  }
}
