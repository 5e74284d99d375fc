// `wuye migrate` and `wuye seed`: each subgraph's migrations into its own schema, then its demo data
// if that schema was never seeded.
import { createOrm, dropSchema, migrate, seedIfEmpty } from '@wuye/kit';
import { step, timed } from '../progress.js';
import { loadDefinitions } from '../subgraphs.js';

export async function migrateAll(url: string): Promise<void> {
  for (const definition of await loadDefinitions()) {
    const orm = await createOrm({ url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations, poolMax: 2 });
    try {
      const applied = await migrate(orm);
      step(`${definition.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
    } finally {
      await orm.close();
    }
  }
}

export async function seedAll(url: string, options: { scale?: number; reset?: boolean } = {}): Promise<void> {
  for (const definition of await loadDefinitions()) {
    const orm = await createOrm({ url, dbSchema: definition.dbSchema, entities: definition.entities, migrations: definition.migrations, poolMax: 2 });
    try {
      if (options.reset) {
        await timed(`${definition.name}: dropped schema ${definition.dbSchema}`, () => dropSchema(definition, orm));
        await migrate(orm);
      }
      const outcome = await seedIfEmpty(definition, orm, { scale: options.scale, log: (line) => step(line) });
      const counts = Object.entries(outcome.counts).map(([k, v]) => `${v} ${k}`).join(', ');
      step(outcome.seeded ? `${definition.name}: demo data written in ${outcome.ms} ms (${counts})` : `${definition.name}: demo data already there (scale ${outcome.scale}; ${counts || 'nothing to seed'})`);
    } finally {
      await orm.close();
    }
  }
}
