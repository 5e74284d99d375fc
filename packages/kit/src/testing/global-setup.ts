// vitest globalSetup: ONE PostgreSQL server per test run; test files get their own databases on it
// through createTestDatabase / createTestDatabaseFrom (./database.ts).
//
// - DATABASE_URL set: somebody else runs the server (e.g. the root `npm test` starts one for all
//   projects); use it as it is.
// - otherwise: start the embedded PostgreSQL with data dir `<repo root>/.data/pg-test` (kept warm
//   from run to run) and stop it in teardown.
//
// Test files receive the URL both ways: `inject('databaseUrl')` (what ./database.ts reads first:
// a test file may repoint process.env.DATABASE_URL at its own database) and process.env.DATABASE_URL
// (vitest 4 starts its workers after globalSetup, so they inherit it; handy for app config).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres.js';
import { quoteIdent, TEST_DATABASE_PREFIX } from './shared.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let url = process.env.DATABASE_URL;
  let server: EmbeddedPostgres | undefined;
  let runDataDir: string | undefined;

  if (!url) {
    const repoRoot = findRepoRoot(process.cwd());
    const log = (line: string) => console.log(`[postgres:test] ${line}`);
    removeDeadRunDataDirs(repoRoot);
    try {
      server = await startEmbeddedPostgres({ projectDir: repoRoot, dataDir: path.join(repoRoot, '.data', 'pg-test'), log });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EPG_DATA_DIR_IN_USE') throw error;
      // Another test run holds the shared cluster (e.g. `nx run-many -t test` runs projects in
      // parallel without a DATABASE_URL): start a throwaway cluster for this run.
      log((error as Error).message);
      runDataDir = path.join(repoRoot, '.data', `pg-test-run-${process.pid}`);
      log(`starting a cluster of this run's own in ${runDataDir}`);
      server = await startEmbeddedPostgres({ projectDir: repoRoot, dataDir: runDataDir, log });
    }
    // Nobody else uses a cluster we started: databases that killed runs left behind can go.
    await dropLeftoverTestDatabases(server.url);
    url = server.url;
    process.env.DATABASE_URL = url;
  }
  project.provide('databaseUrl', url);

  return async () => {
    if (!server) return;
    await server.stop();
    if (process.env.DATABASE_URL === server.url) delete process.env.DATABASE_URL;
    if (runDataDir) fs.rmSync(runDataDir, { recursive: true, force: true });
  };
}

/** The directory with nx.json, walking up from `start`; `start` itself when there is none. */
function findRepoRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start);
  }
}

/** Removes the throwaway clusters of runs that were killed before their teardown. */
function removeDeadRunDataDirs(repoRoot: string): void {
  const dataRoot = path.join(repoRoot, '.data');
  if (!fs.existsSync(dataRoot)) return;
  for (const entry of fs.readdirSync(dataRoot)) {
    const pid = /^pg-test-run-(\d+)$/.exec(entry)?.[1];
    if (pid && !isAlive(Number(pid))) fs.rmSync(path.join(dataRoot, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function dropLeftoverTestDatabases(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [TEST_DATABASE_PREFIX],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
