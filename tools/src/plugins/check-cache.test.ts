import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkInputsHash, passedBefore, rememberPass } from './check-cache.js';

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-check-cache-'));
  made.push(dir);
  return dir;
};

afterEach(() => {
  delete process.env.WUYE_PLUGIN_CHECK;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the plugin check cache', () => {
  it('remembers a pass for exactly the inputs it was given', () => {
    const plugin = tempDir();
    const cache = path.join(tempDir(), 'checks.json');
    fs.mkdirSync(path.join(plugin, 'src'));
    fs.writeFileSync(path.join(plugin, 'src', 'index.ts'), 'export const a = 1;\n');
    const before = checkInputsHash(plugin);
    expect(passedBefore(plugin, before, cache)).toBe(false);
    rememberPass(plugin, before, cache);
    expect(passedBefore(plugin, before, cache)).toBe(true);

    fs.writeFileSync(path.join(plugin, 'src', 'index.ts'), 'export const a = 2;\n');
    const after = checkInputsHash(plugin);
    expect(after).not.toBe(before);
    expect(passedBefore(plugin, after, cache)).toBe(false);
  });

  it('ignores what the check does not read (build output, installed packages)', () => {
    const plugin = tempDir();
    fs.writeFileSync(path.join(plugin, 'package.json'), '{}');
    const hash = checkInputsHash(plugin);
    fs.mkdirSync(path.join(plugin, 'dist'));
    fs.writeFileSync(path.join(plugin, 'dist', 'index.js'), 'built');
    expect(checkInputsHash(plugin)).toBe(hash);
  });

  it('is bypassed by WUYE_PLUGIN_CHECK=always', () => {
    const plugin = tempDir();
    const cache = path.join(tempDir(), 'checks.json');
    const hash = checkInputsHash(plugin);
    rememberPass(plugin, hash, cache);
    process.env.WUYE_PLUGIN_CHECK = 'always';
    expect(passedBefore(plugin, hash, cache)).toBe(false);
  });
});
