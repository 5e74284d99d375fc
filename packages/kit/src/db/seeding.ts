// Demo data, once: a subgraph's seed runs only into a schema that has not been seeded, and records
// when, at what scale and how many rows, so `wuye start` can skip it on the next run.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SubgraphDefinition } from '../subgraph.js';
import { sql } from './orm.js';

export interface SeedOutcome {
  seeded: boolean;
  counts: Record<string, number>;
  scale: number;
  ms: number;
  /** the demo data there was written by another version of the generator (see `version`) */
  stale: boolean;
}

export async function seedIfEmpty<L>(
  definition: SubgraphDefinition<L>,
  orm: MikroORM,
  options: { scale?: number; log?: (line: string) => void; /** fingerprint of the generator that makes the data */ version?: string } = {},
): Promise<SeedOutcome> {
  const scale = options.scale ?? 1;
  const em = orm.em.fork();
  const schema = definition.dbSchema;
  await sql(em, `create table if not exists "${schema}".wuye_seed (seeded_at timestamptz not null default now(), scale int not null, counts jsonb not null, version text)`);
  await sql(em, `alter table "${schema}".wuye_seed add column if not exists version text`); // tables from before versions were recorded
  const [previous] = await sql<{ scale: number; counts: Record<string, number>; version: string | null }>(em, `select scale, counts, version from "${schema}".wuye_seed limit 1`);
  if (previous) {
    const stale = !!options.version && previous.version !== options.version;
    return { seeded: false, counts: previous.counts, scale: previous.scale, ms: 0, stale };
  }
  if (!definition.seed) return { seeded: false, counts: {}, scale, ms: 0, stale: false };
  const started = performance.now();
  const counts = await definition.seed({ em, scale, log: options.log ?? (() => {}) });
  await sql(em, `insert into "${schema}".wuye_seed (scale, counts, version) values (?, ?::jsonb, ?)`, [scale, JSON.stringify(counts), options.version ?? null]);
  return { seeded: true, counts, scale, ms: Math.round(performance.now() - started), stale: false };
}

/** Drops the subgraph's schema (every table, its migrations and its seed record). */
export async function dropSchema<L>(definition: SubgraphDefinition<L>, orm: MikroORM): Promise<void> {
  await sql(orm.em.fork(), `drop schema if exists "${definition.dbSchema}" cascade`);
}
