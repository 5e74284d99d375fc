// `wuye plugin check`: the scaffold passes; a fixture that breaks exactly one rule fails with that
// rule's one-line reason.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { loadContract } from '@wuye/contract';
import { REPO_ROOT } from '../paths.js';
import { checkPlugin, namingAndOwnership } from './check.js';
import { scaffoldPlugin } from './scaffold.js';

// inside the repository, so that the fixtures resolve @wuye/plugin-sdk like real plugins
const FIXTURES = path.join(REPO_ROOT, 'tmp', `plugin-fixtures-${process.pid}`);
afterAll(() => fs.rmSync(FIXTURES, { recursive: true, force: true }));

let count = 0;
/** a fresh scaffold with `edit(file, from, to)` applied */
function fixture(...edits: [file: string, from: string | RegExp, to: string][]): string {
  const dir = scaffoldPlugin({ city: 'xiamen', name: `fixture${++count}`, root: FIXTURES, port: 4900 + count });
  for (const [file, from, to] of edits) {
    const full = path.join(dir, file);
    const text = fs.readFileSync(full, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
    fs.writeFileSync(full, next);
  }
  return dir;
}

const problemsOf = async (dir: string) => (await checkPlugin(dir)).problems;

describe('wuye plugin check', () => {
  it('passes the scaffold as generated, and the scaffold\'s own tests pass', async () => {
    const dir = fixture();
    expect(await problemsOf(dir)).toEqual([]);
    const run = spawnSync('npx', ['vitest', 'run'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
    // eslint-disable-next-line no-control-regex
    expect((run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Tests\s+2 passed/);
    expect(run.status).toBe(0);
  }, 180_000);

  it('passes the real plugins', async () => {
    const plugins = fs.readdirSync(path.join(REPO_ROOT, 'plugins')).map((name) => path.join(REPO_ROOT, 'plugins', name));
    expect(plugins.length).toBeGreaterThan(0);
    for (const dir of plugins) expect({ dir, problems: await problemsOf(dir) }).toEqual({ dir, problems: [] });
  });

  it('names an invalid manifest field', async () => {
    expect(await problemsOf(fixture(['src/manifest.ts', /namespace: '\w+'/, "namespace: 'Bad-Name'"]))).toEqual([expect.stringMatching(/^manifest\.namespace: must be lower-case/)]);
  });

  it('refuses a contract range the published contract does not satisfy', async () => {
    expect(await problemsOf(fixture(['src/manifest.ts', /contract: '[^']+'/, "contract: '^9.0.0'"]))).toEqual([expect.stringMatching(/manifest\.contract "\^9\.0\.0" does not accept the published contract/)]);
  });

  it('refuses a type outside the namespace', async () => {
    expect(await problemsOf(fixture(['src/schema.ts', /objectRef<Note>\('\w+'\)/, "objectRef<Note>('Note')"]))).toContainEqual(expect.stringMatching(/^type Note: types must start with "Fixture\d+"/));
  });

  it('refuses a root field outside the namespace', async () => {
    expect(await problemsOf(fixture(['src/schema.ts', /fixture\d+NoteCount: t\.int/, 'noteCount: t.int']))).toEqual([expect.stringMatching(/^Query\.noteCount: root fields must start with "fixture\d+"/)]);
  });

  it('refuses a field on a core entity outside the namespace', async () => {
    expect(await problemsOf(fixture(['src/schema.ts', /fixture\d+Notes: t\.field/, 'notes: t.field']))).toEqual([expect.stringMatching(/^ResidentialEstate\.notes: fields on core entities must start with/)]);
  });

  it('refuses redefining a core field', async () => {
    const problems = await problemsOf(fixture(['src/schema.ts', /(fixture\d+Notes: t\.field)/, "name: t.string({ nullable: true, resolve: () => 'x' }),\n    $1"]));
    expect(problems).toContainEqual(expect.stringMatching(/^ResidentialEstate\.name: redefines a core field/));
  });

  it('lets a core field be re-declared @external for a @requires of the plugin\'s own field', () => {
    const sdl = (external: string) =>
      parse(`type PropertyCompany @key(fields: "id") { id: ID! regionCode: RegionCode!${external} fixtureRegionName: String @requires(fields: "regionCode") } scalar RegionCode`);
    const manifest = { name: 'fixture', city: '350200', version: '0.1.0', contract: '^1.0.0', namespace: 'fixture', extends: ['PropertyCompany'], scopes: ['PUBLIC'], port: 4999 } as const;
    const { subgraphs } = loadContract();
    expect(namingAndOwnership(sdl(' @external'), manifest as never, subgraphs)).toEqual([]);
    expect(namingAndOwnership(sdl(''), manifest as never, subgraphs)).toContainEqual(expect.stringMatching(/^PropertyCompany\.regionCode: redefines a core field/));
  });

  it('refuses a non-null field on a core entity (the core must answer when the plugin is down)', async () => {
    expect(await problemsOf(fixture(['src/schema.ts', /type: \[NoteRef\],\n\s*nullable: true,/, 'type: [NoteRef],']))).toEqual([expect.stringMatching(/fixture\d+Notes: must be nullable/)]);
  });

  it('refuses extending an entity the manifest does not list', async () => {
    expect(await problemsOf(fixture(['src/manifest.ts', "extends: ['ResidentialEstate']", 'extends: []']))).toEqual([expect.stringMatching(/cannot load the plugin: .*add "ResidentialEstate" to manifest\.extends/)]);
  });

  it('refuses SQL on another schema\'s tables', async () => {
    const problems = await problemsOf(fixture(['src/seed.ts', 'return { notes: notes.length };', "await em.getConnection().execute('select count(*) from registry.residential_estate');\n  return { notes: notes.length };"]));
    expect(problems).toEqual([expect.stringMatching(/^src\/seed\.ts:\d+: SQL names schema "registry"/)]);
  });

  it('reports composition errors as composition words them', async () => {
    // the key field with another type than the core's ID!
    const problems = await problemsOf(fixture(['src/schema.ts', /id: t\.exposeID\('id'\),\n(\s+fixture\d+Notes)/, "id: t.exposeString('id'),\n$1"]));
    expect(problems).toContainEqual(expect.stringMatching(/^does not compose with the core: .*ResidentialEstate\.id/));
  });
});
