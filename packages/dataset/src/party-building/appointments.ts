// 交叉任职: company and owners'-committee party members holding a post in the community's party
// organisation. 厦门集美区 made the companies' party leaders deputy secretaries (副书记) of nearly every
// community; elsewhere they and committee members are mostly part-time members (兼职委员).

import { addDays, addYears, AS_OF, maxDate, minDate } from '../dates.js';
import { Rng, WeightedTable } from '../random.js';
import { scaled } from '../registry/figures.js';
import { personName } from '../registry/names.js';
import type { OwnersCommittee, OwnersCommitteeMember } from '../types.js';
import { numbered, type RegistryIndex } from './context.js';
import { JIMEI, PARTY_FIGURES } from './figures.js';
import type { Organizations } from './organizations.js';
import type { CommitteeMemberParty, CrossAppointment, OrganizationRole } from './types.js';

/** communities of 集美 with a company party leader as deputy secretary */
const JIMEI_SHARE = 0.95;
const JIMEI_FROM = '2021-03-01';
const EARLIEST = '2020-01-01';
/** elsewhere: appointments from the committee side, and deputy secretaries among all */
const COMMITTEE_SIDE_SHARE = 0.55;
const DEPUTY_SHARE = 0.08;
/** a company's own branch secretary rather than the estate's project manager */
const SECRETARY_SHARE = 0.4;
/** posts one company secretary holds at most */
const SECRETARY_POSTS = 2;
const MAX_PER_COMMUNITY = 3;
const ENDED_SHARE = 0.1;
const MIN_DAYS = 90;

const COMMITTEE_ROLES: Record<OwnersCommitteeMember['role'], string> = {
  CHAIR: '业委会主任',
  VICE_CHAIR: '业委会副主任',
  MEMBER: '业委会委员',
};

type Draft = Omit<CrossAppointment, 'id'>;

export function generateCrossAppointments(
  seed: number,
  scale: number,
  index: RegistryIndex,
  organizations: Organizations,
  party: CommitteeMemberParty[],
): CrossAppointment[] {
  const rng = new Rng(seed, 'party-building/appointments');
  const total = scaled(PARTY_FIGURES.crossAppointments, scale);
  const isParty = new Map(party.map((p) => [p.memberId, p.partyMember]));
  const estatesOf = (community: string) => index.estatesByCommunity.get(community) ?? [];
  /** companies serving the community, once per estate they serve (so weighted by it) */
  const servingCompanies = (community: string) => estatesOf(community).flatMap((e) => (e.companyId ? [e.companyId] : []));
  /** a company led by a branch of its own (or a joint one) has a 党支部书记 */
  const hasSecretary = (companyId: string) => {
    const formation = organizations.companyOrganizations.get(companyId)?.formation;
    return formation === 'STANDALONE' || formation === 'JOINT';
  };

  const drafts: Draft[] = [];
  const taken = new Set<string>();
  const perCommunity = new Map<string, number>();
  const withDeputy = new Set<string>();
  const secretaries = new Map<string, { name: string; posts: number }>();

  const ended = (startsOn: string) => {
    const earliest = addDays(startsOn, 2 * MIN_DAYS);
    return earliest < AS_OF && rng.chance(ENDED_SHARE) ? rng.dateBetween(earliest, AS_OF) : null;
  };
  const push = (community: string, draft: Omit<Draft, 'organizationId' | 'regionCode'>) => {
    drafts.push({
      personName: draft.personName,
      side: draft.side,
      companyId: draft.companyId,
      committeeId: draft.committeeId,
      sideRole: draft.sideRole,
      organizationId: organizations.communityOrganizations.get(community)?.id as string,
      organizationRole: draft.organizationRole,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      regionCode: community,
    });
    perCommunity.set(community, (perCommunity.get(community) ?? 0) + 1);
    if (draft.organizationRole === 'DEPUTY_SECRETARY') withDeputy.add(community);
  };

  /** the company's branch secretary (one person per company), or the project manager of its estate */
  const companySide = (community: string, companyId: string, secretary: boolean, role: OrganizationRole, from: string) => {
    const key = `${community}/${companyId}/${secretary ? 'secretary' : 'manager'}`;
    if (taken.has(key)) return false;
    let name: string;
    if (secretary) {
      const holder = secretaries.get(companyId) ?? { name: personName(rng), posts: 0 };
      if (holder.posts >= SECRETARY_POSTS) return false;
      holder.posts++;
      secretaries.set(companyId, holder);
      name = holder.name;
      from = maxDate(from, organizations.companyOrganizations.get(companyId)?.establishedOn ?? from);
    } else {
      name = personName(rng);
    }
    taken.add(key);
    const startsOn = rng.dateBetween(minDate(from, AS_OF), AS_OF);
    push(community, {
      personName: name,
      side: 'COMPANY',
      companyId,
      committeeId: null,
      sideRole: secretary ? '党支部书记' : '项目经理',
      organizationRole: role,
      startsOn,
      endsOn: ended(startsOn),
    });
    return true;
  };

  /** a party member of the committee (the committee's member of that name) while its term runs, ending with it */
  const committeeSide = (community: string, committee: OwnersCommittee, role: OrganizationRole) => {
    const termEnd = addYears(committee.electedOn, committee.termYears);
    const from = maxDate(EARLIEST, committee.electedOn);
    // at least a quarter before the term ends
    const to = minDate(AS_OF, addDays(termEnd, -MIN_DAYS));
    const candidates = committee.members.filter((m) => isParty.get(m.id) && !taken.has(m.id));
    if (from > to || candidates.length === 0) return false;
    const chair = candidates.find((m) => m.role === 'CHAIR');
    const member = chair && rng.chance(0.5) ? chair : rng.pick(candidates);
    taken.add(member.id);
    const startsOn = rng.dateBetween(from, to);
    push(community, {
      personName: member.name,
      side: 'OWNERS_COMMITTEE',
      companyId: null,
      committeeId: committee.id,
      sideRole: COMMITTEE_ROLES[member.role],
      organizationRole: role,
      startsOn,
      endsOn: termEnd <= AS_OF ? addDays(termEnd, -1) : ended(startsOn),
    });
    return true;
  };

  // 集美区全面推动物业服务党员负责人挂职社区党组织副书记: one per community, a different company each
  // where possible
  const jimeiUsed = new Set<string>();
  for (const community of index.estatesByCommunity.keys()) {
    if (!community.startsWith(JIMEI) || drafts.length >= total || !rng.chance(JIMEI_SHARE)) continue;
    const candidates = rng.shuffle([...new Set(servingCompanies(community).filter(hasSecretary))]);
    // companies not yet serving as deputy secretary elsewhere first; a secretary's posts are limited
    const ordered = [...candidates.filter((id) => !jimeiUsed.has(id)), ...candidates.filter((id) => jimeiUsed.has(id))];
    const companyId = ordered.find((id) => companySide(community, id, true, 'DEPUTY_SECRETARY', JIMEI_FROM));
    if (companyId) jimeiUsed.add(companyId);
  }

  // everywhere: part-time members from both sides, now and then a deputy secretary
  const communities = new WeightedTable([...index.estatesByCommunity.keys()], (c) => estatesOf(c).length);
  for (let attempt = 0; drafts.length < total && attempt < total * 50; attempt++) {
    const community = communities.pick(rng);
    if ((perCommunity.get(community) ?? 0) >= MAX_PER_COMMUNITY) continue;
    const deputy = !withDeputy.has(community) && rng.chance(DEPUTY_SHARE);
    const role: OrganizationRole = deputy ? 'DEPUTY_SECRETARY' : 'PART_TIME_MEMBER';
    if (rng.chance(COMMITTEE_SIDE_SHARE)) {
      const committees = estatesOf(community).flatMap((e) => index.committeeByEstate.get(e.id) ?? []);
      if (committees.length > 0) committeeSide(community, rng.pick(committees), role);
    } else {
      const companies = servingCompanies(community);
      if (companies.length === 0) continue;
      const companyId = rng.pick(companies);
      companySide(community, companyId, hasSecretary(companyId) && rng.chance(SECRETARY_SHARE), role, EARLIEST);
    }
  }

  // numbered community by community
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.regionCode < b.d.regionCode ? -1 : a.d.regionCode > b.d.regionCode ? 1 : a.i - b.i));
  return ordered.map(({ d }, i) => ({ id: numbered('CA', i, ordered.length, 5), ...d }));
}
