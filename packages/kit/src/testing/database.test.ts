// Runs against the run's server from ./global-setup.ts (see vitest.config.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, createTestDatabaseFrom, type TestDatabase } from './index.js';
import { quoteIdent } from './shared.js';

const created: TestDatabase[] = [];
const templates: string[] = [];

afterAll(async () => {
  await Promise.all(created.map((database) => database.drop()));
  await admin(async (client) => {
    for (const name of templates) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
});

async function track(database: Promise<TestDatabase>): Promise<TestDatabase> {
  const resolved = await database;
  created.push(resolved);
  return resolved;
}

async function connect<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return connect(inject('databaseUrl'), work);
}

async function databaseExists(name: string): Promise<boolean> {
  return admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

/** A key no earlier run has used, so the template is really built here; dropped after the tests. */
function freshTemplateKey(label: string): string {
  const key = `${label}_${randomBytes(4).toString('hex')}`;
  templates.push(`tpl_${key}`);
  return key;
}

async function seedItems(url: string, items: string[]): Promise<void> {
  await connect(url, async (client) => {
    await client.query('CREATE TABLE item (name text PRIMARY KEY)');
    for (const name of items) await client.query('INSERT INTO item VALUES ($1)', [name]);
  });
}

async function itemNames(url: string): Promise<string[]> {
  return connect(url, async (client) => (await client.query<{ name: string }>('SELECT name FROM item ORDER BY name')).rows.map((row) => row.name));
}

describe('createTestDatabase', () => {
  test('creates uniquely named, isolated databases', async () => {
    const [a, b] = await Promise.all([track(createTestDatabase('Isolation A!')), track(createTestDatabase('Isolation A!'))]);
    expect(a.name).toMatch(/^test_isolation_a_[0-9a-f]{10}$/);
    expect(b.name).not.toBe(a.name);
    expect(new URL(a.url).pathname).toBe(`/${a.name}`);

    await seedItems(a.url, ['only in a']);
    expect(await itemNames(a.url)).toEqual(['only in a']);
    await expect(itemNames(b.url)).rejects.toThrow(/relation "item" does not exist/);
  });

  test('drop terminates open connections and removes the database; a second drop is harmless', async () => {
    const database = await createTestDatabase('drop');
    const open = new pg.Client({ connectionString: database.url });
    open.on('error', () => {}); // it is about to be terminated
    await open.connect();

    await database.drop();
    expect(await databaseExists(database.name)).toBe(false);
    await database.drop();
    await open.end().catch(() => {});
  });
});

describe('createTestDatabaseFrom', () => {
  test('concurrent callers build the template once, then each gets its own copy', async () => {
    const key = freshTemplateKey('race');
    let builds = 0;
    const build = async (url: string) => {
      builds++;
      await new Promise((resolve) => setTimeout(resolve, 200)); // make the callers overlap
      await seedItems(url, ['seeded 1', 'seeded 2']);
    };

    const [a, b] = await Promise.all([track(createTestDatabaseFrom(key, build, 'race a')), track(createTestDatabaseFrom(key, build, 'race b'))]);
    const c = await track(createTestDatabaseFrom(key, build));
    expect(builds).toBe(1);
    expect(c.name).toMatch(new RegExp(`^test_${key}_`));

    for (const database of [a, b, c]) expect(await itemNames(database.url)).toEqual(['seeded 1', 'seeded 2']);
    await connect(a.url, (client) => client.query(`INSERT INTO item VALUES ('only in a')`));
    expect(await itemNames(b.url)).toEqual(['seeded 1', 'seeded 2']);
  });

  test('a half-built template (no completion mark, e.g. from a killed run) is rebuilt', async () => {
    const key = freshTemplateKey('half');
    await admin((client) => client.query(`CREATE DATABASE ${quoteIdent(`tpl_${key}`)}`));
    await connect(new URL(`/tpl_${key}`, inject('databaseUrl')).toString(), (client) => client.query('CREATE TABLE junk (x int)'));

    let builds = 0;
    const database = await track(
      createTestDatabaseFrom(key, async (url) => {
        builds++;
        await seedItems(url, ['rebuilt']);
      }),
    );
    expect(builds).toBe(1);
    expect(await itemNames(database.url)).toEqual(['rebuilt']);
    const tables = await connect(database.url, async (client) => (await client.query(`SELECT to_regclass('junk') AS junk`)).rows[0]);
    expect(tables).toEqual({ junk: null });
  });

  test('a connection the builder leaves open does not block cloning', async () => {
    const key = freshTemplateKey('leak');
    const leaked: pg.Client[] = [];
    const database = await track(
      createTestDatabaseFrom(key, async (url) => {
        const client = new pg.Client({ connectionString: url });
        client.on('error', () => {}); // terminated before cloning
        await client.connect();
        await client.query('CREATE TABLE item (name text)');
        leaked.push(client);
      }),
    );
    expect(await itemNames(database.url)).toEqual([]);
    await Promise.all(leaked.map((client) => client.end().catch(() => {})));
  });

  test('a failed build leaves no usable template; the next caller builds again', async () => {
    const key = freshTemplateKey('fail');
    await expect(createTestDatabaseFrom(key, () => Promise.reject(new Error('seed failed')))).rejects.toThrow('seed failed');
    const database = await track(createTestDatabaseFrom(key, (url) => seedItems(url, ['second try'])));
    expect(await itemNames(database.url)).toEqual(['second try']);
  });
});
