// `wuye test` (npm test): ONE PostgreSQL for the whole run (test files get databases on it), then
// every project's typecheck, boundary check and tests through Nx.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../database.js';
import { REPO_ROOT } from '../paths.js';
import { step } from '../progress.js';

export async function runTests(extraArgs: string[]): Promise<number> {
  const db = await openDatabase({ dataDir: path.join(REPO_ROOT, '.data', 'pg-test') });
  try {
    const args = ['nx', 'run-many', '-t', 'typecheck', 'lint', 'test', '--outputStyle=static', '--parallel=2', ...extraArgs];
    step(`npx ${args.join(' ')}`);
    return await new Promise<number>((resolve) => {
      const child = spawn('npx', args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: db.url, NX_DAEMON: 'false' } });
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await db.stop();
  }
}
