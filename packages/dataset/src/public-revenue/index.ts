// The public-revenue slice (公共收益 点题整治): statements with their revisions and publications, the
// task list, supervisors and their visits, complaints and deposits — keyed by the registry's ids. Each
// step draws from its own stream ('public-revenue/<purpose>'), so the registry and every other slice stay
// as they are, and changing one step leaves the others' numbers alone.

import type { RegistrySlice } from '../types.js';
import { generateComplaints } from './complaints.js';
import { generateDeposits } from './deposits.js';
import { REVENUE_QUARTERS } from './figures.js';
import { generateStatements, revenueEstates } from './statements.js';
import { generateSupervisors } from './supervisors.js';
import { generateTasks } from './tasks.js';
import type { PublicRevenueSlice } from './types.js';

export { INCOME_DROP_SHARE, LATEST_QUARTER, PUBLIC_REVENUE_FIGURES, PUBLICATION_DEADLINE_DAYS, REVENUE_QUARTERS } from './figures.js';
export { cents, chinaInstant, nextQuarter, previousQuarter, quarterEnd, quarterStart, yuan } from './quarters.js';

/** The slice for a registry generated with the same seed and scale (not memoised: see generatePublicRevenue). */
export function generatePublicRevenueSlice(seed: number, scale: number, registry: RegistrySlice): PublicRevenueSlice {
  const estates = revenueEstates(registry);
  const { supervisors, visits } = generateSupervisors(seed, estates);
  return {
    quarters: [...REVENUE_QUARTERS],
    estates,
    statements: generateStatements(seed, registry, estates),
    tasks: generateTasks(seed),
    supervisors,
    visits,
    complaints: generateComplaints(seed, scale, estates),
    deposits: generateDeposits(seed, scale, registry, estates),
  };
}
