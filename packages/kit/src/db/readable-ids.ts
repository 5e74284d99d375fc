// Readable ids (SAF00042, RD0007 …) from a schema's sequences `<name>_id_seq`: rows written through the
// API continue the demo data's numbering (each seed moves its sequences on past what it wrote).
import { sql, type EntityManager } from './orm.js';

/** a sequence's id format: its prefix and how many digits the number is padded to */
export type IdFormat = readonly [prefix: string, digits: number];

export interface ReadableIds<Name extends string> {
  /** `count` new ids from the sequence, in one statement */
  nextIds(em: EntityManager, sequence: Name, count?: number): Promise<string[]>;
  nextId(em: EntityManager, sequence: Name): Promise<string>;
}

export function readableIds<Formats extends Record<string, IdFormat>>(schema: string, formats: Formats): ReadableIds<keyof Formats & string> {
  const nextIds = async (em: EntityManager, sequence: keyof Formats & string, count = 1): Promise<string[]> => {
    if (count === 0) return [];
    const [prefix, digits] = formats[sequence]!;
    const rows = await sql<{ n: number }>(em, `select nextval('"${schema}".${sequence}_id_seq')::int as n from generate_series(1, ?)`, [count]);
    return rows.map((r) => `${prefix}${String(r.n).padStart(digits, '0')}`);
  };
  return { nextIds, nextId: async (em, sequence) => (await nextIds(em, sequence, 1))[0]! };
}
