// Follows a deployment config file (wuye.config.json) while the stack runs: when its plugin list
// changes, the stack serves exactly the new list. A status file beside it says what runs and what was
// refused, and why.
import fs from 'node:fs';
import type { Stack } from '../stack.js';
import { step } from '../progress.js';
import { pluginDir, readConfig } from './load.js';

export interface PluginStatus {
  enabled: string[];
  refused: Record<string, string>;
  /** pid of each running plugin process */
  pids: Record<string, number>;
  updatedAt: string;
}

export function statusFileOf(configFile: string): string {
  return configFile.replace(/\.json$/, '') + '.status.json';
}

export function followConfig(stack: Stack, configFile: string, intervalMs = 300): () => void {
  let current = JSON.stringify(safeRead(configFile));
  let queue = Promise.resolve();
  const apply = (plugins: string[]) => {
    queue = queue.then(async () => {
      const dirs: string[] = [];
      const refused: Record<string, string> = {};
      for (const name of plugins) {
        try {
          dirs.push(pluginDir(name));
        } catch (error) {
          refused[name] = (error as Error).message;
        }
      }
      const result = await stack.setPlugins(dirs);
      writeStatus(configFile, stack, { ...refused, ...result.refused });
    });
  };
  const listener = () => {
    const next = JSON.stringify(safeRead(configFile));
    if (next === current) return;
    current = next;
    const config = safeRead(configFile);
    if (!config) return step(`${configFile} is not valid: keeping the plugins that run`);
    step(`${configFile} changed: plugins ${config.plugins.join(', ') || '(none)'}`);
    apply(config.plugins);
  };
  fs.watchFile(configFile, { interval: intervalMs }, listener);
  writeStatus(configFile, stack, {});
  return () => fs.unwatchFile(configFile, listener);
}

function safeRead(file: string) {
  try {
    return readConfig(file);
  } catch {
    return null;
  }
}

function writeStatus(configFile: string, stack: Stack, refused: Record<string, string>): void {
  const status: PluginStatus = { enabled: stack.pluginNames(), refused, pids: stack.pluginPids(), updatedAt: new Date().toISOString() };
  fs.writeFileSync(statusFileOf(configFile), `${JSON.stringify(status, null, 2)}\n`);
}
