// Who may see and write what. Everything in force, amended, repealed or out for consultation is public;
// drafts (起草中) are seen by the officials over the issuing region. A region's documents are written by
// its own admins only: the province admin for the province's (350000), a city admin for the city's.
// National law (no region) is reference data: nobody writes it through the API.
import { CITY_CODES } from '@wuye/dataset';
import { administers, isOfficial, PROVINCE_CODE, regionPrefix, type Viewer } from '@wuye/kit';

/** the regions that issue documents: the province and its cities */
export const ISSUING_REGIONS: readonly string[] = [PROVINCE_CODE, ...CITY_CODES];

export const isIssuingRegion = (code: string): boolean => ISSUING_REGIONS.includes(code);

/** the role that writes a region's documents */
export const writerRole = (regionCode: string): 'PROVINCE_ADMIN' | 'CITY_ADMIN' => (regionCode === PROVINCE_CODE ? 'PROVINCE_ADMIN' : 'CITY_ADMIN');

export function writesFor(viewer: Viewer, regionCode: string | null): boolean {
  return !!regionCode && viewer.region === regionCode && viewer.role === writerRole(regionCode);
}

export function seesDrafts(viewer: Viewer, regionCode: string | null): boolean {
  return !!regionCode && administers(viewer, regionCode);
}

/** SQL LIKE pattern of the issuing regions whose drafts the viewer sees; null: none */
export function draftPattern(viewer: Viewer): string | null {
  if (viewer.role === 'SERVICE') return '%';
  return isOfficial(viewer) ? `${regionPrefix(viewer.region)}%` : null;
}

/** whether a version with this status, of a document of this region, is visible to the viewer */
export const seesVersion = (viewer: Viewer, status: string, regionCode: string | null): boolean => status !== 'DRAFT' || seesDrafts(viewer, regionCode);
