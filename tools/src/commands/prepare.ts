// `wuye migrate` and `wuye seed`: each subgraph's migrations into its own schema, then its demo data
// if that schema was never seeded.
import { createOrm, dropSchema, migrate, seedIfEmpty } from '@wuye/kit';
import { step, timed } from '../progress.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.js';
import type { SubgraphDefinition } from '@wuye/kit';
import { loadPlugin } from '../plugins/load.js';
import { CORE_SUBGRAPHS, loadDefinitions } from '../subgraphs.js';

/** core subgraphs and the given plugins, with the folder each one's demo data is written from */
async function definitionsWith(pluginDirs: string[]): Promise<{ definition: SubgraphDefinition<unknown>; dir: string; slice: string }[]> {
  const core = (await loadDefinitions()).map((definition, i) => ({ definition, dir: CORE_SUBGRAPHS[i]!.dir, slice: definition.name }));
  const plugins = await Promise.all(pluginDirs.map(async (dir) => ({ definition: (await loadPlugin(dir)) as SubgraphDefinition<unknown>, dir: path.relative(REPO_ROOT, dir), slice: '' })));
  return [...core, ...plugins];
}

export async function migrateAll(url: string, pluginDirs: string[] = []): Promise<void> {
  for (const { definition } of await definitionsWith(pluginDirs)) {
    const orm = await createOrm({ url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations, poolMax: 2 });
    try {
      const applied = await migrate(orm);
      step(`${definition.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
    } finally {
      await orm.close();
    }
  }
}

export async function seedAll(url: string, options: { scale?: number; reset?: boolean; plugins?: string[] } = {}): Promise<void> {
  for (const { definition, dir, slice } of await definitionsWith(options.plugins ?? [])) {
    const orm = await createOrm({ url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations, poolMax: 2 });
    try {
      if (options.reset) {
        await timed(`${definition.name}: dropped schema ${definition.dbSchema}`, () => dropSchema(definition, orm));
        await migrate(orm);
      }
      const outcome = await seedIfEmpty(definition, orm, { scale: options.scale, log: (line) => step(line), version: generatorVersion(slice, dir) });
      const counts = Object.entries(outcome.counts).map(([k, v]) => `${v} ${k}`).join(', ');
      step(outcome.seeded ? `${definition.name}: demo data written in ${outcome.ms} ms (${counts})` : `${definition.name}: demo data already there (scale ${outcome.scale}; ${counts || 'nothing to seed'})`);
      if (outcome.stale) step(`WARNING ${definition.name}: its demo data was written by an older version of the generator — \`npx wuye seed --reset\` rewrites it (data entered by hand is lost)`);
    } finally {
      await orm.close();
    }
  }
}

/**
 * A fingerprint of what writes a subgraph's demo data: the dataset's shared modules, its registry slice
 * (every slice builds on it), the subgraph's own slice (packages/dataset/src/<slice>/) and its sources.
 */
function generatorVersion(slice: string, subgraphDir: string): string {
  const hash = createHash('sha256');
  const dataset = path.join(REPO_ROOT, 'packages/dataset/src');
  const shared = fs.readdirSync(dataset).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(dataset, f));
  const slices = [...listSources(path.join(dataset, 'registry')), ...(slice ? listSources(path.join(dataset, slice)) : [])];
  const own = slice ? [path.join(REPO_ROOT, subgraphDir, 'src/seed.ts')] : listSources(path.join(REPO_ROOT, subgraphDir, 'src'));
  const files = [...shared, ...slices, ...own].sort();
  for (const file of files) if (fs.existsSync(file)) hash.update(path.relative(REPO_ROOT, file)).update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function listSources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}
