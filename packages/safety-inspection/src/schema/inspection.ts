// 检查 — an estate inspected in a campaign: who inspected it (drawn or chosen), when, what was found.
import { defineLoader, groupedInKeyOrder, keysetConnection, regionPrefix, sql } from '@wuye/kit';
import { FINDING_COLUMNS, FINDING_FROM, CampaignRef, DrawRef, FindingRef, INSPECTION_COLUMNS, InspectionRef, type FindingRow, type InspectionRow } from './refs.js';
import { S, visibleRows } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { CompanyRef, EstateRef } from './core-entities.js';
import { drawById } from './draw.js';
import { InspectorRef, loadInspectors } from './inspector.js';

builder.asEntity(InspectionRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => InspectionRef.getDataloader(ctx).load(ref.id),
});

const teamOf = defineLoader<string, string[], SafetyContext>(async (ids, ctx) => {
  const rows = await sql<{ inspection_id: string; inspector_id: string }>(ctx.em, `select inspection_id, inspector_id from ${S}.inspection_inspector where inspection_id = any(?::text[]) order by inspector_id`, [ids]);
  return groupedInKeyOrder(ids, rows, (r) => r.inspection_id).map((rows) => rows.map((r) => r.inspector_id));
});

/** the findings of each inspection (an inspection you may see shows all its findings) */
export const findingsOfInspection = defineLoader<string, FindingRow[], SafetyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<FindingRow>(ctx.em, `select ${FINDING_COLUMNS} from ${FINDING_FROM} where f.inspection_id = any(?::text[]) order by f.id`, [ids]), (f) => f.inspectionId),
);

InspectionRef.implement({
  description: '检查 — an estate inspected (or drawn / planned to be) in a campaign',
  fields: (t) => ({
    id: t.exposeID('id'),
    campaign: t.field({ type: CampaignRef, description: '检查行动', resolve: (i) => i.campaignId }),
    draw: t.field({ type: DrawRef, nullable: true, description: '双随机抽取 — the draw that picked the estate, if any', resolve: (i, _args, ctx) => (i.drawId ? drawById(ctx).load(i.drawId) : null) }),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (i) => ({ id: i.estateId }) }),
    company: t.field({ type: CompanyRef, nullable: true, description: '物业服务企业 — the company serving the estate when inspected', resolve: (i) => (i.companyId ? { id: i.companyId } : null) }),
    conductedOn: t.field({ type: 'Date', nullable: true, description: '检查日期 — null while only drawn or planned', resolve: (i) => i.conductedOn ?? null }),
    inspectors: t.field({
      type: [InspectorRef],
      description: '检查组 — the inspectors (names masked unless you are an official over their region)',
      resolve: async (i, _args, ctx) => loadInspectors(ctx, await teamOf(ctx).load(i.id)),
    }),
    findings: t.field({ type: [FindingRef], description: '发现隐患 — the findings', resolve: (i, _args, ctx) => findingsOfInspection(ctx).load(i.id) }),
  }),
});

const InspectionFilter = builder.inputType('SafetyInspectionFilter', {
  description: '筛选条件 — filters for a list of inspections; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域 — inspections of estates in this region\'s subtree' }),
    campaignId: t.id({ description: '检查行动' }),
    estateId: t.id({ description: '住宅小区' }),
    companyId: t.id({ description: '物业服务企业 — inspections of estates this company served when inspected' }),
    conducted: t.boolean({ description: '已检查 — true: conducted; false: drawn or planned only' }),
  }),
});

builder.queryFields((t) => ({
  safetyInspection: t.field({
    type: InspectionRef,
    nullable: true,
    description: '检查 — an inspection by id (null when unknown or not visible to you)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  safetyInspections: t.connection({
    type: InspectionRef,
    description: '检查 — the inspections you may see, filtered and paged by id',
    args: { filter: t.arg({ type: InspectionFilter }) },
    resolve: (_root, args, ctx) => {
      const visible = visibleRows(ctx, 'i');
      const f = args.filter ?? {};
      const conditions: [string, unknown[]][] = [[visible.where, visible.params]];
      if (f.regionCode) conditions.push(['i.region_code like ?', [`${regionPrefix(f.regionCode)}%`]]);
      if (f.campaignId) conditions.push(['i.campaign_id = ?', [f.campaignId]]);
      if (f.estateId) conditions.push(['i.estate_id = ?', [f.estateId]]);
      if (f.companyId) conditions.push(['i.company_id = ?', [f.companyId]]);
      if (f.conducted != null) conditions.push([`i.conducted_on is ${f.conducted ? 'not ' : ''}null`, []]);
      const where = conditions.map(([c]) => c).join(' and ');
      const params = conditions.flatMap(([, p]) => p);
      return keysetConnection<InspectionRow>(
        args,
        ({ after, limit }) => sql<InspectionRow>(ctx.em, `select ${INSPECTION_COLUMNS} from ${S}.inspection i where ${where} ${after ? 'and i.id > ?' : ''} order by i.id limit ?`, [...params, ...(after ? [String(after[0])] : []), limit]),
        (i) => [i.id],
        async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.inspection i where ${where}`, params))[0]!.n,
      );
    },
  }, { description: '检查 — a page of inspections' }, { description: '检查 — an inspection in the list' }),
}));
