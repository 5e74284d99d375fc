// Who sees what of a company's credit:
//   officials — live scores, explanations and events of companies registered in their region or serving
//     an estate in it (province officials: every company);
//   the company itself (a COMPANY token) — its own live score, explanation and events;
//   everyone else (PUBLIC, OWNER, other companies) — published evaluation results only.
import { administers, isOfficial, PROVINCE_CODE, type Viewer } from '@wuye/kit';
import type { CompanyCopy } from './companies.js';

/** Whether an official's region covers the company: its registered county or an estate it serves. */
export function officialCovers(viewer: Viewer, company: CompanyCopy | null): boolean {
  if (!company) return administers(viewer, PROVINCE_CODE);
  return (company.regionCode !== null && administers(viewer, company.regionCode)) || company.estates.some((e) => administers(viewer, e.regionCode));
}

export function seesLive(viewer: Viewer, companyId: string, company: CompanyCopy | null): boolean {
  if (viewer.role === 'SERVICE') return true;
  if (viewer.role === 'COMPANY') return viewer.companyId === companyId;
  return isOfficial(viewer) && officialCovers(viewer, company);
}

/** the level of an official's role, recorded with what they write */
export function officialLevel(viewer: Viewer): 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET' {
  switch (viewer.role) {
    case 'CITY_ADMIN': return 'CITY';
    case 'COUNTY_ADMIN': return 'COUNTY';
    case 'STREET_STAFF': return 'STREET';
    default: return 'PROVINCE';
  }
}
