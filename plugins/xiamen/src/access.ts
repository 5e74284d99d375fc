// Who sees and who acts. Viewers whose region lies inside 厦门 — or above it, the province (PUBLIC
// included) — see this plugin's data; anyone else (a 漳州 token) sees empty lists and nulls and is refused
// (FORBIDDEN) when asking for a row by id or acting. Accounts that took steps are for the officials over
// the row's region only.
import { administers, isWithin, maskPersonalName, WuyeError, type Viewer } from '@wuye/plugin-sdk';
import { CITY } from './manifest.js';

/** officials who propose, approve, contract and end bundles, and record the party side of deliberations */
export const OFFICIAL_ROLES = ['STREET_STAFF', 'COUNTY_ADMIN', 'CITY_ADMIN', 'PROVINCE_ADMIN'] as const;

export const seesXiamen = (viewer: Viewer): boolean => isWithin(viewer.region, CITY) || isWithin(CITY, viewer.region);

export function requireSeesXiamen(viewer: Viewer): void {
  if (!seesXiamen(viewer)) throw WuyeError.forbidden(`厦门's data is for viewers in 厦门 (${CITY}) or the province; your region is ${viewer.region}.`);
}

/** Acting on rows of every region in `regionCodes`: an official whose region contains each of them. */
export function requireAdministers(viewer: Viewer, regionCodes: readonly string[], what: string): void {
  requireSeesXiamen(viewer);
  const outside = regionCodes.filter((code) => !administers(viewer, code));
  if (outside.length) throw WuyeError.forbidden(`You cannot ${what}: ${[...new Set(outside)].join(', ')} lie outside your region ${viewer.region} (${viewer.role}).`);
}

export const seesAccounts = (viewer: Viewer, regionCode: string): boolean => administers(viewer, regionCode);

export const personalName = (viewer: Viewer, name: string, regionCode: string): string => (administers(viewer, regionCode) ? name : maskPersonalName(name));

/** the account recorded for a step: the token's subject */
export const actorOf = (viewer: Viewer): string => viewer.subject ?? `${viewer.role.toLowerCase()}@${viewer.region}`;

export const inXiamen = (regionCode: string): boolean => isWithin(regionCode, CITY);
