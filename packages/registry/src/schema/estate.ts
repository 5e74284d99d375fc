import { administers, containsPattern, inKeyOrder, keysetConnection, levelOf, regionPrefix, sql, WuyeError, type EntityManager } from '@wuye/kit';
import { z } from 'zod';
import { COMPANY_MODES } from '../rules.js';
import { CompanyEntity, EstateEntity, RegionEntity, type Estate } from '../entities/index.js';
import { builder } from './builder.js';
import { RegionRef, ServiceModeEnum } from './region.js';

export const EstateCategoryEnum = builder.enumType('EstateCategory', {
  description: '住宅小区类别 — category of a residential estate',
  values: {
    COMMODITY: { description: '商品房' },
    OLD: { description: '老旧小区' },
    HOUSING_REFORM: { description: '房改房' },
    FUND_RAISED: { description: '集资房' },
    SELF_BUILT: { description: '自建房' },
    RESETTLEMENT: { description: '安置房' },
  } as const,
});

export const EstateRef = builder.loadableObjectRef<Estate | null, string, string, Estate>('ResidentialEstate', {
  load: async (ids, ctx) => inKeyOrder(ids, await ctx.em.find(EstateEntity, { id: { $in: [...ids] } }), (e) => e.id),
});

builder.asEntity(EstateRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => EstateRef.getDataloader(ctx).load(ref.id),
});

EstateRef.implement({
  description: '住宅小区 — a residential estate',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    address: t.exposeString('address'),
    regionCode: t.field({ type: 'RegionCode', description: 'its community (社区) code', resolve: (e) => e.regionCode }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (e) => e.regionCode }),
    county: t.field({ type: RegionRef, description: '所属县（市、区）', resolve: (e) => e.regionCode.slice(0, 6) }),
    category: t.field({ type: EstateCategoryEnum, resolve: (e) => e.category as 'COMMODITY' }),
    households: t.exposeInt('households', { description: '户数' }),
    buildYear: t.exposeInt('buildYear', { description: '建成年份' }),
    serviceMode: t.field({ type: ServiceModeEnum, resolve: (e) => e.serviceMode as 'NONE' }),
    fallbackSince: t.field({ type: 'Date', nullable: true, description: '兜底服务 — when the estate was brought under fallback service', resolve: (e) => e.fallbackSince }),
    latitude: t.float({ resolve: (e) => Number(e.latitude) }),
    longitude: t.float({ resolve: (e) => Number(e.longitude) }),
  }),
});

export const EstateFilter = builder.inputType('EstateFilter', {
  description: 'Filters for an estate list; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: 'estates anywhere in this region\'s subtree' }),
    category: t.field({ type: EstateCategoryEnum }),
    serviceMode: t.field({ type: ServiceModeEnum }),
    companyId: t.id({ description: 'estates served by this company' }),
    nameContains: t.string({ description: 'part of the name, case-insensitive', validate: z.string().min(1).max(50) }),
  }),
});

export interface EstateFilterValue {
  regionCode?: string | null;
  category?: string | null;
  serviceMode?: string | null;
  companyId?: string | null;
  nameContains?: string | null;
}

/** The estate list: keyset-paged by id, filtered in SQL. */
export function estateConnection(em: EntityManager, filter: EstateFilterValue, args: { first?: number | null; after?: string | null }) {
  const where: Record<string, unknown> = {};
  if (filter.regionCode) where.regionCode = { $like: `${regionPrefix(filter.regionCode)}%` };
  if (filter.category) where.category = filter.category;
  if (filter.serviceMode) where.serviceMode = filter.serviceMode;
  if (filter.companyId) where.companyId = filter.companyId;
  if (filter.nameContains) where.name = { $ilike: containsPattern(filter.nameContains) };
  return keysetConnection(
    args,
    ({ after, limit }) => em.find(EstateEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
    (e) => [e.id],
    () => em.count(EstateEntity, where),
  );
}

const RegisterEstateInput = builder.inputType('RegisterEstateInput', {
  description: '登记住宅小区 — a new residential estate',
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(2, 'must have at least 2 characters').max(100) }),
    address: t.string({ required: true, validate: z.string().trim().min(4, 'must have at least 4 characters').max(200) }),
    communityCode: t.field({ type: 'RegionCode', required: true, description: 'the community (12-digit code) it belongs to' }),
    category: t.field({ type: EstateCategoryEnum, required: true }),
    households: t.int({ required: true, validate: z.number().int().min(1, 'must be at least 1').max(100_000) }),
    buildYear: t.int({ required: true, validate: z.number().int().min(1900).max(2100) }),
    serviceMode: t.field({ type: ServiceModeEnum, required: true }),
    companyId: t.id({ description: 'required for MARKET_COMPANY, BUNDLED and PARTY_LED_PUBLIC_INTEREST' }),
    latitude: t.float({ required: true, validate: z.number().min(23).max(29, 'must lie in Fujian (23–29° N)') }),
    longitude: t.float({ required: true, validate: z.number().min(115).max(121, 'must lie in Fujian (115–121° E)') }),
  }),
});

builder.queryFields((t) => ({
  estate: t.field({
    type: EstateRef,
    nullable: true,
    description: '住宅小区 — an estate by id',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  estates: t.connection({
    type: EstateRef,
    description: '住宅小区列表 — estates, filtered and paged (keyset cursors, stable under inserts)',
    args: { filter: t.arg({ type: EstateFilter }) },
    resolve: (_root, args, ctx) => estateConnection(ctx.em, args.filter ?? {}, args),
  }),
}));

builder.mutationFields((t) => ({
  registerEstate: t.field({
    type: EstateRef,
    description: '登记住宅小区 — register an estate (officials of its region)',
    authScopes: { official: true },
    args: { input: t.arg({ type: RegisterEstateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.communityCode) !== 'COMMUNITY') throw WuyeError.badInput('input.communityCode', 'must be a community (12-digit code)');
      if (!administers(ctx.viewer, input.communityCode)) throw WuyeError.forbidden(`You cannot register estates in ${input.communityCode}: it lies outside your region ${ctx.viewer.region}.`);
      if (!(await ctx.em.findOne(RegionEntity, { code: input.communityCode }))) throw WuyeError.badInput('input.communityCode', 'no such community in the registry');
      const needsCompany = COMPANY_MODES.includes(input.serviceMode);
      if (needsCompany && !input.companyId) throw WuyeError.badInput('input.companyId', `is required for service mode ${input.serviceMode}`);
      if (!needsCompany && input.companyId) throw WuyeError.badInput('input.companyId', `must be empty for service mode ${input.serviceMode}`);
      if (input.companyId && !(await ctx.em.findOne(CompanyEntity, { id: input.companyId }))) throw WuyeError.badInput('input.companyId', 'no such company');
      const [{ n }] = (await sql<{ n: number }>(ctx.em, `select nextval('registry.estate_id_seq')::int as n`)) as [{ n: number }];
      const estate = ctx.em.create(EstateEntity, {
        id: `E${String(n).padStart(6, '0')}`,
        name: input.name.trim(),
        address: input.address.trim(),
        regionCode: input.communityCode,
        category: input.category,
        households: input.households,
        buildYear: input.buildYear,
        serviceMode: input.serviceMode,
        companyId: input.companyId ?? null,
        fallbackSince: null,
        latitude: input.latitude.toFixed(6),
        longitude: input.longitude.toFixed(6),
      });
      await ctx.em.flush();
      return estate;
    },
  }),
}));
