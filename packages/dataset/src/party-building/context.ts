// Look-ups over the registry slice that several party-building steps share, built once per slice.

import type { OwnersCommittee, PropertyCompany, Region, RegistrySlice, ResidentialEstate } from '../types.js';

export interface RegistryIndex {
  registry: RegistrySlice;
  regionByCode: Map<string, Region>;
  estateById: Map<string, ResidentialEstate>;
  companyById: Map<string, PropertyCompany>;
  /** communities holding at least one estate, in the registry's order, with their estates */
  estatesByCommunity: Map<string, ResidentialEstate[]>;
  /** per street, its communities holding estates */
  communitiesByStreet: Map<string, string[]>;
  committeeByEstate: Map<string, OwnersCommittee>;
  /** the estates each company serves (companies serving none are absent) */
  estatesByCompany: Map<string, ResidentialEstate[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexRegistry(registry: RegistrySlice): RegistryIndex {
  const regionByCode = new Map(registry.regions.map((r) => [r.code, r]));
  const byCommunity = new Map<string, ResidentialEstate[]>();
  const estatesByCompany = new Map<string, ResidentialEstate[]>();
  for (const e of registry.estates) {
    push(byCommunity, e.regionCode, e);
    if (e.companyId !== null) push(estatesByCompany, e.companyId, e);
  }
  // in the order of the region list (estates are numbered county by county, so nearly the same)
  const estatesByCommunity = new Map<string, ResidentialEstate[]>();
  const communitiesByStreet = new Map<string, string[]>();
  for (const region of registry.regions) {
    const estates = region.level === 'COMMUNITY' ? byCommunity.get(region.code) : undefined;
    if (!estates) continue;
    estatesByCommunity.set(region.code, estates);
    push(communitiesByStreet, region.parentCode as string, region.code);
  }
  return {
    registry,
    regionByCode,
    estateById: new Map(registry.estates.map((e) => [e.id, e])),
    companyById: new Map(registry.companies.map((c) => [c.id, c])),
    estatesByCommunity,
    communitiesByStreet,
    committeeByEstate: new Map(registry.committees.map((c) => [c.estateId, c])),
    estatesByCompany,
  };
}

/** 'PO' + a number of at least `width` digits, wide enough for `total` */
export const numbered = (prefix: string, index: number, total: number, width: number) =>
  `${prefix}${String(index + 1).padStart(Math.max(width, String(total).length), '0')}`;
