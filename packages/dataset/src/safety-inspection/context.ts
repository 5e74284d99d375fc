// Look-ups over the registry slice that several safety-inspection steps share, built once per slice.

import { CITIES, COUNTIES, PROVINCE } from '../fujian.js';
import { addDays, dayNumber, isoDate } from '../dates.js';
import type { RegistrySlice, ResidentialEstate } from '../types.js';
import { AS_OF_INSTANT } from './figures.js';

/** an estate served by a property company (the objects of safety supervision in 物业服务区域) */
export interface ServedEstate extends ResidentialEstate {
  companyId: string;
}

export interface SafetyIndex {
  registry: RegistrySlice;
  /** served estates, in id order */
  served: ServedEstate[];
  /** per county code, its served estates in id order (counties without any are absent) */
  servedByCounty: Map<string, ServedEstate[]>;
  /** per city code, its served estates in id order */
  servedByCity: Map<string, ServedEstate[]>;
  /** name of the province, a city or a county by code */
  regionName: (code: string) => string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexRegistry(registry: RegistrySlice): SafetyIndex {
  const served = registry.estates.filter((e): e is ServedEstate => e.companyId !== null);
  const servedByCounty = new Map<string, ServedEstate[]>();
  const servedByCity = new Map<string, ServedEstate[]>();
  for (const estate of served) {
    push(servedByCounty, estate.regionCode.slice(0, 6), estate);
    push(servedByCity, `${estate.regionCode.slice(0, 4)}00`, estate);
  }
  const names = new Map<string, string>([[PROVINCE.code, PROVINCE.name], ...CITIES.map((c) => [c.code, c.name] as const), ...COUNTIES.map((c) => [c.code, c.name] as const)]);
  return {
    registry,
    served,
    servedByCounty,
    servedByCity,
    regionName: (code) => {
      const name = names.get(code);
      if (!name) throw new RangeError(`no province, city or county ${code}`);
      return name;
    },
  };
}

/** 厦门 calls its department 建设局; the other cities 住房和城乡建设局 */
export function housingBureau(code: string, name: string): string {
  if (code === PROVINCE.code) return '福建省住房和城乡建设厅';
  return name + (code === '350200' ? '建设局' : '住房和城乡建设局');
}

// Instants as minutes since 1970-01-01T00:00Z; Fujian is UTC+8 all year.
const CST = 8 * 60;

/** the instant of a local (China Standard Time) date and minute of the day */
export const localMinutes = (date: string, minuteOfDay: number): number => dayNumber(date) * 1440 + minuteOfDay - CST;

/** the local date of an instant */
export const localDate = (minutes: number): string => isoDate(Math.floor((minutes + CST) / 1440));

/** ISO 8601 (UTC) of an instant */
export const isoInstant = (minutes: number): string => {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return `${isoDate(day)}T${hh}:${mm}:00.000Z`;
};

/** AS_OF (2024-09-10 00:00 in Fujian) in minutes: nothing in the slice happens at or after it */
export const AS_OF_MINUTES = localMinutes('2024-09-10', 0);
if (isoInstant(AS_OF_MINUTES) !== AS_OF_INSTANT) throw new Error('AS_OF_INSTANT and AS_OF_MINUTES disagree');

/** the day before AS_OF: the last day anything can be conducted on */
export const LAST_DAY = addDays('2024-09-10', -1);

/** 'P' + a number of at least `width` digits, wide enough for `total` */
export const numbered = (prefix: string, index: number, total: number, width: number) =>
  `${prefix}${String(index + 1).padStart(Math.max(width, String(total).length), '0')}`;
