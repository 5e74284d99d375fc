// `wuye plugin new <city>` (and the Nx generator): a plugin that passes `wuye plugin check`, its own
// tests and `npm test` as generated — a starting point a vendor replaces piece by piece.
import fs from 'node:fs';
import path from 'node:path';
import { loadContract } from '@wuye/contract';
import { REPO_ROOT } from '../paths.js';

export const CITIES: Record<string, { code: string; name: string }> = {
  fuzhou: { code: '350100', name: '福州' },
  xiamen: { code: '350200', name: '厦门' },
  putian: { code: '350300', name: '莆田' },
  sanming: { code: '350400', name: '三明' },
  quanzhou: { code: '350500', name: '泉州' },
  zhangzhou: { code: '350600', name: '漳州' },
  nanping: { code: '350700', name: '南平' },
  longyan: { code: '350800', name: '龙岩' },
  ningde: { code: '350900', name: '宁德' },
};

export interface ScaffoldOptions {
  city: string;
  /** plugin name (default: the city) */
  name?: string;
  /** where plugins live (default: <repo>/plugins) */
  root?: string;
  port?: number;
}

export function scaffoldPlugin(options: ScaffoldOptions): string {
  const city = CITIES[options.city];
  if (!city) throw new Error(`unknown city "${options.city}": one of ${Object.keys(CITIES).join(', ')}`);
  const name = options.name ?? options.city;
  if (!/^[a-z][a-z0-9]{2,30}$/.test(name)) throw new Error(`plugin name "${name}" must be lower-case letters and digits`);
  const root = options.root ?? path.join(REPO_ROOT, 'plugins');
  const dir = path.join(root, name);
  if (fs.existsSync(dir)) throw new Error(`${dir} exists already`);
  const port = options.port ?? nextPort(root);
  const Ns = name[0]!.toUpperCase() + name.slice(1);
  const upToRoot = path.relative(dir, REPO_ROOT) || '.';
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify(
      {
        name: `@wuye/plugin-${name}`,
        version: '0.1.0',
        private: true,
        description: `${city.name} — a city plugin of Wuye Federation`,
        type: 'module',
        exports: { '.': { '@wuye/source': './src/index.ts', default: './dist/index.js' } },
        // `npm test` runs every project's lint: for a plugin, the offline check against the published contract
        scripts: { build: 'tsc -p tsconfig.lib.json', typecheck: 'tsc -p tsconfig.json', lint: `node ${upToRoot}/tools/bin/wuye.js plugin check .`, test: 'vitest run', start: 'node --conditions=@wuye/source --import tsx src/main.ts' },
        nx: { tags: ['type:plugin'] },
        dependencies: { '@wuye/plugin-sdk': '0.1.0' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify({ extends: `${upToRoot}/tsconfig.base.json`, compilerOptions: { noEmit: true }, include: ['src/**/*.ts', 'vitest.config.ts'] }, null, 2)}\n`,
    'tsconfig.lib.json': `${JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false, rootDir: 'src', outDir: 'dist', customConditions: [] }, include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts', 'src/**/*.fixture.ts'] }, null, 2)}\n`,
    'vitest.config.ts': `import { vitestConfig } from '${upToRoot}/vitest.shared.js';\n\nexport default vitestConfig({ database: true });\n`,
    'src/manifest.ts': `import type { PluginManifest } from '@wuye/plugin-sdk';

/** Who this plugin is: see README § Write a plugin. */
export const manifest: PluginManifest = {
  name: '${name}',
  city: '${city.code}', // ${city.name}
  version: '0.1.0',
  contract: '^${loadContract().version}',
  namespace: '${name}',
  extends: ['ResidentialEstate'],
  scopes: ['STREET_STAFF', 'COUNTY_ADMIN', 'CITY_ADMIN'],
  port: ${port},
};
`,
    'src/entities/note.ts': `import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/** 小区记事 — a note an official keeps about an estate (replace with your domain) */
export const NoteEntity = defineEntity({
  name: '${Ns}Note',
  tableName: 'note',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    text: p.string(),
    writtenOn: p.string().columnType('date'),
  },
});
export type Note = InferEntity<typeof NoteEntity>;
`,
    'src/migrations/index.ts': `import { Migration, type MigrationObject } from '@wuye/plugin-sdk';

class Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "plugin_${name}";');
    this.addSql('create table "plugin_${name}"."note" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "text" varchar(255) not null, "written_on" date not null, constraint "note_pkey" primary key ("id"));');
    this.addSql('create index "note_estate_id_index" on "plugin_${name}"."note" ("estate_id");');
  }
}

/** In order; never rename one that shipped. */
export const migrations: MigrationObject[] = [{ name: '0001-initial', class: Initial }];
`,
    'src/schema.ts': `import { createPluginBuilder, defineLoader, groupedInKeyOrder, isWithin, type PluginContext } from '@wuye/plugin-sdk';
import { NoteEntity, type Note } from './entities/note.js';
import { manifest } from './manifest.js';

const { builder, core } = createPluginBuilder(manifest);

/** viewers of another city see nothing of this plugin */
const inCity = (ctx: PluginContext) => isWithin(manifest.city, ctx.viewer.region) || isWithin(ctx.viewer.region, manifest.city);

const NoteRef = builder.objectRef<Note>('${Ns}Note').implement({
  description: '小区记事 — a note about an estate',
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    writtenOn: t.field({ type: 'Date', resolve: (n) => n.writtenOn }),
  }),
});

const notesByEstate = defineLoader<string, Note[], PluginContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(NoteEntity, { estateId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (n) => n.estateId),
);

core.ResidentialEstate.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    ${name}Notes: t.field({
      type: [NoteRef],
      nullable: true,
      description: '小区记事 — notes about the estate (${city.name} only)',
      resolve: (estate, _args, ctx) => (inCity(ctx) ? notesByEstate(ctx).load(estate.id) : []),
    }),
  }),
});

builder.queryType({
  fields: (t) => ({
    ${name}NoteCount: t.int({ description: '小区记事数 — notes kept', resolve: (_root, _args, ctx) => (inCity(ctx) ? ctx.em.count(NoteEntity, {}) : 0) }),
  }),
});

export const buildSchema = () => builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
`,
    'src/seed.ts': `import { demoCity, insertInChunks, type SeedInput } from '@wuye/plugin-sdk';
import { NoteEntity } from './entities/note.js';
import { manifest } from './manifest.js';

/** demo data: one note for each of the first estates of the city */
export async function seed({ em, scale }: SeedInput): Promise<Record<string, number>> {
  const { estates, asOf } = demoCity(manifest.city, { scale });
  const notes = estates.slice(0, 20).map((e, i) => ({ id: \`N\${String(i + 1).padStart(4, '0')}\`, estateId: e.id, text: \`\${e.name}：示例记事\`, writtenOn: asOf }));
  await insertInChunks(em, NoteEntity, notes);
  return { notes: notes.length };
}
`,
    'src/index.ts': `import { definePlugin } from '@wuye/plugin-sdk';
import { NoteEntity } from './entities/note.js';
import { manifest } from './manifest.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema.js';
import { seed } from './seed.js';

export default definePlugin({ manifest, entities: [NoteEntity], migrations, schema: buildSchema, seed });
`,
    'src/main.ts': `import { runSubgraph } from '@wuye/plugin-sdk';
import plugin from './index.js';

await runSubgraph(plugin);
`,
    'src/plugin.test.ts': `import { demoCity } from '@wuye/plugin-sdk';
import { signToken, startPluginForTest, type PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import plugin from './index.js';
import { manifest } from './manifest.js';

let sub: PluginUnderTest;
beforeAll(async () => {
  sub = await startPluginForTest(plugin);
}, 120_000);
afterAll(() => sub?.close());

const estate = demoCity(manifest.city).estates[0]!;
const notesOf = async (token?: string) =>
  sub.query<{ _entities: { ${name}Notes: { text: string }[] }[] }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { ${name}Notes { text } } } }', {
    variables: { r: [{ __typename: 'ResidentialEstate', id: estate.id }] },
    token,
  });

it('shows the city\\'s officials the notes on its estates', async () => {
  const res = await notesOf(await signToken({ role: 'CITY_ADMIN', region: manifest.city }));
  expect(res.data!._entities[0]!.${name}Notes).toEqual([{ text: \`\${estate.name}：示例记事\` }]);
});

it('shows another city\\'s officials nothing', async () => {
  const other = manifest.city === '350200' ? '350600' : '350200';
  const res = await notesOf(await signToken({ role: 'CITY_ADMIN', region: other }));
  expect(res.data!._entities[0]!.${name}Notes).toEqual([]);
});
`,
  };
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** the first port from 4101 no plugin under `root` claims */
function nextPort(root: string): number {
  const used = new Set<number>();
  if (fs.existsSync(root)) {
    for (const name of fs.readdirSync(root)) {
      const manifest = path.join(root, name, 'src', 'manifest.ts');
      const port = fs.existsSync(manifest) ? /port:\s*(\d+)/.exec(fs.readFileSync(manifest, 'utf8'))?.[1] : undefined;
      if (port) used.add(Number(port));
    }
  }
  let port = 4101;
  while (used.has(port)) port++;
  return port;
}
