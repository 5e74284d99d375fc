// Switching city plugins on and off in the running stack, as a deployment does: the stack follows the
// config file the global setup gave it and writes what it did beside it (.status.json).
import fs from 'node:fs';
import { inject } from 'vitest';

export interface PluginStatus {
  enabled: string[];
  refused: Record<string, string>;
  pids: Record<string, number>;
}

const configPath = () => inject('pluginConfigPath');
const statusPath = () => configPath().replace(/\.json$/, '.status.json');

/** serve exactly these plugins (folders or names of plugins/…); none: back to the core alone */
export const enablePlugins = (...plugins: string[]): void => fs.writeFileSync(configPath(), JSON.stringify({ plugins }));

export const pluginStatus = (): PluginStatus =>
  fs.existsSync(statusPath()) ? (JSON.parse(fs.readFileSync(statusPath(), 'utf8')) as PluginStatus) : { enabled: [], refused: {}, pids: {} };

/** polls until `check` gives something truthy; on timeout the error shows the plugin status */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; plugin status: ${JSON.stringify(pluginStatus())}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
