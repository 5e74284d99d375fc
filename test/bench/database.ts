// A database of its own for a benchmark run: on DATABASE_URL's server when set, else on an embedded
// PostgreSQL under .data/pg-bench; close() drops it and stops what it started.
import path from 'node:path';
import { startEmbeddedPostgres } from '@wuye/kit';
import pg from 'pg';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(label: string): Promise<{ name: string; url: string; close(): Promise<void> }> {
  const server = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ projectDir: REPO_ROOT, dataDir: path.join(REPO_ROOT, '.data', 'pg-bench'), log: () => {} });
  const serverUrl = process.env.DATABASE_URL ?? server!.url;
  const name = `bench_${label}_${process.pid}`;
  await admin(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async close() {
      await admin(serverUrl, `drop database if exists "${name}" with (force)`).catch(() => {});
      await server?.stop();
    },
  };
}
