// 月度自查 — every company inspects every estate it serves once a month against the checklist in
// force (安全检查要点), January to August 2024. Most companies miss a month rarely; a few miss often
// (and everyone a little more in February, around the Spring Festival): about 6% of estate-months
// are missing, which the subgraph flags.

import { Rng } from '../random.js';
import { checklistFor } from './checklists.js';
import { numbered, type SafetyIndex } from './context.js';
import { SELF_INSPECTION_MONTHS } from './figures.js';
import type { SafetySelfInspection } from './types.js';

/** per company, the chance of missing a month: [share of companies, lowest, highest] */
const DILIGENCE: [number, number, number][] = [
  [0.7, 0.0, 0.04],
  [0.22, 0.05, 0.12],
  [0.08, 0.2, 0.45],
];
const SPRING_FESTIVAL_MONTH = '2024-02';
const SPRING_FESTIVAL_FACTOR = 1.8;

export function generateSelfInspections(seed: number, index: SafetyIndex): SafetySelfInspection[] {
  const rng = new Rng(seed, 'safety-inspection/self-inspections');
  const missRate = new Map<string, number>();
  for (const company of index.registry.companies) {
    const [, low, high] = rng.weightedPick(DILIGENCE, DILIGENCE.map(([share]) => share));
    missRate.set(company.id, rng.float(low, high));
  }
  const rows: Omit<SafetySelfInspection, 'id'>[] = [];
  for (const estate of index.served) {
    const rate = missRate.get(estate.companyId) ?? 0;
    for (const month of SELF_INSPECTION_MONTHS) {
      const factor = month === SPRING_FESTIVAL_MONTH ? SPRING_FESTIVAL_FACTOR : 1;
      if (rng.chance(rate * factor)) continue;
      const first = `${month}-01`;
      const checklist = checklistFor(first);
      const failed = rng.weightedPick([0, 1, 2], [80, 15, 5]);
      rows.push({
        estateId: estate.id,
        companyId: estate.companyId,
        month: first,
        checklistVersionId: checklist.id,
        submittedOn: `${month}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        failedItemCodes: failed ? rng.shuffle(checklist.items.map((i) => i.code)).slice(0, failed).sort() : [],
      });
    }
  }
  return rows.map((row, i) => ({ id: numbered('SSI', i, rows.length, 6), ...row }));
}
