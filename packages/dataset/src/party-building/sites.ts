// 党建阵地: exactly the seed's 325 red property-service centres and party–mass service centres, each in a
// community and covering one to five estates of it (or of neighbouring communities of its street),
// exactly 714 distinct estates in all — some estates are covered by two sites.

import { AS_OF } from '../dates.js';
import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import { uniqueName } from '../registry/names.js';
import type { ResidentialEstate } from '../types.js';
import { numbered, type RegistryIndex } from './context.js';
import { PARTY_FIGURES } from './figures.js';
import { numberedSiteName, siteName } from './names.js';
import type { PartySite, SiteKind } from './types.js';

const SIZES = [1, 2, 3, 4, 5];
const SIZE_WEIGHTS = [35, 30, 18, 10, 7];
const MAX_SIZE = 5;
/** sites also covering an estate another site of the street covers */
const SHARED_SHARE = 0.12;
const RED_SHARE = 0.6;

interface Draft {
  community: string;
  /** own community first, then the street's other communities */
  pool: ResidentialEstate[];
  target: number;
  estates: ResidentialEstate[];
}

export function generateSites(seed: number, scale: number, index: RegistryIndex): PartySite[] {
  const rng = new Rng(seed, 'party-building/sites');
  const count = scaled(PARTY_FIGURES.sites, scale);
  const communities = [...index.estatesByCommunity.keys()];
  const weight = (code: string) =>
    (index.estatesByCommunity.get(code)?.length ?? 0) * (index.regionByCode.get(code)?.name.endsWith('社区') ? 2 : 1);
  // distinct communities while there are enough, then second sites
  const chosen = rng.sample(communities, Math.min(count, communities.length), weight);
  while (chosen.length < count) chosen.push(rng.weightedPick(communities, communities.map(weight)));

  const drafts: Draft[] = chosen.map((community) => {
    const street = index.regionByCode.get(community)?.parentCode ?? '';
    const neighbours = (index.communitiesByStreet.get(street) ?? []).filter((c) => c !== community);
    const pool = [
      ...rng.shuffle(index.estatesByCommunity.get(community) ?? []),
      ...rng.shuffle(neighbours.flatMap((c) => index.estatesByCommunity.get(c) ?? [])),
    ];
    const target = Math.min(rng.weightedPick(SIZES, SIZE_WEIGHTS), pool.length);
    return { community, pool, target, estates: [] };
  });

  // exactly `distinct` estates: adjust the targets to sum to it, then take uncovered estates of each pool
  const distinct = scaled(PARTY_FIGURES.siteEstates, scale);
  let sum = drafts.reduce((n, d) => n + d.target, 0);
  for (let guard = 0; sum !== distinct && guard < 100 * drafts.length; guard++) {
    const d = rng.pick(drafts);
    const step = sum > distinct ? (d.target > 1 ? -1 : 0) : d.target < Math.min(MAX_SIZE, d.pool.length) ? 1 : 0;
    d.target += step;
    sum += step;
  }
  const covered = new Set<ResidentialEstate>();
  const take = (d: Draft) => {
    const next = d.pool.find((e) => !covered.has(e));
    if (!next || d.estates.length >= MAX_SIZE) return false;
    covered.add(next);
    d.estates.push(next);
    return true;
  };
  for (const d of drafts) while (d.estates.length < d.target && take(d));
  // a site whose community's estates other sites took first shares one of them: every site covers an
  // estate of its own community (its pool starts with them)
  for (const d of drafts) {
    if (d.estates.some((e) => e.regionCode === d.community)) continue;
    d.estates.unshift(d.pool[0] as ResidentialEstate);
    if (d.estates.length > MAX_SIZE) covered.delete(d.estates.pop() as ResidentialEstate);
  }
  // pools that ran dry (neighbouring sites took their estates) leave a shortfall: others make it up
  for (let guard = 0; covered.size < distinct && guard < 100 * drafts.length; guard++) take(rng.pick(drafts));
  for (const d of drafts) {
    if (d.estates.length < MAX_SIZE && rng.chance(SHARED_SHARE)) {
      const shared = d.pool.find((e) => covered.has(e) && !d.estates.includes(e));
      if (shared) d.estates.push(shared);
    }
  }

  // names unique within a community (community names repeat across streets)
  const names = new Map<string, Set<string>>();
  return drafts.map((d, i): PartySite => {
    const kind: SiteKind = rng.chance(RED_SHARE) ? 'RED_PROPERTY_SERVICE_CENTRE' : 'PARTY_MASS_SERVICE_CENTRE';
    const community = index.regionByCode.get(d.community)?.name ?? '';
    const used = names.get(d.community) ?? new Set<string>();
    names.set(d.community, used);
    return {
      id: numbered('PS', i, drafts.length, 4),
      name: uniqueName(used, () => siteName(community, kind), numberedSiteName),
      kind,
      regionCode: d.community,
      openedOn: rng.dateBetween('2019-01-01', AS_OF),
      estateIds: d.estates.map((e) => e.id).sort(),
    };
  });
}
