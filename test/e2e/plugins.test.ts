// City plugins switched on and off in a running federation: the gateway follows without a restart, a
// broken plugin is refused while serving goes on, a killed plugin costs only its own fields.
import fs from 'node:fs';
import path from 'node:path';
import { generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { REPO_ROOT } from '@wuye/tools';
import { scaffoldPlugin } from '../../tools/src/plugins/scaffold.js';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { enablePlugins, eventually, pluginStatus } from './plugin-config.js';

const gatewayUrl = inject('gatewayUrl');
const FIXTURES = path.join(REPO_ROOT, 'tmp', `e2e-plugins-${process.pid}`);
afterAll(() => {
  enablePlugins();
  fs.rmSync(FIXTURES, { recursive: true, force: true });
});

const xiamenEstate = generateProvince().registry.estates.find((e) => e.regionCode.startsWith('3502'))!;

async function query(q: string, token?: string) {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: q }) });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const status = pluginStatus;
const enable = enablePlugins;

describe('plugins in a running federation', () => {
  const good = scaffoldPlugin({ city: 'xiamen', name: 'livegood', root: FIXTURES, port: 4950 });
  const broken = scaffoldPlugin({ city: 'xiamen', name: 'livebroken', root: FIXTURES, port: 4951 });
  fs.writeFileSync(path.join(broken, 'src/schema.ts'), fs.readFileSync(path.join(broken, 'src/schema.ts'), 'utf8').replace(/livebrokenNoteCount/g, 'noteCount'));
  const notesQuery = `{ estate(id: "${xiamenEstate.id}") { name livegoodNotes { text } } }`;

  it('enables a plugin: the gateway serves its fields without a restart', async () => {
    enable(good);
    const token = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const answer = await eventually('the plugin\'s fields', async () => {
      const res = await query(notesQuery, token);
      return !res.errors && res;
    });
    expect(answer.data).toEqual({ estate: { name: xiamenEstate.name, livegoodNotes: [{ text: `${xiamenEstate.name}：示例记事` }] } });
  }, 120_000);

  it('refuses a plugin that fails the check, names the reason, and keeps serving the last good supergraph', async () => {
    enable(good, broken);
    const refused = await eventually('the refusal', async () => status().refused['plugin-livebroken']);
    expect(refused).toMatch(/wuye plugin check/);
    expect(status().enabled).toEqual(['plugin-livegood']);
    const res = await query(notesQuery, await signToken({ role: 'CITY_ADMIN', region: '350200' }));
    expect(res.errors).toBeUndefined();
  }, 120_000);

  it('answers core fields when the plugin process is killed; its fields are null with an error naming it', async () => {
    const pid = status().pids['plugin-livegood']!;
    process.kill(pid, 'SIGKILL');
    const res = await eventually('a partial answer', async () => {
      const r = await query(notesQuery);
      return r.errors?.length ? r : undefined;
    });
    expect(res.data).toEqual({ estate: { name: xiamenEstate.name, livegoodNotes: null } });
    expect(JSON.stringify(res.errors)).toMatch(/plugin-livegood/);
  }, 60_000);

  it('disables a plugin: its fields leave the schema, the core stays', async () => {
    enable();
    await eventually('the field to go', async () => (await query(notesQuery)).errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'));
    const core = await query(`{ estate(id: "${xiamenEstate.id}") { name } }`);
    expect(core).toEqual({ data: { estate: { name: xiamenEstate.name } } });
  }, 60_000);
});
