// Real processes: each test starts PostgreSQL from the binaries package and talks to it with `pg`.
// One temp project is shared by the tests in order (cold start, warm start, recovery...) so that
// initdb runs only once for it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './embedded-postgres.js';

const cleanups: Array<() => void | Promise<void>> = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempProject(mode: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kit-embedded-pg-'));
  fs.chmodSync(dir, mode); // mkdtemp creates 0700
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(options: Omit<EmbeddedPostgresOptions, 'log'>): Promise<{ server: EmbeddedPostgres; log: string }> {
  const lines: string[] = [];
  const server = await startEmbeddedPostgres({ ...options, log: (line) => lines.push(line) });
  cleanups.push(() => server.stop());
  return { server, log: lines.join('\n') };
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>('select 1 as one');
    return rows[0]!.one;
  } finally {
    await client.end();
  }
}

/** Starts postgres in a separate Node process, like a dev server that gets killed. */
async function startInChildNode(projectDir: string): Promise<{ nodePid: number; postgresPid: number; exited: Promise<void> }> {
  const modulePath = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));
  const script = `import(${JSON.stringify(modulePath)})
    .then((m) => m.startEmbeddedPostgres({ projectDir: ${JSON.stringify(projectDir)}, log: () => {} }))
    .then((server) => console.log('READY ' + server.pid));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => void child.kill('SIGKILL'));
  // reaped, not just signalled: until then its pid still answers kill(pid, 0) as a zombie
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const postgresPid = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /READY (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`child node exited (${code}): ${output}`)));
  });
  return { nodePid: child.pid!, postgresPid, exited };
}

/** listens on `port`, waiting (up to 20 s) for a server of an earlier test that is still shutting down */
async function occupy(port: number): Promise<net.Server> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await new Promise<net.Server>((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server));
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 200) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startEmbeddedPostgres', () => {
  const projectDir = tempProject(0o755);
  let defaultPort = 0;

  test('cold start: creates the cluster in <projectDir>/.data/pg and serves queries', async () => {
    const { server, log } = await start({ projectDir });
    expect(server.dataDir).toBe(path.join(fs.realpathSync(projectDir), '.data', 'pg'));
    expect(log).toMatch(/initdb/);
    expect(server.url).toBe(`postgres://postgres:postgres@127.0.0.1:${server.port}/postgres`);
    expect(await selectOne(server.url)).toBe(1);
    defaultPort = server.port;

    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
    expect(fs.existsSync(path.join(server.dataDir, 'postmaster.pid'))).toBe(false);
    await server.stop(); // idempotent
  });

  test('warm start reuses the cluster on the same port', async () => {
    const { server, log } = await start({ projectDir });
    expect(log).not.toMatch(/initdb/);
    expect(server.port).toBe(defaultPort);
    expect(await selectOne(server.url)).toBe(1);
    await server.stop();
  });

  test('recovers from a postmaster killed with SIGKILL (stale postmaster.pid)', async () => {
    const first = await start({ projectDir });
    process.kill(first.server.pid, 'SIGKILL');

    const { server, log } = await start({ projectDir });
    expect(log).toMatch(/removing stale .*postmaster\.pid/);
    expect(await selectOne(server.url)).toBe(1);
    await server.stop();
  });

  test('stops a server of this data dir left running by an earlier start', async () => {
    const first = await start({ projectDir });
    const { server, log } = await start({ projectDir });
    expect(log).toMatch(new RegExp(`pid ${first.server.pid} .* still runs`));
    expect(isAlive(first.server.pid)).toBe(false);
    expect(await selectOne(server.url)).toBe(1);
    await server.stop();
  });

  test('refuses a data dir in use by another live Node process, recovers once that one is killed -9', async () => {
    const other = await startInChildNode(projectDir);
    await expect(start({ projectDir })).rejects.toMatchObject({ code: 'EPG_DATA_DIR_IN_USE' });

    process.kill(other.nodePid, 'SIGKILL'); // postgres gets SIGINT through setpriv --pdeathsig
    await other.exited;
    const { server } = await start({ projectDir });
    expect(server.pid).not.toBe(other.postgresPid);
    expect(await selectOne(server.url)).toBe(1);
    await server.stop();
  });

  test('a busy default port falls back to a free one; a busy explicit port is an error', async () => {
    const blocker = await occupy(defaultPort);
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    await expect(start({ projectDir, port: defaultPort })).rejects.toThrow(/already in use/);
    const { server, log } = await start({ projectDir });
    expect(server.port).not.toBe(defaultPort);
    expect(log).toMatch(new RegExp(`port ${defaultPort} is in use`));
    expect(await selectOne(server.url)).toBe(1);
    await server.stop();
  });

  test.runIf(process.getuid?.() === 0)('as root, a 0700 project falls back to a data dir under os.tmpdir()', async () => {
    const privateProject = tempProject(0o700);
    const { server, log } = await start({ projectDir: privateProject, password: 'p@ss word' });
    cleanups.push(() => fs.rmSync(path.dirname(server.dataDir), { recursive: true, force: true }));

    expect(server.dataDir.startsWith(os.tmpdir())).toBe(true);
    expect(log).toMatch(/cannot enter/);
    expect(await selectOne(server.url)).toBe(1); // also checks the password is URL-encoded
    await server.stop();
  });
});
