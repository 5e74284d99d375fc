// Who sees and who acts. Only viewers whose region lies inside 漳州 — or above it, the province — see
// anything of this plugin; a 厦门 token sees empty lists and null statistics, and is refused (FORBIDDEN)
// when it asks for a case by id or tries to act. Reporters' names and the accounts that recorded each
// step are for the officials over the case's region only. 漳州's street staff, county and city admins
// act on cases within their region.
import { administers, isWithin, maskPersonalName, WuyeError, type Viewer } from '@wuye/plugin-sdk';
import { CITY } from '../manifest.js';

/** the roles that report and move cases (scope-auth refuses the others: PUBLIC → UNAUTHENTICATED) */
export const ACTING_ROLES = ['STREET_STAFF', 'COUNTY_ADMIN', 'CITY_ADMIN'] as const;

/** The viewer's region lies inside 漳州, or 漳州 inside the viewer's region (the province, PUBLIC included). */
export const seesZhangzhou = (viewer: Viewer): boolean => isWithin(viewer.region, CITY) || isWithin(CITY, viewer.region);

export function requireSeesZhangzhou(viewer: Viewer): void {
  if (!seesZhangzhou(viewer)) throw WuyeError.forbidden(`漳州's grid cases are for viewers in 漳州 (${CITY}) or the province; your region is ${viewer.region}.`);
}

/** An official (or service) over the region: sees names and accounts. */
export const seesPersonalData = (viewer: Viewer, regionCode: string): boolean => administers(viewer, regionCode);

export const personalName = (viewer: Viewer, name: string, regionCode: string): string => (seesPersonalData(viewer, regionCode) ? name : maskPersonalName(name));

/** Acting on a case or an estate of `regionCode`: a 漳州 official whose region contains it. */
export function requireActsOn(viewer: Viewer, regionCode: string, what: string): void {
  requireSeesZhangzhou(viewer);
  if (!administers(viewer, regionCode)) throw WuyeError.forbidden(`You cannot ${what} in ${regionCode}: it lies outside your region ${viewer.region}.`);
}

/** The account recorded as the one who took a step. */
export const actorOf = (viewer: Viewer): string => viewer.subject ?? `${viewer.role.toLowerCase()}@${viewer.region}`;
