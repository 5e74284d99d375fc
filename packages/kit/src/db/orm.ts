// MikroORM 6 for one subgraph: its own PostgreSQL schema, its own migrations table inside it, and a
// forked EntityManager per request (the global one is refused: allowGlobalContext is false).
import type { MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntityManager, type EntitySchema, type EntityName, type Options, type RequiredEntityData } from '@mikro-orm/postgresql';
import pg from 'pg';
import { isTracing, recordSqlSpan } from '../tracing.js';

export type { EntityManager, MikroORM, MigrationObject };

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date at local midnight shifts the day across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// NUMERIC stays a string (exact money); BIGINT counts become numbers (they fit easily).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface OrmOptions {
  url: string;
  /** the PostgreSQL schema this subgraph owns, e.g. 'registry' */
  dbSchema: string;
  // EntitySchema's generics vary per entity; any is the honest type for a heterogeneous list
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any, any>[];
  migrations: MigrationObject[];
  poolMax?: number;
  /** called with every SQL statement sent (tests count them; LOG_SQL=1 prints them) */
  onQuery?: (sql: string) => void;
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const config: Options = {
    clientUrl: options.url,
    schema: options.dbSchema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: { tableName: 'mikro_orm_migrations', migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    debug: options.onQuery || process.env.LOG_SQL || isTracing() ? ['query'] : false,
    colors: false,
    logger: (message: string) => {
      if (!message.startsWith('[query]')) return;
      options.onQuery?.(message);
      if (isTracing()) traceStatement(message, options.dbSchema);
      if (process.env.LOG_SQL) console.log(message);
    },
  };
  return MikroORM.init(config);
}

/** MikroORM logs `[query] <sql> [took N ms, …]` once the statement has answered: its span ends now. */
function traceStatement(message: string, schema: string): void {
  const took = /\[took (\d+(?:\.\d+)?) ms/.exec(message);
  const statement = message.replace(/^\[query\] /, '').replace(/ \[took [^\]]*\]$/, '');
  recordSqlSpan(statement, took ? Number(took[1]) : 0, schema);
}

/** Applies this subgraph's pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/**
 * A plain SQL statement with positional parameters (?), on the request's connection (and inside its
 * transaction, if any). Arrays are sent as one PostgreSQL array literal (use `?::text[]`), not spread
 * into a list as knex would.
 */
export function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params.map((p) => (Array.isArray(p) ? pgArray(p) : p)), 'all', em.getTransactionContext());
}

/** A PostgreSQL array literal: {"a","b"} with quotes and backslashes escaped; null stays NULL. */
export function pgArray(values: readonly unknown[]): string {
  const items = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`));
  return `{${items.join(',')}}`;
}

/** Inserts many rows in chunks (PostgreSQL takes at most 65,535 parameters per statement). */
export async function insertInChunks<T extends object>(em: EntityManager, entity: EntitySchema<T, never>, rows: readonly RequiredEntityData<T>[], chunkSize = 2000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) await em.insertMany(entity as EntityName<T>, rows.slice(i, i + chunkSize).map((row) => ({ ...row })) as T[]); // copies: MikroORM writes into the rows it gets
}
