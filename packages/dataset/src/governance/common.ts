// Small helpers the governance generators share: estates grouped by city, day arithmetic against AS_OF.
import { addDays, AS_OF, dayNumber, isoDate } from '../dates.js';
import type { Rng } from '../random.js';
import type { RegistrySlice, ResidentialEstate } from '../types.js';

/** the last day anything may happen on: the day before the seed's date */
export const LAST_DAY = addDays(AS_OF, -1);

export const cityOf = (code: string): string => `${code.slice(0, 4)}00`;

export function estatesByCity(registry: RegistrySlice): Map<string, ResidentialEstate[]> {
  const byCity = new Map<string, ResidentialEstate[]>();
  for (const e of registry.estates) {
    const city = cityOf(e.regionCode);
    let list = byCity.get(city);
    if (!list) byCity.set(city, (list = []));
    list.push(e);
  }
  return byCity;
}

/** a date in [from, to] clamped to LAST_DAY */
export function dateIn(rng: Rng, from: string, to: string): string {
  const end = to > LAST_DAY ? LAST_DAY : to;
  return from >= end ? end : rng.dateBetween(from, end);
}

export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');
export { addDays, isoDate };
