// The party-building slice (物业党建联建): party organisations, companies' party members, instructors,
// cross-appointments, committee members' party membership and sites — keyed by the registry's ids.
// Each step draws from its own stream ('party-building/<purpose>'), so the registry and every other
// slice stay as they are, and changing one step leaves the others' numbers alone.

import type { RegistrySlice } from '../types.js';
import { generateCrossAppointments } from './appointments.js';
import { generateCommitteeParty } from './committee-party.js';
import { generateCompanyPartyMembers } from './company-members.js';
import { planCompanyOrganizations } from './company-organizations.js';
import { indexRegistry } from './context.js';
import { planEstateBranches } from './estate-branches.js';
import { generateInstructors } from './instructors.js';
import { generateOrganizations } from './organizations.js';
import { generateSites } from './sites.js';
import type { PartyBuildingSlice } from './types.js';

/** The slice for a registry generated with the same seed and scale (not memoised: see generatePartyBuilding). */
export function generatePartyBuildingSlice(seed: number, scale: number, registry: RegistrySlice): PartyBuildingSlice {
  const index = indexRegistry(registry);
  const companyPartyMembers = generateCompanyPartyMembers(seed, scale, index);
  const companyGroups = planCompanyOrganizations(seed, scale, index, companyPartyMembers);
  const branchGroups = planEstateBranches(seed, scale, index);
  const organizations = generateOrganizations(seed, index, companyPartyMembers, companyGroups, branchGroups);
  const branchEstates = new Set(organizations.estateBranches.keys());
  const committeeMemberParty = generateCommitteeParty(seed, scale, index, branchEstates);
  return {
    organizations: organizations.organizations,
    companyPartyMembers,
    instructors: generateInstructors(seed, scale, index, companyPartyMembers, branchEstates),
    crossAppointments: generateCrossAppointments(seed, scale, index, organizations, committeeMemberParty),
    committeeMemberParty,
    sites: generateSites(seed, scale, index),
  };
}
