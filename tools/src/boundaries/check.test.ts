import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.js';
import { checkBoundaries } from './check.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A throwaway workspace: { 'packages/registry': { tag, source } } */
function workspace(projects: Record<string, { name: string; tag: string; source: string }>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  dirs.push(root);
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ workspaces: ['packages/*', 'plugins/*'] }));
  for (const [dir, p] of Object.entries(projects)) {
    fs.mkdirSync(path.join(root, dir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(root, dir, 'package.json'), JSON.stringify({ name: p.name, nx: { tags: [p.tag] } }));
    fs.writeFileSync(path.join(root, dir, 'src/index.ts'), p.source);
  }
  return root;
}

describe('module boundaries', () => {
  it('pass on this repository', () => {
    expect(checkBoundaries(REPO_ROOT)).toEqual([]);
  });

  it('fail when a subgraph imports another subgraph, naming the file and the rule', () => {
    const root = workspace({
      'packages/kit': { name: '@wuye/kit', tag: 'type:kit', source: 'export const k = 1;' },
      'packages/party-building': { name: '@wuye/party-building', tag: 'type:subgraph', source: "import { k } from '@wuye/kit';\nexport const p = k;" },
      'packages/registry': { name: '@wuye/registry', tag: 'type:subgraph', source: "import { k } from '@wuye/kit';\nimport { p } from '@wuye/party-building/src/index.js';\nexport const r = k + p;" },
    });
    const problems = checkBoundaries(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^packages\/registry\/src\/index\.ts: imports @wuye\/party-building\/src\/index\.js \(type:subgraph\), but type:subgraph may import only type:kit, type:dataset/);
  });

  it('fail when a plugin imports anything but the plugin SDK', () => {
    const root = workspace({
      'packages/kit': { name: '@wuye/kit', tag: 'type:kit', source: 'export const k = 1;' },
      'packages/plugin-sdk': { name: '@wuye/plugin-sdk', tag: 'type:plugin-sdk', source: "export * from '@wuye/kit';" },
      'plugins/xiamen': { name: '@wuye/plugin-xiamen', tag: 'type:plugin', source: "import '@wuye/plugin-sdk';\nimport { k } from '@wuye/kit';\nexport default k;" },
    });
    expect(checkBoundaries(root)).toEqual([expect.stringMatching(/^plugins\/xiamen\/src\/index\.ts: imports @wuye\/kit \(type:kit\), but type:plugin may import only type:plugin-sdk/)]);
  });
});
