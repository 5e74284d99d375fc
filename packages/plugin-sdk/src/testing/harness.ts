// The vendor's harness: the real core subgraphs and the plugin, each its own process, behind a real
// gateway — started by `wuye stack --plugin <dir>` — and a `query` that goes through that gateway.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Federation {
  gatewayUrl: string;
  query<T = unknown>(query: string, options?: { variables?: Record<string, unknown>; token?: string }): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

/** The repository root (the folder with nx.json) above `from`. */
function repoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'nx.json')) && fs.existsSync(path.join(dir, 'tools/bin/wuye.js'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Wuye checkout above ${from}: run the harness inside the repository`);
  }
}

/**
 * Starts the federation with the plugin in `pluginDir` on the database `databaseUrl` (one of the test
 * run's; the core's demo data and the plugin's are written into it) and waits until it answers.
 */
export async function startFederation(options: { pluginDir: string; databaseUrl: string; now?: string }): Promise<Federation> {
  const root = repoRoot(options.pluginDir);
  const child: ChildProcess = spawn(process.execPath, ['tools/bin/wuye.js', 'stack', '--plugin', path.resolve(options.pluginDir)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, ...(options.now ? { WUYE_NOW: options.now } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  child.stderr!.on('data', (d) => lines.push(String(d)));
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      const ready = /READY (\S+)/.exec(String(d));
      if (ready) resolve(ready[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the federation exited (${code}) before it was ready:\n${lines.join('')}`)));
  });
  return {
    gatewayUrl,
    async query(query, { variables, token } = {}) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
