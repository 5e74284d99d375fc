// Bulk inserts for the demo data: one `insert … select * from unnest(arrays)` per chunk of rows, each
// column sent as one PostgreSQL array literal, straight through knex on the transaction's connection.
// Several times faster than the kit's insertInChunks (entities and one bind parameter per value) for
// the ~450,000 rows of this slice — and than the kit's sql(), whose MikroORM layer formats every query
// with its parameters inlined for the logger, which costs seconds for literals of megabytes.
// (Candidates for the kit.)
import { pgArray, type EntityManager } from '@wuye/kit';
import type { Knex } from '@mikro-orm/postgresql';

/** column name → PostgreSQL type of its array, e.g. { statement_id: 'text', amount: 'numeric' } */
export type Columns = Record<string, 'text' | 'int' | 'numeric' | 'date' | 'timestamptz'>;

const literal = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

export async function insertRows(em: EntityManager, table: string, columns: Columns, rows: readonly Record<string, unknown>[], chunkSize = 25_000): Promise<void> {
  const knex = (em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex()) as Knex;
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    await knex.raw(
      `insert into ${table} (${names.map((n) => `"${n}"`).join(', ')}) select * from unnest(${names.map((n) => `?::${columns[n]}[]`).join(', ')})`,
      names.map((n) => pgArray(chunk.map((row) => literal(row[n])))),
    );
  }
}
