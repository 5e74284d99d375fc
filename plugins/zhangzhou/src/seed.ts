// Writes 漳州's demo grid cases (./demo-data.ts) into an empty plugin_zhangzhou schema. Estates and their
// community codes come from the SDK's demoCity — the copies the API takes from the registry at report time.
import { demoCity, insertInChunks, sql, type SeedInput } from '@wuye/plugin-sdk';
import { generateGridCases } from './demo-data.js';
import { GridCaseEntity, GridCaseTransitionEntity } from './entities/index.js';
import { CITY } from './manifest.js';

export async function seedZhangzhou({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const { cases, transitions } = generateGridCases(demoCity(CITY, { scale }));
  await em.transactional(async (tx) => {
    await insertInChunks(tx, GridCaseEntity, cases);
    await insertInChunks(tx, GridCaseTransitionEntity, transitions);
    await sql(tx, `select setval('plugin_zhangzhou.grid_case_id_seq', ?)`, [Math.max(cases.length, 1)]);
  });
  const counts = { gridCases: cases.length, transitions: transitions.length };
  log(`plugin-zhangzhou: ${counts.gridCases} grid cases, ${counts.transitions} transitions`);
  return counts;
}
