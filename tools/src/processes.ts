// Child processes that `wuye start` owns: each runs TypeScript sources through tsx, prints its log
// lines with its name in front, dies with its parent (setpriv --pdeathsig), and is stopped on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));

export interface Child {
  name: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function startChild(name: string, script: string, env: NodeJS.ProcessEnv, print: (line: string) => void): Child {
  const node = [process.execPath, '--conditions=@wuye/source', '--import', 'tsx', path.resolve(REPO_ROOT, script)];
  const [command, ...args] = SETPRIV ? [SETPRIV, '--pdeathsig=TERM', '--', ...node] : node;
  const child = spawn(command!, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) print(`[${name}] ${readable(line)}`);
  };
  child.stdout!.on('data', forward);
  child.stderr!.on('data', forward);
  return {
    name,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** pino's JSON lines as "level message {fields}"; other lines as they are. */
function readable(line: string): string {
  try {
    const { level, msg, time: _t, pid: _p, hostname: _h, name: _n, ...rest } = JSON.parse(line) as Record<string, unknown>;
    const levelName = ({ 30: '', 40: 'WARN ', 50: 'ERROR ', 60: 'FATAL ' } as Record<number, string>)[level as number] ?? '';
    const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    return `${levelName}${msg ?? ''}${extra}`;
  } catch {
    return line;
  }
}

/** Runs a node script to its end, printing its lines; rejects when it fails. */
export function runToCompletion(name: string, args: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) print(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed with exit code ${code} (see its lines above)`))));
  });
}

/** Waits until `url` answers 200, or the child exits, or the time runs out. */
export async function waitForHealthy(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited with code ${child.process.exitCode} during start-up (see its lines above)`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** A port that is free now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether `port` on 127.0.0.1 can be bound now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
