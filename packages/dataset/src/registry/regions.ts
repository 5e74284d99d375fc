// The region tree: the real province, cities and counties, and synthetic streets (街道/镇/乡, 9-digit
// codes) and communities (社区/村, 12-digit codes) below them. Independent of the scale.

import { CITIES, COUNTIES, PROVINCE, type County } from '../fujian.js';
import { Rng } from '../random.js';
import type { Region } from '../types.js';
import { chineseNumeral, communityName, streetName, uniqueName, type CommunityKind, type StreetKind } from './names.js';

export interface CommunitySite {
  code: string;
  name: string;
  kind: CommunityKind;
}

export interface StreetSite {
  code: string;
  name: string;
  kind: StreetKind;
  /** centre of the street, around which its estates lie */
  latitude: number;
  longitude: number;
  communities: CommunitySite[];
}

export interface CountySite {
  county: County;
  streets: StreetSite[];
}

export interface RegionTree {
  regions: Region[];
  counties: CountySite[];
}

const MAX_WEIGHT = Math.max(...COUNTIES.map((c) => c.weight));

// Real codes number 街道 from 001, 镇 from 101, 乡 from 201; 社区 from 001, 村 from 201.
const STREET_CODE_BASE: Record<StreetKind, number> = { 街道: 0, 镇: 100, 乡: 200 };
const COMMUNITY_CODE_BASE: Record<CommunityKind, number> = { 社区: 0, 村: 200 };

const pad3 = (n: number) => String(n).padStart(3, '0');

/** 3–12 streets by weight; a county without estates (金门) gets none */
function streetCount(county: County): number {
  return county.weight === 0 ? 0 : 3 + Math.round(9 * Math.sqrt(county.weight / MAX_WEIGHT));
}

/** urban districts are mostly 街道; counties have a seat of 1–3 街道 and otherwise 镇 and 乡 */
function streetKinds(rng: Rng, county: County, count: number): StreetKind[] {
  const district = county.name.endsWith('区');
  const subdistricts = district
    ? Math.max(1, Math.round(count * (county.weight >= 10 ? 0.85 : 0.5)))
    : rng.int(1, Math.min(3, count - 1));
  return Array.from({ length: count }, (_, i): StreetKind => (i < subdistricts ? '街道' : rng.chance(0.8) ? '镇' : '乡'));
}

function communityKinds(rng: Rng, street: StreetKind): CommunityKind[] {
  switch (street) {
    case '街道':
      return Array.from({ length: rng.int(4, 12) }, () => '社区');
    case '镇': {
      const urban = rng.int(1, 3); // the town seat's 社区
      return Array.from({ length: rng.int(5, 12) }, (_, i) => (i < urban ? '社区' : '村'));
    }
    case '乡': {
      const urban = rng.int(0, 1);
      return Array.from({ length: rng.int(4, 9) }, (_, i) => (i < urban ? '社区' : '村'));
    }
  }
}

function numberedCodes<K extends string>(parent: string, kinds: K[], base: Record<K, number>): string[] {
  const next = new Map<K, number>();
  return kinds.map((kind) => {
    const n = (next.get(kind) ?? 0) + 1;
    next.set(kind, n);
    return parent + pad3(base[kind] + n);
  });
}

function streetsOf(rng: Rng, county: County): StreetSite[] {
  const kinds = streetKinds(rng, county, streetCount(county));
  const codes = numberedCodes(county.code, kinds, STREET_CODE_BASE);
  const streetNames = new Set<string>();
  return kinds.map((kind, i) => {
    const name = uniqueName(streetNames, () => streetName(rng, kind), (base, n) => base.replace(kind, chineseNumeral(n) + kind));
    // 街道 cluster around the county seat; towns spread over the county
    const spread = kind === '街道' ? 0.03 : 0.12;
    const latitude = county.latitude + rng.float(-spread, spread);
    const longitude = county.longitude + rng.float(-spread, spread);
    const communityKindsOfStreet = communityKinds(rng, kind);
    const communityCodes = numberedCodes(codes[i] as string, communityKindsOfStreet, COMMUNITY_CODE_BASE);
    const communityNames = new Set<string>();
    const communities = communityKindsOfStreet.map((communityKind, j) => ({
      code: communityCodes[j] as string,
      name: uniqueName(
        communityNames,
        () => communityName(rng, communityKind),
        (base, n) => base.replace(communityKind, chineseNumeral(n) + communityKind),
      ),
      kind: communityKind,
    }));
    return { code: codes[i] as string, name, kind, latitude, longitude, communities };
  });
}

export function generateRegions(seed: number): RegionTree {
  const rng = new Rng(seed, 'registry/regions');
  const counties = COUNTIES.map((county) => ({ county, streets: streetsOf(rng, county) }));
  const regions: Region[] = [
    { code: PROVINCE.code, name: PROVINCE.name, level: 'PROVINCE', parentCode: null },
    ...CITIES.map((c): Region => ({ code: c.code, name: c.name, level: 'CITY', parentCode: PROVINCE.code })),
    ...COUNTIES.map((c): Region => ({ code: c.code, name: c.name, level: 'COUNTY', parentCode: c.cityCode })),
  ];
  for (const { county, streets } of counties) {
    for (const s of streets) regions.push({ code: s.code, name: s.name, level: 'STREET', parentCode: county.code });
  }
  for (const { streets } of counties) {
    for (const s of streets) {
      for (const c of s.communities) regions.push({ code: c.code, name: c.name, level: 'COMMUNITY', parentCode: s.code });
    }
  }
  return { regions, counties };
}
