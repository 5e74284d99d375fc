// Serves the supergraph from a file and hands every change to the gateway without a restart. A file
// that does not parse as a supergraph is logged and skipped: the gateway keeps the last good one.
import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@wuye/kit';

export function supergraphFromFile(path: string, pollIntervalMs: number, log: Logger): SupergraphSdlHook {
  return async ({ update }) => {
    let current = read(path);
    let last = fs.statSync(path).mtimeMs;
    const timer = setInterval(() => {
      let mtime: number;
      try {
        mtime = fs.statSync(path).mtimeMs;
      } catch {
        return; // mid-rewrite or removed: keep serving the last good supergraph
      }
      if (mtime === last) return;
      last = mtime;
      const next = read(path);
      if (next === current) return;
      try {
        update(next);
        current = next;
        log.info({ path }, 'supergraph reloaded');
      } catch (error) {
        log.error({ err: error, path }, 'new supergraph refused; still serving the previous one');
      }
    }, pollIntervalMs);
    timer.unref();
    return { supergraphSdl: current, cleanup: async () => clearInterval(timer) };
  };
}

function read(path: string): string {
  if (!fs.existsSync(path)) throw new Error(`No supergraph at ${path}: run \`npx wuye compose\` (npm start does it for you).`);
  return fs.readFileSync(path, 'utf8');
}
