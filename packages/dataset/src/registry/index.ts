// The registry slice (基础档案): regions, estates, companies, contracts, owners' committees. Each step
// draws from its own stream, so changing one step leaves the earlier ones as they were.

import type { DatasetOptions, RegistrySlice, ResidentialEstate } from '../types.js';
import { resolveOptions } from '../options.js';
import { generateCommittees } from './committees.js';
import { generateCompanies } from './companies.js';
import { generateContracts } from './contracts.js';
import { generateEstates } from './estates.js';
import { generateRegions } from './regions.js';
import { assignServiceModes, type ServiceAssignment } from './service-modes.js';

export function generateRegistry(options: DatasetOptions = {}): RegistrySlice {
  const { seed, scale } = resolveOptions(options);
  const tree = generateRegions(seed);
  const sites = generateEstates(seed, tree, scale);
  const services = assignServiceModes(seed, sites, scale);
  const { companies, companyIds } = generateCompanies(seed, sites, services, scale);
  const estates = sites.map((site, i): ResidentialEstate => {
    const service = services[i] as ServiceAssignment;
    return {
      id: site.id,
      name: site.name,
      address: site.address,
      regionCode: site.regionCode,
      category: site.category,
      households: site.households,
      buildYear: site.buildYear,
      serviceMode: service.serviceMode,
      companyId: companyIds[i] ?? null,
      fallbackSince: service.fallbackSince,
      latitude: site.latitude,
      longitude: site.longitude,
    };
  });
  const committees = generateCommittees(seed, estates, scale);
  const contracts = generateContracts(seed, estates, companies, committees);
  return { regions: tree.regions, estates, companies, contracts, committees };
}
