// 缴存: public revenue the companies deposited into the estates' accounts since the drive began —
// exactly 9.23亿元 (923,000,000.00 CNY) at scale 1, split in whole cents by weights (largest remainder),
// so the sum holds to the cent.

import { apportion } from '../apportion.js';
import { AS_OF, addDays } from '../dates.js';
import { Rng } from '../random.js';
import type { RegistrySlice } from '../types.js';
import { DRIVE_START, PUBLIC_REVENUE_FIGURES } from './figures.js';
import { yuan } from './quarters.js';
import type { RevenueDeposit, RevenueEstate } from './types.js';

const CATEGORY_WEIGHT = { COMMODITY: 3, RESETTLEMENT: 1.2, OLD: 0.5, HOUSING_REFORM: 0.6, FUND_RAISED: 0.6, SELF_BUILT: 0.3 } as const;

export function generateDeposits(seed: number, scale: number, registry: RegistrySlice, estates: RevenueEstate[]): RevenueDeposit[] {
  const rng = new Rng(seed, 'public-revenue/deposits');
  const estateById = new Map(registry.estates.map((e) => [e.id, e]));
  const total = Math.round(PUBLIC_REVENUE_FIGURES.depositCents * scale);
  const weights = estates.map((e) => {
    const estate = estateById.get(e.estateId)!;
    return estate.households * CATEGORY_WEIGHT[estate.category] * rng.float(0.5, 1.5);
  });
  const perEstate = apportion(total, weights);
  const drafts: Omit<RevenueDeposit, 'id'>[] = [];
  estates.forEach((e, i) => {
    const count = rng.int(1, 3);
    const parts = apportion(perEstate[i]!, Array.from({ length: count }, () => rng.float(0.5, 1.5)));
    const days = Array.from({ length: count }, () => rng.dateBetween(DRIVE_START, addDays(AS_OF, -1))).sort();
    parts.forEach((cents, n) => {
      if (cents === 0) return;
      drafts.push({ estateId: e.estateId, companyId: e.companyId, regionCode: e.regionCode, amount: yuan(cents), depositedOn: days[n]!, reference: '' });
    });
  });
  drafts.sort((a, b) => (a.depositedOn < b.depositedOn ? -1 : a.depositedOn > b.depositedOn ? 1 : a.estateId < b.estateId ? -1 : 1));
  return drafts.map((d, i) => ({ ...d, id: `DP${String(i + 1).padStart(6, '0')}`, reference: `JC${d.depositedOn.replaceAll('-', '')}${String(i + 1).padStart(6, '0')}` }));
}
