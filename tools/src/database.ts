// The database `wuye` works on: DATABASE_URL when set, else the embedded PostgreSQL under .data/.
import path from 'node:path';
import { startEmbeddedPostgres } from '@wuye/kit';
import { REPO_ROOT } from './paths.js';
import { step } from './progress.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(options: { dataDir?: string } = {}): Promise<Database> {
  if (process.env.DATABASE_URL) {
    step(`database: DATABASE_URL (${redact(process.env.DATABASE_URL)})`);
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const pg = await startEmbeddedPostgres({
    projectDir: REPO_ROOT,
    dataDir: options.dataDir ?? path.join(REPO_ROOT, '.data', 'pg'),
    log: (line) => step(`postgres: ${line}`),
  });
  return { url: pg.url, embedded: true, stop: () => pg.stop() };
}

/** A URL with its password hidden, for logs. */
export const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
