// Writes 厦门's demo data (./demo-data.ts) into an empty plugin_xiamen schema, and moves the id sequences on.
import { demoCity, insertInChunks, sql, type SeedInput } from '@wuye/plugin-sdk';
import { generateBundles, generateDeliberations } from './demo-data.js';
import { BundleEntity, BundleEstateEntity, BundleTransitionEntity, DeliberationEntity, DeliberationStepEntity } from './entities/index.js';
import { CITY, S } from './manifest.js';

export async function seedXiamen({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const city = demoCity(CITY, { scale });
  const { bundles, estates, transitions } = generateBundles(city);
  const { items, steps } = generateDeliberations(city);
  await em.transactional(async (tx) => {
    await insertInChunks(tx, BundleEntity, bundles);
    await insertInChunks(tx, BundleEstateEntity, estates);
    await insertInChunks(tx, BundleTransitionEntity, transitions);
    await insertInChunks(tx, DeliberationEntity, items);
    await insertInChunks(tx, DeliberationStepEntity, steps);
    await sql(tx, `select setval('${S}.bundle_id_seq', ?)`, [Math.max(bundles.length, 1)]);
    await sql(tx, `select setval('${S}.deliberation_id_seq', ?)`, [Math.max(items.length, 1)]);
  });
  const counts = { bundles: bundles.length, bundleEstates: estates.length, deliberations: items.length, deliberationSteps: steps.length };
  log(`plugin-xiamen: ${counts.bundles} bundles (${counts.bundleEstates} estates), ${counts.deliberations} 党员先议 items (${counts.deliberationSteps} steps)`);
  return counts;
}
