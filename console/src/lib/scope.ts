// What a viewer may open in the console: officials the regions in their subtree, a company its own
// page. The gateway enforces the same on every field it guards; the console does not offer what the
// viewer may not see, and says so plainly when the address is typed in.
import { isWithin, levelOf, type RegionLevel } from '@wuye/kit/region-code';
import type { Session } from './session.js';

export const OFFICIAL_ROLES = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF'];

export const isOfficial = (session: Session): boolean => OFFICIAL_ROLES.includes(session.role);

/** whether the viewer supervises the region (or the estate in it) with this code */
export function canSee(session: Session, regionCode: string): boolean {
  return isOfficial(session) && levelOf(regionCode) !== null && isWithin(regionCode, session.region);
}

/** the region the console opens on: the viewer's own */
export const homeRegion = (session: Session): string => session.region;

export const levelOfCode = (code: string): RegionLevel | null => levelOf(code);
