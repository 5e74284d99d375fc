// Reading a region code (GB/T 2260 + the synthetic 9- and 12-digit levels) without a lookup table.

import type { RegionLevel } from './types.js';

export function regionLevelOf(code: string): RegionLevel {
  if (code.length === 12) return 'COMMUNITY';
  if (code.length === 9) return 'STREET';
  if (code.length !== 6) throw new RangeError(`not a region code: ${code}`);
  if (code.endsWith('0000')) return 'PROVINCE';
  return code.endsWith('00') ? 'CITY' : 'COUNTY';
}

/** the digits every code under `code` starts with */
function prefixOf(code: string): string {
  switch (regionLevelOf(code)) {
    case 'PROVINCE':
      return code.slice(0, 2);
    case 'CITY':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/** whether `code` is `ancestor` or lies under it (a viewer of `ancestor` sees rows of `code`) */
export function regionContains(ancestor: string, code: string): boolean {
  return code.startsWith(prefixOf(ancestor));
}

/** the city (6 digits) a county, street or community code lies in */
export function cityCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/** the county (6 digits) a county, street or community code lies in */
export function countyCodeOf(code: string): string {
  return code.slice(0, 6);
}
