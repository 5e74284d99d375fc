// The viewer: who is asking, and which part of the province they may see.
import { isRegionCode, isWithin } from '../region-code.js';

export const ROLES = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF', 'COMPANY', 'OWNER', 'PUBLIC', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that administer a region (and see personal data inside it). */
export const OFFICIAL_ROLES: readonly Role[] = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF'];

export const PROVINCE_CODE = '350000';

export interface Viewer {
  role: Role;
  /** GB/T 2260 code; the viewer sees rows whose region code lies under it */
  region: string;
  /** token subject (a user id); null for PUBLIC */
  subject: string | null;
  companyId: string | null;
  estateId: string | null;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'PUBLIC', region: PROVINCE_CODE, subject: null, companyId: null, estateId: null });

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const isOfficial = (viewer: Viewer): boolean => OFFICIAL_ROLES.includes(viewer.role);

/** Whether an official (or the platform's own services) administers the region `code`. */
export function administers(viewer: Viewer, code: string): boolean {
  if (viewer.role === 'SERVICE') return true;
  return isOfficial(viewer) && isRegionCode(viewer.region) && isWithin(code, viewer.region);
}
