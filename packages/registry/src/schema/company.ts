import { administers, chinaDate, defineLoader, inKeyOrder, levelOf, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { CompanyEntity, type Company } from '../entities/index.js';
import { builder, type RegistryContext } from './builder.js';
import { estateConnection, EstateRef } from './estate.js';
import { RegionRef } from './region.js';
import { companyConnection } from './company-list.js';

export const OwnershipEnum = builder.enumType('CompanyOwnership', {
  description: '企业性质 — ownership of a property company',
  values: { STATE_OWNED: { description: '国有' }, PRIVATE: { description: '民营' } } as const,
});

export const CompanyRef = builder.loadableObjectRef<Company | null, string, string, Company>('PropertyCompany', {
  load: async (ids, ctx) => inKeyOrder(ids, await ctx.em.find(CompanyEntity, { id: { $in: [...ids] } }), (c) => c.id),
});

/** the second key: companies by 统一社会信用代码 */
const companyByUscc = defineLoader<string, Company | null, RegistryContext>(async (usccs, ctx) =>
  inKeyOrder(usccs, await ctx.em.find(CompanyEntity, { uscc: { $in: [...usccs] } }), (c) => c.uscc),
);

/** estates served, per company, in one GROUP BY */
const estateCountByCompany = defineLoader<string, number, RegistryContext>(async (ids, ctx) => {
  const rows = await sql<{ company_id: string; n: number }>(ctx.em, 'select company_id, count(*)::int as n from registry.residential_estate where company_id = any(?::text[]) group by company_id', [ids]);
  const counts = new Map(rows.map((r) => [r.company_id, r.n]));
  return ids.map((id) => counts.get(id) ?? 0);
});

builder.asEntity(CompanyRef, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ uscc: string }>('uscc')],
  resolveReference: (ref, ctx) => ('id' in ref ? CompanyRef.getDataloader(ctx).load(ref.id) : companyByUscc(ctx).load(ref.uscc)),
});

CompanyRef.implement({
  description: '物业服务企业 — a property-service company',
  fields: (t) => ({
    id: t.exposeID('id'),
    uscc: t.field({ type: 'Uscc', description: '统一社会信用代码', resolve: (c) => c.uscc }),
    name: t.exposeString('name'),
    ownership: t.field({ type: OwnershipEnum, resolve: (c) => c.ownership as 'PRIVATE' }),
    regionCode: t.field({ type: 'RegionCode', description: 'registered county', resolve: (c) => c.regionCode }),
    region: t.field({ type: RegionRef, description: '注册地 — registered county', resolve: (c) => c.regionCode }),
    foundedOn: t.field({ type: 'Date', resolve: (c) => c.foundedOn }),
    estateCount: t.int({ description: 'estates it serves', resolve: (c, _args, ctx) => estateCountByCompany(ctx).load(c.id) }),
    estates: t.connection(
      { type: EstateRef, description: 'estates it serves', resolve: (c, args, ctx) => estateConnection(ctx.em, { companyId: c.id }, args) },
      { name: 'CompanyEstateConnection' },
    ),
  }),
});

const CompanyFilter = builder.inputType('CompanyFilter', {
  description: 'Filters for a company list; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: 'registered in this region\'s subtree' }),
    ownership: t.field({ type: OwnershipEnum }),
    nameContains: t.string({ validate: z.string().min(1).max(50) }),
  }),
});

const RegisterCompanyInput = builder.inputType('RegisterCompanyInput', {
  description: '登记物业服务企业 — a new property company',
  fields: (t) => ({
    uscc: t.field({ type: 'Uscc', required: true }),
    name: t.string({ required: true, validate: z.string().trim().min(4, 'must have at least 4 characters').max(100) }),
    ownership: t.field({ type: OwnershipEnum, required: true }),
    countyCode: t.field({ type: 'RegionCode', required: true, description: 'registered county (6 digits)' }),
    foundedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.queryFields((t) => ({
  company: t.field({
    type: CompanyRef,
    nullable: true,
    description: '物业服务企业 — a company by id or by 统一社会信用代码 (give exactly one)',
    args: { id: t.arg.id(), uscc: t.arg({ type: 'Uscc' }) },
    resolve: (_root, { id, uscc }, ctx) => {
      if (!id === !uscc) throw WuyeError.badInput(id ? 'uscc' : 'id', 'give exactly one of id and uscc');
      return id ? CompanyRef.getDataloader(ctx).load(id) : companyByUscc(ctx).load(uscc!);
    },
  }),
  companies: t.connection(
    {
      type: CompanyRef,
      description: '物业服务企业列表 — companies, filtered and paged',
      args: { filter: t.arg({ type: CompanyFilter }) },
      resolve: (_root, args, ctx) => companyConnection(ctx.em, args.filter ?? {}, args),
    },
  ),
}));

builder.mutationFields((t) => ({
  registerCompany: t.field({
    type: CompanyRef,
    description: '登记物业服务企业 — register a company (province, city or county officials of its region)',
    authScopes: { role: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'SERVICE'] },
    args: { input: t.arg({ type: RegisterCompanyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.countyCode) !== 'COUNTY') throw WuyeError.badInput('input.countyCode', 'must be a county (6-digit code ending in neither 00 nor 0000)');
      if (!administers(ctx.viewer, input.countyCode)) throw WuyeError.forbidden(`You cannot register companies in ${input.countyCode}: it lies outside your region ${ctx.viewer.region}.`);
      if (input.foundedOn > chinaDate(ctx.now)) throw WuyeError.badInput('input.foundedOn', 'lies in the future');
      if (await ctx.em.findOne(CompanyEntity, { uscc: input.uscc })) throw WuyeError.conflict(`A company with USCC ${input.uscc} is already registered.`);
      const [row] = await sql<{ n: number }>(ctx.em, `select nextval('registry.company_id_seq')::int as n`);
      const company = ctx.em.create(CompanyEntity, {
        id: `C${String(row!.n).padStart(4, '0')}`,
        uscc: input.uscc,
        name: input.name.trim(),
        ownership: input.ownership,
        regionCode: input.countyCode,
        foundedOn: input.foundedOn,
      });
      await ctx.em.flush();
      return company;
    },
  }),
}));

builder.objectField(EstateRef, 'company', (t) =>
  t.field({ type: CompanyRef, nullable: true, description: '服务企业 — the company serving the estate (null for self-governance, non-profit or none)', resolve: (e) => e.companyId }),
);
