// 执法检查人员 — the inspector pools. The pool is public (执法检查人员名录库); names are personal data,
// shown only to officials over the inspector's region (others see 张**), and ties (回避关系) only to them.
import { administers, defineLoader, groupedInKeyOrder, inKeyOrder, keysetConnection, maskPersonalName, regionPrefix } from '@wuye/kit';
import { InspectorEntity, InspectorTieEntity, type Inspector, type InspectorTie } from '../entities/index.js';
import { builder, type SafetyContext } from './builder.js';
import { CompanyRef, RegionRef } from './core-entities.js';

export const inspectorById = defineLoader<string, Inspector | null, SafetyContext>(async (ids, ctx) =>
  inKeyOrder(ids, await ctx.em.find(InspectorEntity, { id: { $in: [...ids] } }), (i) => i.id),
);

/** the inspectors of these ids that exist, in the order given */
export async function loadInspectors(ctx: SafetyContext, ids: readonly string[]): Promise<Inspector[]> {
  return (await inspectorById(ctx).loadMany(ids)).filter((i): i is Inspector => i !== null && !(i instanceof Error));
}

export const tiesOfInspector = defineLoader<string, InspectorTie[], SafetyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(InspectorTieEntity, { inspectorId: { $in: [...ids] } }, { orderBy: { inspectorId: 'asc', companyId: 'asc' } }), (t) => t.inspectorId),
);

const TieRef = builder.objectRef<InspectorTie>('SafetyInspectorTie').implement({
  description: '回避关系 — an inspector\'s recorded connection to a company: the inspector never inspects the estates it serves',
  fields: (t) => ({
    company: t.field({ type: CompanyRef, description: '物业服务企业', resolve: (tie) => ({ id: tie.companyId }) }),
    relation: t.exposeString('relation', { description: '关系 — e.g. 曾在该企业任职, 近亲属在该企业任职' }),
    recordedOn: t.field({ type: 'Date', description: '登记日期', resolve: (tie) => tie.recordedOn }),
  }),
});

export const InspectorRef = builder.objectRef<Inspector>('SafetyInspector').implement({
  description: '执法检查人员 — an inspector in the pool of a county, a city or the province',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ description: '姓名 — masked (张**) unless you are an official over the inspector\'s region', resolve: (i, _args, ctx) => (administers(ctx.viewer, i.regionCode) ? i.name : maskPersonalName(i.name)) }),
    agency: t.exposeString('agency', { description: '所在单位 — e.g. 思明区住房和城乡建设局' }),
    region: t.field({ type: RegionRef, description: '所属名录库 — the county, city or province whose pool the inspector is in', resolve: (i) => ({ code: i.regionCode }) }),
    active: t.exposeBoolean('active', { description: '在库 — drawn in new draws' }),
    ties: t.field({
      type: [TieRef],
      nullable: true,
      description: '回避关系 — recorded ties to companies; null unless you are an official over the inspector\'s region',
      resolve: (i, _args, ctx) => (administers(ctx.viewer, i.regionCode) ? tiesOfInspector(ctx).load(i.id) : null),
    }),
  }),
});

const InspectorFilter = builder.inputType('SafetyInspectorFilter', {
  description: '筛选条件 — filters for a list of inspectors',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域 — inspectors of pools in this region\'s subtree' }),
    active: t.boolean({ description: '在库' }),
  }),
});

builder.queryFields((t) => ({
  safetyInspectors: t.connection({
    type: InspectorRef,
    description: '执法检查人员名录库 — inspectors, filtered and paged',
    args: { filter: t.arg({ type: InspectorFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = {};
      if (args.filter?.regionCode) where.regionCode = { $like: `${regionPrefix(args.filter.regionCode)}%` };
      if (args.filter?.active != null) where.active = args.filter.active;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(InspectorEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (i) => [i.id],
        () => ctx.em.count(InspectorEntity, where),
      );
    },
  }, { description: '执法检查人员 — a page of inspectors' }, { description: '执法检查人员 — an inspector in the list' }),
}));
