import { defineLoader, groupedInKeyOrder, inKeyOrder, keysetConnection, regionPrefix } from '@wuye/kit';
import { OrganizationCompanyEntity, OrganizationEntity, OrganizationEstateEntity, type Organization } from '../entities/index.js';
import { builder, type PartyContext } from './builder.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';

export const OrganizationKindEnum = builder.enumType('PartyOrganizationKind', {
  description: '党组织类别 — kind of party organisation',
  values: {
    INDUSTRY_COMMITTEE: { description: '物业行业党委 — the property-industry party committee (province, city)' },
    ASSOCIATION: { description: '物业管理协会党组织 — the property-management association\'s party organisation' },
    COMPANY: { description: '物业服务企业党组织 — a property company\'s party organisation' },
    ESTATE_BRANCH: { description: '小区党支部 — an estate\'s party branch' },
    COMMUNITY: { description: '社区党组织 — the community\'s party organisation' },
  } as const,
});

export const FormationModeEnum = builder.enumType('FormationMode', {
  description: '组建方式 — how an organisation was formed',
  values: {
    STANDALONE: { description: '单独建 — on its own' },
    JOINT: { description: '联合建 — jointly by several small companies or neighbouring estates' },
    AFFILIATED: { description: '挂靠建 — attached to another organisation' },
  } as const,
});

export const OrganizationRef = builder.loadableObjectRef<Organization | null, string, string, Organization>('PartyOrganization', {
  load: async (ids, ctx) => inKeyOrder(ids, await ctx.em.find(OrganizationEntity, { id: { $in: [...ids] } }), (o) => o.id),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => OrganizationRef.getDataloader(ctx).load(ref.id),
});

const companiesOf = defineLoader<string, string[], PartyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(OrganizationCompanyEntity, { organizationId: { $in: [...ids] } }, { orderBy: { companyId: 'asc' } }), (r) => r.organizationId).map((rows) => rows.map((r) => r.companyId)),
);
const estatesOf = defineLoader<string, string[], PartyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(OrganizationEstateEntity, { organizationId: { $in: [...ids] } }, { orderBy: { estateId: 'asc' } }), (r) => r.organizationId).map((rows) => rows.map((r) => r.estateId)),
);
const childrenOf = defineLoader<string, Organization[], PartyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(OrganizationEntity, { parentId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (o) => o.parentId!),
);

/** Whether an organisation is active on `today` (founded, not yet dissolved). */
export const isActive = (o: Organization, today: string): boolean => o.establishedOn <= today && (!o.dissolvedOn || o.dissolvedOn > today);

OrganizationRef.implement({
  description: '党组织 — a party organisation in property management',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: OrganizationKindEnum, resolve: (o) => o.kind as 'COMPANY' }),
    formation: t.field({ type: FormationModeEnum, resolve: (o) => o.formation as 'STANDALONE' }),
    memberCount: t.exposeInt('memberCount', { description: '党员人数 — party members' }),
    establishedOn: t.field({ type: 'Date', description: '成立日期', resolve: (o) => o.establishedOn }),
    dissolvedOn: t.field({ type: 'Date', nullable: true, description: '撤销日期', resolve: (o) => o.dissolvedOn }),
    region: t.field({ type: RegionRef, description: 'the region it belongs to', resolve: (o) => ({ code: o.regionCode }) }),
    parent: t.field({ type: OrganizationRef, nullable: true, description: '上级党组织', resolve: (o) => o.parentId }),
    children: t.field({ type: [OrganizationRef], description: '下级党组织', resolve: (o, _args, ctx) => childrenOf(ctx).load(o.id) }),
    companies: t.field({ type: [CompanyRef], description: 'companies it covers', resolve: async (o, _args, ctx) => (await companiesOf(ctx).load(o.id)).map((id) => ({ id })) }),
    estates: t.field({ type: [EstateRef], description: 'estates it covers', resolve: async (o, _args, ctx) => (await estatesOf(ctx).load(o.id)).map((id) => ({ id })) }),
  }),
});

const OrganizationFilter = builder.inputType('PartyOrganizationFilter', {
  description: 'Filters for a list of party organisations',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: 'organisations in this region\'s subtree' }),
    kind: t.field({ type: OrganizationKindEnum }),
    formation: t.field({ type: FormationModeEnum }),
  }),
});

builder.queryFields((t) => ({
  partyOrganization: t.field({
    type: OrganizationRef,
    nullable: true,
    description: '党组织 — an organisation by id',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  partyOrganizations: t.connection({
    type: OrganizationRef,
    description: '党组织列表 — organisations, filtered and paged',
    args: { filter: t.arg({ type: OrganizationFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = {};
      if (args.filter?.regionCode) where.regionCode = { $like: `${regionPrefix(args.filter.regionCode)}%` };
      if (args.filter?.kind) where.kind = args.filter.kind;
      if (args.filter?.formation) where.formation = args.filter.formation;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(OrganizationEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (o) => [o.id],
        () => ctx.em.count(OrganizationEntity, where),
      );
    },
  }),
}));

