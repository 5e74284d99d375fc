// Writes: found or dissolve an organisation, record a company's party members, send an instructor,
// record a cross-appointment, record a site. Founding, dissolving and sending publish domain events
// (src/events.ts) in the same transaction. Officials (street staff and above) act within their region; the
// registry is asked where companies and estates are, and that region is copied beside the row.
import { administers, chinaDate, levelOf, readableIds, sql, WuyeError, type Viewer } from '@wuye/kit';
import { z } from 'zod';
import {
  CompanyMembersEntity,
  CrossAppointmentEntity,
  InstructorEntity,
  OrganizationCompanyEntity,
  OrganizationEntity,
  OrganizationEstateEntity,
  SiteEntity,
  SiteEstateEntity,
} from '../entities/index.js';
import { instructorSent, organizationDissolved, organizationFormed } from '../events.js';
import { MIN_MEMBERS_TO_FOUND } from '../rules.js';
import { builder, type PartyContext } from './builder.js';
import { FormationModeEnum, isActive, OrganizationKindEnum, OrganizationRef } from './organization.js';
import { AppointmentSideEnum, CrossAppointmentRef, InstructorRef, OrganizationRoleEnum } from './people.js';
import { regionsOf } from './registry-facts.js';
import { SiteKindEnum, SiteRef } from './site.js';

const name = (min: number) => z.string().trim().min(min, `must have at least ${min} characters`).max(100);

function requireAdministers(viewer: Viewer, regionCode: string, what: string): void {
  if (!administers(viewer, regionCode)) throw WuyeError.forbidden(`You cannot ${what} in ${regionCode}: it lies outside your region ${viewer.region}.`);
}

const { nextId } = readableIds('party_building', { organization: ['PO', 5], instructor: ['PI', 4], cross_appointment: ['CA', 5], site: ['PS', 4] });

function notInFuture(date: string, ctx: PartyContext, field: string): void {
  if (date > chinaDate(ctx.now)) throw WuyeError.badInput(field, 'lies in the future');
}

/** the active organisation of `kind` already covering one of `ids`, if any */
async function alreadyCovered(ctx: PartyContext, kind: 'COMPANY' | 'ESTATE_BRANCH', ids: string[]): Promise<{ id: string; organizationId: string } | undefined> {
  const today = chinaDate(ctx.now);
  const [table, column] = kind === 'COMPANY' ? ['organization_company', 'company_id'] : ['organization_estate', 'estate_id'];
  const [row] = await sql<{ covered: string; organization_id: string }>(
    ctx.em,
    `select l.${column} as covered, l.organization_id from party_building.${table} l join party_building.party_organization o on o.id = l.organization_id
     where l.${column} = any(?::text[]) and o.kind = ? and o.established_on <= ? and (o.dissolved_on is null or o.dissolved_on > ?) limit 1`,
    [ids, kind, today, today],
  );
  return row && { id: row.covered, organizationId: row.organization_id };
}

const FoundInput = builder.inputType('FoundPartyOrganizationInput', {
  description: '成立党组织 — found an organisation for companies (企业党组织), estates (小区党支部) or a community',
  fields: (t) => ({
    name: t.string({ required: true, validate: name(4) }),
    kind: t.field({ type: OrganizationKindEnum, required: true }),
    formation: t.field({ type: FormationModeEnum, required: true }),
    memberCount: t.int({ required: true, validate: z.number().int().min(MIN_MEMBERS_TO_FOUND, `an organisation needs at least ${MIN_MEMBERS_TO_FOUND} party members (党章)`).max(100_000) }),
    establishedOn: t.field({ type: 'Date', required: true }),
    parentId: t.id({ description: '上级党组织' }),
    companyIds: t.idList({ description: 'COMPANY: the companies it covers (one unless JOINT)' }),
    estateIds: t.idList({ description: 'ESTATE_BRANCH: the estates it covers (one unless JOINT)' }),
    regionCode: t.field({ type: 'RegionCode', description: 'COMMUNITY: the community; INDUSTRY_COMMITTEE / ASSOCIATION: the province or city' }),
  }),
});

const SendInstructorInput = builder.inputType('SendInstructorInput', {
  description: '选派党建指导员 — to a company or an estate (exactly one) that has no organisation',
  fields: (t) => ({
    name: t.string({ required: true, validate: name(2) }),
    sentOn: t.field({ type: 'Date', required: true }),
    companyId: t.id(),
    estateId: t.id(),
  }),
});

const AppointmentInput = builder.inputType('RecordCrossAppointmentInput', {
  description: '记录交叉任职 — a company or committee person\'s role in the community party organisation',
  fields: (t) => ({
    personName: t.string({ required: true, validate: name(2) }),
    side: t.field({ type: AppointmentSideEnum, required: true }),
    companyId: t.id({ description: 'side COMPANY' }),
    committeeId: t.id({ description: 'side OWNERS_COMMITTEE' }),
    sideRole: t.string({ required: true, description: 'e.g. 党支部书记, 项目经理, 业委会主任', validate: name(2) }),
    organizationId: t.id({ required: true, description: 'the COMMUNITY party organisation' }),
    organizationRole: t.field({ type: OrganizationRoleEnum, required: true }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date' }),
  }),
});

const SiteInput = builder.inputType('RecordPartySiteInput', {
  description: '记录党建阵地 — a site and the estates it serves (in its street)',
  fields: (t) => ({
    name: t.string({ required: true, validate: name(4) }),
    kind: t.field({ type: SiteKindEnum, required: true }),
    communityCode: t.field({ type: 'RegionCode', required: true }),
    openedOn: t.field({ type: 'Date', required: true }),
    estateIds: t.idList({ required: true, validate: z.array(z.string()).min(1, 'a site serves at least one estate').max(50) }),
  }),
});

builder.mutationFields((t) => ({
  foundPartyOrganization: t.field({
    type: OrganizationRef,
    description: '成立党组织 — officials within their region',
    authScopes: { official: true },
    args: { input: t.arg({ type: FoundInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notInFuture(input.establishedOn, ctx, 'input.establishedOn');
      const companyIds = [...new Set(input.companyIds ?? [])];
      const estateIds = [...new Set(input.estateIds ?? [])];
      const single = input.formation !== 'JOINT';
      let regionCode: string;
      let estateRegions = new Map<string, string>();
      if (input.kind === 'COMPANY') {
        if (companyIds.length === 0 || estateIds.length) throw WuyeError.badInput('input.companyIds', 'a company organisation covers companies (and no estates)');
        if (single && companyIds.length !== 1) throw WuyeError.badInput('input.companyIds', `a ${input.formation} organisation covers exactly one company; JOINT covers several`);
        if (!single && companyIds.length < 2) throw WuyeError.badInput('input.companyIds', 'a JOINT organisation covers at least two companies');
        const regions = await regionsOf(ctx, 'PropertyCompany', companyIds, 'input.companyIds');
        regionCode = regions.get(companyIds[0]!)!;
        for (const region of regions.values()) requireAdministers(ctx.viewer, region, 'found organisations for companies');
        if (input.formation === 'STANDALONE') {
          const members = await ctx.em.findOne(CompanyMembersEntity, { companyId: companyIds[0]! });
          if ((members?.partyMembers ?? 0) < MIN_MEMBERS_TO_FOUND) {
            throw WuyeError.badInput('input.formation', `company ${companyIds[0]} has ${members?.partyMembers ?? 0} party members on record; ${MIN_MEMBERS_TO_FOUND} are needed to found its own (send an instructor, or form JOINT / AFFILIATED)`);
          }
        }
        const covered = await alreadyCovered(ctx, 'COMPANY', companyIds);
        if (covered) throw WuyeError.conflict(`Company ${covered.id} is already covered by organisation ${covered.organizationId}.`);
      } else if (input.kind === 'ESTATE_BRANCH') {
        if (estateIds.length === 0 || companyIds.length) throw WuyeError.badInput('input.estateIds', 'a 小区党支部 covers estates (and no companies)');
        if (single && estateIds.length !== 1) throw WuyeError.badInput('input.estateIds', `a ${input.formation} branch covers exactly one estate; JOINT covers several`);
        estateRegions = await regionsOf(ctx, 'ResidentialEstate', estateIds, 'input.estateIds');
        regionCode = estateRegions.get(estateIds[0]!)!;
        if ([...estateRegions.values()].some((r) => r !== regionCode)) throw WuyeError.badInput('input.estateIds', 'a joint branch covers estates of one community');
        requireAdministers(ctx.viewer, regionCode, 'found estate branches');
        const covered = await alreadyCovered(ctx, 'ESTATE_BRANCH', estateIds);
        if (covered) throw WuyeError.conflict(`Estate ${covered.id} already has branch ${covered.organizationId}.`);
      } else {
        if (!input.regionCode) throw WuyeError.badInput('input.regionCode', `is required for a ${input.kind} organisation`);
        const level = levelOf(input.regionCode);
        const fits = input.kind === 'COMMUNITY' ? level === 'COMMUNITY' : level === 'PROVINCE' || level === 'CITY';
        if (!fits) throw WuyeError.badInput('input.regionCode', input.kind === 'COMMUNITY' ? 'must be a community (12 digits)' : 'must be the province or a city');
        regionCode = input.regionCode;
        requireAdministers(ctx.viewer, regionCode, `found ${input.kind} organisations`);
      }
      if (input.parentId) {
        const parent = await ctx.em.findOne(OrganizationEntity, { id: input.parentId });
        if (!parent || !isActive(parent, chinaDate(ctx.now))) throw WuyeError.badInput('input.parentId', `no active organisation ${input.parentId}`);
      }
      return ctx.em.transactional(async (em) => {
        const organization = em.create(OrganizationEntity, {
          id: await nextId(em, 'organization'),
          name: input.name.trim(),
          kind: input.kind,
          formation: input.formation,
          parentId: input.parentId ?? null,
          memberCount: input.memberCount,
          establishedOn: input.establishedOn,
          dissolvedOn: null,
          regionCode,
        });
        for (const companyId of companyIds) em.create(OrganizationCompanyEntity, { organizationId: organization.id, companyId });
        for (const estateId of estateIds) em.create(OrganizationEstateEntity, { organizationId: organization.id, estateId, regionCode: estateRegions.get(estateId)! });
        await organizationFormed(em, ctx.now, { organizationId: organization.id, kind: input.kind, formation: input.formation, companyIds, estateIds, regionCode, establishedOn: input.establishedOn });
        return organization;
      });
    },
  }),

  dissolvePartyOrganization: t.field({
    type: OrganizationRef,
    description: '撤销党组织 — officials over the organisation\'s region record its dissolution (once), with the reason',
    authScopes: { official: true },
    args: {
      id: t.arg.id({ required: true }),
      dissolvedOn: t.arg({ type: 'Date', required: true, description: '撤销日期 — not in the future, after its founding' }),
      reason: t.arg.string({ required: true, description: '撤销原因', validate: z.string().trim().min(4, 'say why (at least 4 characters)').max(500) }),
    },
    resolve: async (_root, { id, dissolvedOn, reason }, ctx) => {
      notInFuture(dissolvedOn, ctx, 'dissolvedOn');
      const organization = await ctx.em.findOne(OrganizationEntity, { id });
      if (!organization) throw WuyeError.notFound('PartyOrganization', id);
      requireAdministers(ctx.viewer, organization.regionCode, 'dissolve organisations');
      if (dissolvedOn <= organization.establishedOn) throw WuyeError.badInput('dissolvedOn', `must be after its founding on ${organization.establishedOn}`);
      return ctx.em.transactional(async (em) => {
        // the row moves only if nobody dissolved it meanwhile
        const moved = await sql(em, `update party_building.party_organization set dissolved_on = ? where id = ? and dissolved_on is null returning id`, [dissolvedOn, id]);
        if (!moved.length) throw WuyeError.conflict(`Organisation ${id} was dissolved already.`);
        const [covered] = await sql<{ company_ids: string[]; estate_ids: string[] }>(
          em,
          `select array(select company_id from party_building.organization_company where organization_id = ? order by company_id) as company_ids,
                  array(select estate_id from party_building.organization_estate where organization_id = ? order by estate_id) as estate_ids`,
          [id, id],
        );
        await organizationDissolved(em, ctx.now, { organizationId: id, kind: organization.kind, formation: organization.formation, companyIds: covered!.company_ids, estateIds: covered!.estate_ids, regionCode: organization.regionCode, dissolvedOn, reason: reason.trim() });
        organization.dissolvedOn = dissolvedOn;
        return organization;
      });
    },
  }),

  recordCompanyPartyMembers: t.field({
    type: 'Int',
    description: '记录企业党员数 — the party members on a company\'s staff (decides eligibility); returns the number recorded',
    authScopes: { official: true },
    args: { companyId: t.arg.id({ required: true }), partyMembers: t.arg.int({ required: true, validate: z.number().int().min(0).max(100_000) }) },
    resolve: async (_root, { companyId, partyMembers }, ctx) => {
      const region = (await regionsOf(ctx, 'PropertyCompany', [companyId], 'companyId')).get(companyId)!;
      requireAdministers(ctx.viewer, region, 'record party members of companies');
      await sql(ctx.em, `insert into party_building.company_party_members (company_id, party_members, region_code) values (?, ?, ?)
                         on conflict (company_id) do update set party_members = excluded.party_members`, [companyId, partyMembers, region]);
      return partyMembers;
    },
  }),

  sendInstructor: t.field({
    type: InstructorRef,
    description: '选派党建指导员 — officials within their region',
    authScopes: { official: true },
    args: { input: t.arg({ type: SendInstructorInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notInFuture(input.sentOn, ctx, 'input.sentOn');
      if (!input.companyId === !input.estateId) throw WuyeError.badInput('input.companyId', 'give exactly one of companyId and estateId');
      const [typename, id, field, kind] = input.companyId
        ? (['PropertyCompany', input.companyId, 'input.companyId', 'COMPANY'] as const)
        : (['ResidentialEstate', input.estateId!, 'input.estateId', 'ESTATE_BRANCH'] as const);
      const regionCode = (await regionsOf(ctx, typename, [id], field)).get(id)!;
      requireAdministers(ctx.viewer, regionCode, 'send instructors');
      const covered = await alreadyCovered(ctx, kind, [id]);
      if (covered) throw WuyeError.conflict(`${id} already has organisation ${covered.organizationId}: instructors go where none can be formed yet.`);
      return ctx.em.transactional(async (em) => {
        const instructor = em.create(InstructorEntity, {
          id: await nextId(em, 'instructor'),
          name: input.name.trim(),
          sentOn: input.sentOn,
          recalledOn: null,
          companyId: input.companyId ?? null,
          estateId: input.estateId ?? null,
          regionCode,
        });
        await instructorSent(em, ctx.now, { instructorId: instructor.id, companyId: input.companyId ?? null, estateId: input.estateId ?? null, regionCode, sentOn: input.sentOn });
        return instructor;
      });
    },
  }),

  recordCrossAppointment: t.field({
    type: CrossAppointmentRef,
    description: '记录交叉任职 — officials over the community party organisation',
    authScopes: { official: true },
    args: { input: t.arg({ type: AppointmentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const organization = await ctx.em.findOne(OrganizationEntity, { id: input.organizationId });
      if (!organization || organization.kind !== 'COMMUNITY') throw WuyeError.badInput('input.organizationId', 'must be a community party organisation (社区党组织)');
      requireAdministers(ctx.viewer, organization.regionCode, 'record cross-appointments');
      if (input.endsOn && input.endsOn <= input.startsOn) throw WuyeError.badInput('input.endsOn', 'must be after startsOn');
      if (input.side === 'COMPANY') {
        if (!input.companyId || input.committeeId) throw WuyeError.badInput('input.companyId', 'side COMPANY needs companyId (and no committeeId)');
        await regionsOf(ctx, 'PropertyCompany', [input.companyId], 'input.companyId');
      } else {
        if (!input.committeeId || input.companyId) throw WuyeError.badInput('input.committeeId', 'side OWNERS_COMMITTEE needs committeeId (and no companyId)');
        await regionsOf(ctx, 'OwnersCommittee', [input.committeeId], 'input.committeeId');
      }
      const appointment = ctx.em.create(CrossAppointmentEntity, {
        id: await nextId(ctx.em, 'cross_appointment'),
        personName: input.personName.trim(),
        side: input.side,
        companyId: input.companyId ?? null,
        committeeId: input.committeeId ?? null,
        sideRole: input.sideRole.trim(),
        organizationId: organization.id,
        organizationRole: input.organizationRole,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        regionCode: organization.regionCode,
      });
      await ctx.em.flush();
      return appointment;
    },
  }),

  recordPartySite: t.field({
    type: SiteRef,
    description: '记录党建阵地 — officials within their region',
    authScopes: { official: true },
    args: { input: t.arg({ type: SiteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.communityCode) !== 'COMMUNITY') throw WuyeError.badInput('input.communityCode', 'must be a community (12 digits)');
      requireAdministers(ctx.viewer, input.communityCode, 'record sites');
      notInFuture(input.openedOn, ctx, 'input.openedOn');
      const estateIds = [...new Set(input.estateIds)];
      const regions = await regionsOf(ctx, 'ResidentialEstate', estateIds, 'input.estateIds');
      const street = input.communityCode.slice(0, 9);
      const outside = estateIds.find((id) => !regions.get(id)!.startsWith(street));
      if (outside) throw WuyeError.badInput('input.estateIds', `estate ${outside} lies outside the site's street ${street}`);
      return ctx.em.transactional(async (em) => {
        const site = em.create(SiteEntity, { id: await nextId(em, 'site'), name: input.name.trim(), kind: input.kind, regionCode: input.communityCode, openedOn: input.openedOn });
        for (const estateId of estateIds) em.create(SiteEstateEntity, { siteId: site.id, estateId, regionCode: regions.get(estateId)! });
        return site;
      });
    },
  }),
}));
