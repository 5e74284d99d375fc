// `wuye test` (npm test): ONE PostgreSQL for the whole run (test files get databases on it), then
// every project's build, typecheck, boundary check and tests through Nx, and one closing line that
// adds up vitest's counts over all projects ("N passed, N failed").
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../database.js';
import { REPO_ROOT } from '../paths.js';
import { step } from '../progress.js';

export async function runTests(extraArgs: string[]): Promise<number> {
  const db = await openDatabase({ dataDir: path.join(REPO_ROOT, '.data', 'pg-test') });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    const args = ['nx', 'run-many', '-t', 'build', 'typecheck', 'lint', 'test', '--outputStyle=static', '--parallel=2', ...extraArgs];
    step(`npx ${args.join(' ')}`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn('npx', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: db.url, NX_DAEMON: 'false' } });
      child.stdout.on('data', (chunk: Buffer) => {
        process.stdout.write(chunk);
        for (const line of chunk.toString('utf8').split('\n')) count(line, totals);
      });
      child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
    console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    return code !== 0 ? code : totals.failed > 0 || totals.passed === 0 ? 1 : 0;
  } finally {
    await db.stop();
  }
}

/** Adds vitest's summary line "Tests  2 failed | 10 passed | 1 skipped (13)" to the totals. */
function count(line: string, totals: { passed: number; failed: number; skipped: number }): void {
  // eslint-disable-next-line no-control-regex
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  if (!/^\s*Tests\s+\d/.test(plain)) return;
  for (const [, n, what] of plain.matchAll(/(\d+) (passed|failed|skipped)/g)) totals[what as keyof typeof totals] += Number(n);
}
