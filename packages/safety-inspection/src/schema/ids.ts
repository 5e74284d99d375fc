// Ids of rows recorded through the API continue the demo data's numbering (the seed moves the sequences on).
import { sql, type EntityManager } from '@wuye/kit';
import { S } from './access.js';

export const ID_FORMATS = {
  campaign: ['SAC', 4],
  draw: ['SAD', 4],
  inspection: ['SAI', 5],
  finding: ['SAF', 5],
  evidence: ['SAE', 6],
  inspector: ['SAP', 4],
  checklist_version: ['SCL', 2],
  self_inspection: ['SSI', 6],
} as const;

export async function nextIds(em: EntityManager, sequence: keyof typeof ID_FORMATS, count = 1): Promise<string[]> {
  if (count === 0) return [];
  const [prefix, digits] = ID_FORMATS[sequence];
  const rows = await sql<{ n: number }>(em, `select nextval('${S}.${sequence}_id_seq')::int as n from generate_series(1, ?)`, [count]);
  return rows.map((r) => `${prefix}${String(r.n).padStart(digits, '0')}`);
}

export const nextId = async (em: EntityManager, sequence: keyof typeof ID_FORMATS): Promise<string> => (await nextIds(em, sequence, 1))[0]!;
