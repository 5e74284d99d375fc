// Who may see and change what in the registry. Officials act within their region; a company acts for
// itself; an owner sees their own estate. Everything else is public registry data.
import { administers, type Viewer } from '@wuye/kit';
import type { Contract } from './entities/index.js';

/** Personal data (committee members' names) of an estate in `regionCode`. */
export function seesPersonalData(viewer: Viewer, estate: { id: string; regionCode: string }): boolean {
  return administers(viewer, estate.regionCode) || (viewer.role === 'OWNER' && viewer.estateId === estate.id);
}

/** A contract's filing: the officials over the estate, and the contracting company. */
export function seesContract(viewer: Viewer, contract: Pick<Contract, 'companyId'>, estateRegion: string): boolean {
  return administers(viewer, estateRegion) || (viewer.role === 'COMPANY' && viewer.companyId === contract.companyId);
}
