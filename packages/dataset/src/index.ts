// @wuye/dataset — the deterministic demo province of Fujian: same seed and scale, identical output.
// Pure: no I/O, no clock, no Math.random(); plain objects only.
//
// Adding a domain's slice (party-building, public-revenue, …):
//   1. a sibling folder `src/<domain>/` with one module per concern and an `index.ts` exporting
//      `generate<Domain>(seed, scale, registry: RegistrySlice): <Domain>Slice`;
//   2. draw only from its own streams, `new Rng(seed, '<domain>/<purpose>')` (src/random.ts), so the
//      registry and every other slice stay exactly as they are;
//   3. its row types in `src/types.ts`, keyed by the registry's ids (estate, company, committee, region);
//   4. a field on `Province` and one line in `generateProvince` below; its figures tested on the rows.

import { AS_OF } from './dates.js';
import { resolveOptions } from './options.js';
import { generateRegistry } from './registry/index.js';
import { generatePartyBuildingSlice } from './party-building/index.js';
import type { PartyBuildingSlice } from './party-building/types.js';
import { generatePublicRevenueSlice } from './public-revenue/index.js';
import type { PublicRevenueSlice } from './public-revenue/types.js';
import { generateSafetyInspectionSlice } from './safety-inspection/index.js';
import type { SafetyInspectionSlice } from './safety-inspection/types.js';
import type { DatasetOptions, Province } from './types.js';
import { generateCreditSlice } from './credit/index.js';
import type { CreditSlice } from './credit/types.js';

export type * from './types.js';
export type * from './party-building/types.js';
export type * from './regulations/types.js';
export { generateRegulations, LOCAL_POLICIES_PER_YEAR, TOPIC_CODES as REGULATION_TOPIC_CODES } from './regulations/index.js';
export type * from './public-revenue/types.js';
export {
  INCOME_DROP_SHARE,
  LATEST_QUARTER,
  PUBLIC_REVENUE_FIGURES,
  PUBLICATION_DEADLINE_DAYS,
  REVENUE_QUARTERS,
  cents as revenueCents,
  quarterEnd as revenueQuarterEnd,
  yuan as revenueYuan,
} from './public-revenue/index.js';
export type * from './safety-inspection/types.js';
export { checklistFor, FIRE_CATEGORIES, SAFETY_FIGURES, SELF_INSPECTION_MONTHS, AS_OF_INSTANT as SAFETY_AS_OF_INSTANT, DEADLINE_DAYS as SAFETY_DEADLINE_DAYS } from './safety-inspection/index.js';
export type * from './credit/types.js';
export { CREDIT_FIGURES, CREDIT_RULE_SET, gradeOfHundredths as creditGradeOf, gradesOf as creditGradesOf, scoreHundredths as creditScoreHundredths } from './credit/index.js';
export { AS_OF } from './dates.js';
export { DEFAULT_SCALE, DEFAULT_SEED } from './options.js';
export { CITIES, CITY_CODES, COUNTIES, PROVINCE, type City, type County } from './fujian.js';
export { cityCodeOf, countyCodeOf, regionContains, regionLevelOf } from './region-codes.js';
export { isValidUscc, usccCheckChar } from './registry/uscc.js';
export { generateRegistry };
export { registryFacts, type RegistryFacts } from './registry/facts.js';

const provinces = new Map<string, Province>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The whole demo province, generated once per seed and scale and shared by every caller — so it is
 * deeply frozen: copy what you need to change.
 */
export function generateProvince(options: DatasetOptions = {}): Province {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let province = provinces.get(key);
  if (!province) {
    province = deepFreeze({ asOf: AS_OF, seed, scale, registry: generateRegistry({ seed, scale }) });
    provinces.set(key, province);
  }
  return province;
}

const partyBuildings = new Map<string, PartyBuildingSlice>();

/**
 * The party-building slice (物业党建联建) of `generateProvince(options)`'s registry, generated once per
 * seed and scale and deeply frozen. A function of its own rather than a field of Province, so that
 * callers needing only the registry never pay for it.
 */
export function generatePartyBuilding(options: DatasetOptions = {}): PartyBuildingSlice {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let slice = partyBuildings.get(key);
  if (!slice) {
    slice = deepFreeze(generatePartyBuildingSlice(seed, scale, generateProvince({ seed, scale }).registry));
    partyBuildings.set(key, slice);
  }
  return slice;
}

const publicRevenues = new Map<string, PublicRevenueSlice>();

/**
 * The public-revenue slice (公共收益) of `generateProvince(options)`'s registry, generated once per seed
 * and scale and deeply frozen — like generatePartyBuilding, a function of its own.
 */
export function generatePublicRevenue(options: DatasetOptions = {}): PublicRevenueSlice {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let slice = publicRevenues.get(key);
  if (!slice) {
    slice = deepFreeze(generatePublicRevenueSlice(seed, scale, generateProvince({ seed, scale }).registry));
    publicRevenues.set(key, slice);
  }
  return slice;
}

const safetyInspections = new Map<string, SafetyInspectionSlice>();

/**
 * The safety-inspection slice (安全监管) of `generateProvince(options)`'s registry, generated once per
 * seed and scale and deeply frozen — like generatePartyBuilding, a function of its own.
 */
export function generateSafetyInspection(options: DatasetOptions = {}): SafetyInspectionSlice {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let slice = safetyInspections.get(key);
  if (!slice) {
    slice = deepFreeze(generateSafetyInspectionSlice(seed, scale, generateProvince({ seed, scale }).registry));
    safetyInspections.set(key, slice);
  }
  return slice;
}

const credits = new Map<string, CreditSlice>();

/**
 * The credit slice (信用综合评价) derived from the registry, party-building, safety-inspection and
 * public-revenue slices of the same seed and scale, generated once and deeply frozen.
 */
export function generateCredit(options: DatasetOptions = {}): CreditSlice {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let slice = credits.get(key);
  if (!slice) {
    const o = { seed, scale };
    slice = deepFreeze(generateCreditSlice(seed, generateProvince(o).registry, generatePartyBuilding(o), generateSafetyInspection(o), generatePublicRevenue(o)));
    credits.set(key, slice);
  }
  return slice;
}

// ── governance (基层治理) ────────────────────────────────────────────────────────────────────────────
export type * from './governance/types.js';
export { GOVERNANCE_FIGURES, MEDIATION_YEARS as GOVERNANCE_MEDIATION_YEARS, OPEN_MEDIATIONS as GOVERNANCE_OPEN_MEDIATIONS } from './governance/index.js';
import { generateGovernanceSlice } from './governance/index.js';
import type { GovernanceSlice } from './governance/types.js';

const governances = new Map<string, GovernanceSlice>();

/**
 * The governance slice (基层治理) of `generateProvince(options)`'s registry, generated once per seed and
 * scale and deeply frozen — like generatePartyBuilding, a function of its own.
 */
export function generateGovernance(options: DatasetOptions = {}): GovernanceSlice {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let slice = governances.get(key);
  if (!slice) {
    slice = deepFreeze(generateGovernanceSlice(seed, scale, generateProvince({ seed, scale }).registry));
    governances.set(key, slice);
  }
  return slice;
}
