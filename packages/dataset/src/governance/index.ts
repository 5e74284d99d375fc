// The governance slice (基层治理): 一网统管 milestones per county, streets' joint meetings, estate
// deliberation, court-referred mediation, enforcement in estates, the 12 complete-community pilots and
// old-estate renovation projects — keyed by the registry's ids, each step on its own stream
// ('governance/<purpose>'), so the registry and every other slice stay as they are.
import type { RegistrySlice } from '../types.js';
import { generateEnforcement } from './enforcement.js';
import { generateGridIntegrations } from './grid.js';
import { generateMatters } from './deliberation.js';
import { generateMediations, generateMediators } from './mediation.js';
import { generateJointMeetings } from './meetings.js';
import { generatePilots } from './pilots.js';
import { generateRenovations } from './renovation.js';
import type { GovernanceSlice } from './types.js';

export { GOVERNANCE_FIGURES, MEDIATION_YEARS, OPEN_MEDIATIONS } from './figures.js';

/** The slice for a registry generated with the same seed and scale (not memoised: see generateGovernance). */
export function generateGovernanceSlice(seed: number, scale: number, registry: RegistrySlice): GovernanceSlice {
  const mediators = generateMediators(seed);
  return {
    gridIntegrations: generateGridIntegrations(seed),
    jointMeetings: generateJointMeetings(seed, registry),
    matters: generateMatters(seed, scale, registry),
    mediators,
    mediations: generateMediations(seed, registry, mediators),
    enforcement: generateEnforcement(seed, scale, registry),
    pilots: generatePilots(seed, registry),
    renovations: generateRenovations(seed, registry),
  };
}
