// Databases for tests: ONE PostgreSQL server per test run (./global-setup.ts), an isolated database
// per test file, cloned from a template when many files need the same seeded data.
import { createHash, randomBytes } from 'node:crypto';
import pg, { type Client } from 'pg';
import { inject } from 'vitest';
import { quoteIdent, TEMPLATE_DATABASE_PREFIX, TEST_DATABASE_PREFIX } from './shared.js';

export interface TestDatabase {
  /** Connection URL of this database (same server, user and password as the run's server). */
  url: string;
  name: string;
  /** Terminates its connections and drops it. Safe to call more than once. */
  drop(): Promise<void>;
}

/** Creates a fresh, empty database `test_<label>_<random>`. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = uniqueName(label);
  await withAdminClient((admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return testDatabase(name);
}

/**
 * Creates a fresh database `test_<label>_<random>` as a copy of template `tpl_<templateKey>`.
 *
 * The first caller in the run (in whichever worker process) builds the template by calling
 * `build(url)` on a new, empty database; everyone else waits for it and then only copies it, which
 * takes milliseconds instead of re-seeding. A template left complete by an earlier run is reused, so
 * put a version or content hash in `templateKey` when what `build` creates changes.
 * `build` should close its connections; any left open are terminated.
 */
export async function createTestDatabaseFrom(
  templateKey: string,
  build: (url: string) => Promise<void>,
  label: string = templateKey,
): Promise<TestDatabase> {
  const template = templateName(templateKey);
  await ensureTemplate(template, build);
  const name = uniqueName(label);
  await withAdminClient((admin) => cloneTemplate(admin, template, name));
  return testDatabase(name);
}

// ---------------------------------------------------------------------------------------------
// Templates

/** Set on a template once `build` has succeeded; a template without it is half-built and is rebuilt. */
const COMPLETE_MARK = 'test template: complete';

/** First key of the two-int advisory lock, to keep clear of other users of advisory locks. */
const LOCK_NAMESPACE = 0x7e57;

/** PostgreSQL's error code for "source database … is being accessed by other users". */
const OBJECT_IN_USE = '55006';

async function ensureTemplate(template: string, build: (url: string) => Promise<void>): Promise<void> {
  await withAdminClient(async (admin) => {
    if (await isComplete(admin, template)) return;

    // One builder across all worker processes: the others block here until it is done. A session
    // lock is released by PostgreSQL if this process dies, so a killed build never blocks a run.
    await admin.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_NAMESPACE, template]);
    try {
      if (await isComplete(admin, template)) return; // built while we waited
      await buildTemplate(admin, template, build);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_NAMESPACE, template]);
    }
  });
}

async function isComplete(admin: Client, template: string): Promise<boolean> {
  const { rows } = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [template],
  );
  return rows[0]?.comment === COMPLETE_MARK;
}

async function buildTemplate(admin: Client, template: string, build: (url: string) => Promise<void>): Promise<void> {
  const quoted = quoteIdent(template);
  await admin.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`); // half-built by a killed run
  await admin.query(`CREATE DATABASE ${quoted}`);
  await build(urlOf(template));

  // CREATE DATABASE … TEMPLATE fails while any session is connected to the template: refuse new
  // connections, end those the builder left open, and only then mark it complete.
  await admin.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS false`);
  await admin.query(
    `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [template],
  );
  await admin.query(`COMMENT ON DATABASE ${quoted} IS '${COMPLETE_MARK}'`);
}

async function cloneTemplate(admin: Client, template: string, name: string): Promise<void> {
  const sql = `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(sql);
      return;
    } catch (error) {
      // Someone is still connected to the template (e.g. a backend just being terminated): retry briefly.
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Names, URLs, connections

function testDatabase(name: string): TestDatabase {
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: urlOf(name),
    drop: () =>
      (dropped ??= withAdminClient(async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`); // FORCE ends its connections
      })),
  };
}

/** `test_<label>_<random>`, at most 56 characters (PostgreSQL truncates names at 63). */
function uniqueName(label: string): string {
  return `${TEST_DATABASE_PREFIX}${sanitize(label).slice(0, 40)}_${randomBytes(5).toString('hex')}`;
}

/** `tpl_<key>`; with a hash of the key when sanitizing or shortening changed it, so keys never collide. */
function templateName(key: string): string {
  const clean = sanitize(key);
  const name = `${TEMPLATE_DATABASE_PREFIX}${clean}`;
  if (clean === key && name.length <= 63) return name;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
  return `${TEMPLATE_DATABASE_PREFIX}${clean.slice(0, 48)}_${hash}`;
}

function sanitize(text: string): string {
  const clean = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return clean || 'db';
}

/** The run's server: provided by ./global-setup.ts, else DATABASE_URL. */
function serverUrl(): string {
  let provided: string | undefined;
  try {
    provided = inject('databaseUrl');
  } catch {
    // not running inside a vitest worker
  }
  const url = provided ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "No test PostgreSQL server: add @wuye/kit's src/testing/global-setup.ts to vitest's globalSetup, or set DATABASE_URL",
    );
  }
  return url;
}

function urlOf(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl(), application_name: 'kit-test-databases' });
  // Errors of an idle connection (e.g. the server stopping) surface in the next query; without a
  // listener they would crash the worker.
  admin.on('error', () => {});
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
