// Who sees and who acts.
// - 红色业委会 figures: viewers whose region lies inside 龙岩, or above it (the province, PUBLIC included).
// - Votes of an estate: the officials over the estate's region, and the estate's owners (an OWNER token
//   whose `estateId` claim is the estate). Nobody else — a 厦门 token, another estate's owner — sees them.
// - A ballot's choice: only its owner (`myBallot`); everyone who sees the vote sees the tally and, once
//   closed, the anonymous ballot lines.
// - Opening and closing a vote: officials (street, county, city, province) over the estate's region.
//   Casting: an OWNER token for the estate, whose subject is an owner on the vote's roll.
import { administers, isWithin, WuyeError, type Viewer } from '@wuye/plugin-sdk';
import { CITY } from './manifest.js';

export const OFFICIAL_ROLES = ['STREET_STAFF', 'COUNTY_ADMIN', 'CITY_ADMIN', 'PROVINCE_ADMIN'] as const;

export const seesLongyan = (viewer: Viewer): boolean => isWithin(viewer.region, CITY) || isWithin(CITY, viewer.region);

export function requireSeesLongyan(viewer: Viewer): void {
  if (!seesLongyan(viewer)) throw WuyeError.forbidden(`龙岩's data is for viewers in 龙岩 (${CITY}) or the province; your region is ${viewer.region}.`);
}

/** an OWNER token of this estate, inside 龙岩 */
export const isOwnerOf = (viewer: Viewer, estateId: string): boolean => viewer.role === 'OWNER' && viewer.estateId === estateId && isWithin(viewer.region, CITY);

export const seesVotesOf = (viewer: Viewer, estate: { estateId: string; regionCode: string }): boolean =>
  (viewer.role !== 'OWNER' && administers(viewer, estate.regionCode)) || isOwnerOf(viewer, estate.estateId);

export function requireSeesVote(viewer: Viewer, vote: { id: string; estateId: string; regionCode: string }): void {
  requireSeesLongyan(viewer);
  if (!seesVotesOf(viewer, vote)) throw WuyeError.forbidden(`Vote ${vote.id} is for the officials over ${vote.regionCode} and the owners of estate ${vote.estateId}.`);
}

export function requireAdministers(viewer: Viewer, regionCode: string, what: string): void {
  requireSeesLongyan(viewer);
  if (!administers(viewer, regionCode)) throw WuyeError.forbidden(`You cannot ${what} in ${regionCode}: it lies outside your region ${viewer.region}.`);
}

/** The account recorded as the one who acted. */
export const actorOf = (viewer: Viewer): string => viewer.subject ?? `${viewer.role.toLowerCase()}@${viewer.region}`;
