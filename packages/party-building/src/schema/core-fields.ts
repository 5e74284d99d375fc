// Party-building's fields on the registry's entities: PropertyCompany.partyBuilding,
// ResidentialEstate.partyBranch / partyInstructor / partySites, OwnersCommittee.partyMemberShare / isRed.
import { chinaDate, defineLoader, inKeyOrder, sql } from '@wuye/kit';
import { DEFAULT_RED_RULE, isRed, MIN_MEMBERS_TO_FOUND } from '../rules.js';
import { builder, type PartyContext } from './builder.js';
import { CommitteeRef, CompanyRef, EstateRef } from './core-entities.js';
import { OrganizationRef } from './organization.js';
import { instructorById, InstructorRef } from './people.js';
import { sitesOfEstate, SiteRef } from './site.js';
import { RedRuleInput, ruleFromInput } from './red-rule.js';

interface CompanyParty {
  companyId: string;
  partyMembers: number;
  organizationId: string | null;
  instructorId: string | null;
}

/** per company: party members, its active COMPANY organisation, its active instructor — one statement */
const companyParty = defineLoader<string, CompanyParty, PartyContext>(async (ids, ctx) => {
  const today = chinaDate(ctx.now);
  const rows = await sql<{ company_id: string; party_members: number | null; organization_id: string | null; instructor_id: string | null }>(
    ctx.em,
    `select c.id as company_id, p.party_members, org.organization_id, ins.id as instructor_id
     from unnest(?::text[]) as c(id)
     left join party_building.company_party_members p on p.company_id = c.id
     left join lateral (select oc.organization_id from party_building.organization_company oc join party_building.party_organization o on o.id = oc.organization_id
                        where oc.company_id = c.id and o.kind = 'COMPANY' and o.established_on <= ? and (o.dissolved_on is null or o.dissolved_on > ?)
                        order by o.established_on limit 1) org on true
     left join lateral (select i.id from party_building.instructor i where i.company_id = c.id and i.sent_on <= ? and (i.recalled_on is null or i.recalled_on > ?)
                        order by i.sent_on desc limit 1) ins on true`,
    [ids, today, today, today, today],
  );
  return inKeyOrder(ids, rows.map((r) => ({ companyId: r.company_id, partyMembers: r.party_members ?? 0, organizationId: r.organization_id, instructorId: r.instructor_id })), (r) => r.companyId).map(
    (r, i) => r ?? { companyId: ids[i]!, partyMembers: 0, organizationId: null, instructorId: null },
  );
});

const CompanyPartyRef = builder.objectRef<CompanyParty>('CompanyPartyBuilding').implement({
  description: '企业党建 — a company\'s party-building status',
  fields: (t) => ({
    partyMembers: t.exposeInt('partyMembers', { description: '党员人数 — party members on its staff' }),
    eligible: t.boolean({ description: `符合条件 — may found its own organisation (≥ ${MIN_MEMBERS_TO_FOUND} party members, 党章)`, resolve: (c) => c.partyMembers >= MIN_MEMBERS_TO_FOUND }),
    organization: t.field({ type: OrganizationRef, nullable: true, description: '党组织 — the organisation covering it (own, joint or affiliated)', resolve: (c) => c.organizationId }),
    organizationFormed: t.boolean({ description: '已建党组织 — an organisation covers it', resolve: (c) => c.organizationId !== null }),
    instructor: t.field({ type: InstructorRef, nullable: true, description: '党建指导员 — sent while no organisation can be formed', resolve: (c, _args, ctx) => (c.instructorId ? instructorById(ctx).load(c.instructorId) : null) }),
    covered: t.boolean({ description: '党的工作覆盖 — an organisation or an instructor (an instructor covers, but does not count as formed)', resolve: (c) => c.organizationId !== null || c.instructorId !== null }),
  }),
});

CompanyRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    partyBuilding: t.field({ type: CompanyPartyRef, description: '企业党建 — party-building status', resolve: (c, _args, ctx) => companyParty(ctx).load(c.id) }),
  }),
});

/** per estate: its active 小区党支部 and active instructor */
const estateParty = defineLoader<string, { branchId: string | null; instructorId: string | null }, PartyContext>(async (ids, ctx) => {
  const today = chinaDate(ctx.now);
  const rows = await sql<{ estate_id: string; organization_id: string | null; instructor_id: string | null }>(
    ctx.em,
    `select e.id as estate_id, org.organization_id, ins.id as instructor_id
     from unnest(?::text[]) as e(id)
     left join lateral (select oe.organization_id from party_building.organization_estate oe join party_building.party_organization o on o.id = oe.organization_id
                        where oe.estate_id = e.id and o.kind = 'ESTATE_BRANCH' and o.established_on <= ? and (o.dissolved_on is null or o.dissolved_on > ?)
                        order by o.established_on limit 1) org on true
     left join lateral (select i.id from party_building.instructor i where i.estate_id = e.id and i.sent_on <= ? and (i.recalled_on is null or i.recalled_on > ?)
                        order by i.sent_on desc limit 1) ins on true`,
    [ids, today, today, today, today],
  );
  const byId = new Map(rows.map((r) => [r.estate_id, { branchId: r.organization_id, instructorId: r.instructor_id }]));
  return ids.map((id) => byId.get(id) ?? { branchId: null, instructorId: null });
});

EstateRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    partyBranch: t.field({ type: OrganizationRef, nullable: true, description: '小区党支部 — the estate\'s party branch (own or joint)', resolve: async (e, _args, ctx) => (await estateParty(ctx).load(e.id)).branchId }),
    partyInstructor: t.field({
      type: InstructorRef,
      nullable: true,
      description: '党建指导员 — sent while the estate has no branch',
      resolve: async (e, _args, ctx) => {
        const { instructorId } = await estateParty(ctx).load(e.id);
        return instructorId ? instructorById(ctx).load(instructorId) : null;
      },
    }),
    partySites: t.field({ type: [SiteRef], description: '党建阵地 — sites serving the estate', resolve: (e, _args, ctx) => sitesOfEstate(ctx).load(e.id) }),
  }),
});

interface CommitteeParty {
  members: number;
  partyMembers: number;
  chairIsPartyMember: boolean;
}

const committeeParty = defineLoader<string, CommitteeParty, PartyContext>(async (ids, ctx) => {
  const rows = await sql<{ committee_id: string; members: number; party: number; chair_party: boolean }>(
    ctx.em,
    `select committee_id, count(*)::int as members, count(*) filter (where party_member)::int as party, coalesce(bool_or(is_chair and party_member), false) as chair_party
     from party_building.committee_member_party where committee_id = any(?::text[]) group by committee_id`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.committee_id, { members: r.members, partyMembers: r.party, chairIsPartyMember: r.chair_party }]));
  return ids.map((id) => byId.get(id) ?? { members: 0, partyMembers: 0, chairIsPartyMember: false });
});

CommitteeRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    partyMembers: t.int({ description: '党员委员数 — members who are party members', resolve: async (c, _args, ctx) => (await committeeParty(ctx).load(c.id)).partyMembers }),
    partyMemberShare: t.float({
      nullable: true,
      description: '党员占比 — party members / members, 4 decimal places',
      resolve: async (c, _args, ctx) => {
        const p = await committeeParty(ctx).load(c.id);
        return p.members ? Math.round((p.partyMembers / p.members) * 10_000) / 10_000 : null;
      },
    }),
    chairIsPartyMember: t.boolean({ description: '主任是否党员', resolve: async (c, _args, ctx) => (await committeeParty(ctx).load(c.id)).chairIsPartyMember }),
    isRed: t.boolean({
      description: `红色业委会 — whether the committee is "red" under the rule (default: share ≥ ${DEFAULT_RED_RULE.minPartyMemberShare} and a party-member chair)`,
      args: { rule: t.arg({ type: RedRuleInput }) },
      resolve: async (c, { rule }, ctx) => isRed(await committeeParty(ctx).load(c.id), ruleFromInput(rule)),
    }),
  }),
});
