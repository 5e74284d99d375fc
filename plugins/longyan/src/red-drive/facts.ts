// 龙岩's committees as the core knows them now, read through the federation at request time (nothing
// here is stored as a source of truth): the registry lists the city's estates with their current
// committee and its members; party-building says how many are party members and whether the committee
// is red under 龙岩's rule; party-building's own region figures are asked as well, to be shown beside.
import { defineLoader, isWithin, lookupCore, lookupCoreFields, queryCore, type PluginContext } from '@wuye/plugin-sdk';
import { CITY } from '../manifest.js';
import { RED_RULE } from './target.js';

export interface CommitteeFacts {
  committeeId: string;
  estateId: string;
  /** the estate's community */
  regionCode: string;
  /** registry: the committee's members */
  members: number;
  /** party-building: members who are party members */
  partyMembers: number;
  /** party-building: red under 龙岩's rule (share ≥ 0.5, any chair) */
  isRed: boolean;
}

interface EstatesPage {
  estates: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; regionCode: string; ownersCommittee: { id: string; members: { id: string }[] } | null } }[] };
}

const ESTATES = `query ($filter: EstateFilter, $after: String) { estates(filter: $filter, first: 1000, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id regionCode ownersCommittee { id members { id } } } } } }`;

/** Every current committee of 龙岩, once per request (keyed by the city code). */
export const cityCommittees = defineLoader<string, CommitteeFacts[], PluginContext>(async (cities, ctx) =>
  Promise.all(
    cities.map(async (city) => {
      const estates: EstatesPage['estates']['edges'][number]['node'][] = [];
      for (let after: string | null = null; ; ) {
        const page: EstatesPage = await queryCore<EstatesPage>(ctx, 'registry', ESTATES, { filter: { regionCode: city }, after });
        estates.push(...page.estates.edges.map((e) => e.node));
        if (!page.estates.pageInfo.hasNextPage) break;
        after = page.estates.pageInfo.endCursor;
      }
      const withCommittee = estates.filter((e) => e.ownersCommittee && isWithin(e.regionCode, CITY));
      const party = await lookupCoreFields<{ id: string; partyMembers: number; isRed: boolean }>(
        ctx,
        'OwnersCommittee',
        withCommittee.map((e) => ({ id: e.ownersCommittee!.id })),
        `id partyMembers isRed(rule: ${RED_RULE})`,
      );
      return withCommittee.map((e, i) => ({
        committeeId: e.ownersCommittee!.id,
        estateId: e.id,
        regionCode: e.regionCode,
        members: e.ownersCommittee!.members.length,
        partyMembers: party[i]?.partyMembers ?? 0,
        isRed: party[i]?.isRed ?? false,
      }));
    }),
  ),
);

/** One committee's facts, for OwnersCommittee.longyanRedStatus (registry, then party-building; batched). */
export const committeeFacts = defineLoader<string, CommitteeFacts | null, PluginContext>(async (ids, ctx) => {
  const keys = ids.map((id) => ({ id }));
  const [registry, party] = await Promise.all([
    lookupCore<{ id: string; estate: { id: string; regionCode: string }; members: { id: string }[] }>(ctx, 'OwnersCommittee', keys, 'id estate { id regionCode } members { id }'),
    lookupCoreFields<{ id: string; partyMembers: number; isRed: boolean }>(ctx, 'OwnersCommittee', keys, `id partyMembers isRed(rule: ${RED_RULE})`),
  ]);
  return ids.map((id, i) => {
    const r = registry[i];
    if (!r?.estate) return null;
    return { committeeId: id, estateId: r.estate.id, regionCode: r.estate.regionCode, members: r.members.length, partyMembers: party[i]?.partyMembers ?? 0, isRed: party[i]?.isRed ?? false };
  });
});

export interface PartyBuildingFigures {
  committees: number;
  redCommittees: number;
  redCommitteeShare: number | null;
  committeePartyMemberShare: number | null;
}

/** party-building's own figures for regions, under 龙岩's rule (Region.partyBuilding @requires the registry's estateCount). */
export const partyBuildingFigures = defineLoader<string, PartyBuildingFigures | null, PluginContext>(async (codes, ctx) => {
  const counts = await lookupCore<{ code: string; estateCount: number }>(ctx, 'Region', codes.map((code) => ({ code })), 'code estateCount');
  const keys = codes.map((code, i) => ({ code, estateCount: counts[i]?.estateCount ?? 0 }));
  const figures = await lookupCoreFields<{ partyBuilding: PartyBuildingFigures }>(ctx, 'Region', keys, `code partyBuilding(redRule: ${RED_RULE}) { committees redCommittees redCommitteeShare committeePartyMemberShare }`);
  return figures.map((f) => f?.partyBuilding ?? null);
});
