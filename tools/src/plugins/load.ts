// Plugins as the tools see them: a folder under plugins/ with package.json and src/index.ts whose
// default export is a definePlugin(...) value; which ones run is said in wuye.config.json.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginDefinition } from '@wuye/plugin-sdk';
import { REPO_ROOT } from '../paths.js';

export const CONFIG_FILE = path.join(REPO_ROOT, 'wuye.config.json');

export interface DeploymentConfig {
  /** names of the enabled plugins (folders under plugins/) */
  plugins: string[];
}

export function readConfig(file: string = CONFIG_FILE): DeploymentConfig {
  if (!fs.existsSync(file)) return { plugins: [] };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DeploymentConfig>;
  if (!Array.isArray(raw.plugins) || raw.plugins.some((p) => typeof p !== 'string')) throw new Error(`${file}: "plugins" must be a list of plugin names, e.g. ["zhangzhou"]`);
  return { plugins: raw.plugins };
}

/** plugins/<name> for a name, or the folder itself when given a path. */
export function pluginDir(nameOrDir: string): string {
  // a path (plugins/xiamen, ., /abs) is a folder; a bare word is a plugin under plugins/
  const dir = nameOrDir.includes('/') || nameOrDir.startsWith('.') ? path.resolve(nameOrDir) : path.join(REPO_ROOT, 'plugins', nameOrDir);
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`no plugin at ${dir} (expected package.json and src/index.ts)`);
  return dir;
}

export async function loadPlugin(dir: string): Promise<PluginDefinition> {
  const entry = path.join(dir, 'src', 'index.ts');
  if (!fs.existsSync(entry)) throw new Error(`${path.relative(REPO_ROOT, dir)}: src/index.ts is missing (it must \`export default definePlugin({...})\`)`);
  const module = (await import(pathToFileURL(entry).href)) as { default?: PluginDefinition };
  if (!module.default?.manifest) throw new Error(`${path.relative(REPO_ROOT, entry)}: the default export is not a definePlugin(...) value`);
  return module.default;
}
