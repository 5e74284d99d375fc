// 检查行动 — campaigns and their published results (一公开): what was inspected and found, and how
// the findings were rectified.
import { chinaDate, defineLoader, groupedInKeyOrder, keysetConnection, regionPrefix, sql } from '@wuye/kit';
import { z } from 'zod';
import type { Campaign } from '../entities/index.js';
import { cellsFromJson, CELL_COLUMNS, tally, type FindingTally } from '../statistics.js';
import { S, seesResults, visibleCampaigns, visibleRows } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { RegionRef } from './core-entities.js';
import { drawOfCampaign } from './draw.js';
import { CampaignKindEnum } from './enums.js';
import { CAMPAIGN_COLUMNS, CampaignRef, DrawRef, INSPECTION_COLUMNS, InspectionRef, type InspectionRow } from './refs.js';
import { FindingTallyRef } from './tally.js';

builder.asEntity(CampaignRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => CampaignRef.getDataloader(ctx).load(ref.id),
});

interface CampaignResults {
  planned: number;
  inspections: number;
  estates: number;
  findings: FindingTally;
}

/** per campaign: inspections planned and conducted, estates, findings' cells — one statement */
const resultsOf = defineLoader<string, CampaignResults, SafetyContext>(async (ids, ctx) => {
  const today = chinaDate(ctx.now);
  const rows = await sql<{ id: string; planned: number | null; conducted: number | null; estates: number | null; cells: [string, string, number, number, number][] | null }>(
    ctx.em,
    `with c(id) as (select unnest(?::text[])),
     i as (select campaign_id, count(*) filter (where conducted_on is null)::int as planned, count(*) filter (where conducted_on is not null)::int as conducted,
             count(distinct estate_id) filter (where conducted_on is not null)::int as estates
           from ${S}.inspection where campaign_id = any(?::text[]) group by campaign_id),
     g as (select f.campaign_id, ${CELL_COLUMNS(today)} from ${S}.finding f where f.campaign_id = any(?::text[]) group by f.campaign_id, f.category, f.state),
     cells as (select campaign_id, jsonb_agg(jsonb_build_array(category, state, n, overdue, on_time)) as cells from g group by campaign_id)
     select c.id, i.planned, i.conducted, i.estates, cells.cells from c left join i on i.campaign_id = c.id left join cells on cells.campaign_id = c.id`,
    [ids, ids, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return { planned: r?.planned ?? 0, inspections: r?.conducted ?? 0, estates: r?.estates ?? 0, findings: tally(cellsFromJson(r?.cells ?? null)) };
  });
});

/** the inspections of each campaign the viewer may see, in id order — one statement */
export const inspectionsOfCampaign = defineLoader<string, InspectionRow[], SafetyContext>(async (ids, ctx) => {
  const visible = visibleRows(ctx, 'i');
  const rows = await sql<InspectionRow>(ctx.em, `select ${INSPECTION_COLUMNS} from ${S}.inspection i where i.campaign_id = any(?::text[]) and ${visible.where} order by i.id`, [ids, ...visible.params]);
  return groupedInKeyOrder(ids, rows, (r) => r.campaignId);
});

const ResultsRef = builder.objectRef<CampaignResults>('SafetyCampaignResults').implement({
  description: '检查结果 — what a campaign inspected and found (一公开: public once published)',
  fields: (t) => ({
    planned: t.exposeInt('planned', { description: '待检查 — inspections drawn or planned, not yet conducted' }),
    inspections: t.exposeInt('inspections', { description: '已检查 — inspections conducted' }),
    estates: t.exposeInt('estates', { description: '检查小区 — distinct estates inspected' }),
    findings: t.field({ type: FindingTallyRef, description: '隐患及整改 — findings and their rectification', resolve: (r) => r.findings }),
  }),
});

CampaignRef.implement({
  description: '检查行动 — a 双随机 check, a 四不两直 check, a quarter\'s 驻守督导 or a special campaign, with its region, period and organiser',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '名称' }),
    kind: t.field({ type: CampaignKindEnum, description: '检查类别', resolve: (c) => c.kind as 'RANDOM_DRAW' }),
    region: t.field({ type: RegionRef, description: '检查范围 — the region covered', resolve: (c) => ({ code: c.regionCode }) }),
    organiser: t.exposeString('organiser', { description: '组织单位 — organiser' }),
    startsOn: t.field({ type: 'Date', description: '开始日期', resolve: (c) => c.startsOn }),
    endsOn: t.field({ type: 'Date', description: '结束日期', resolve: (c) => c.endsOn }),
    quarter: t.field({ type: 'Quarter', nullable: true, description: '督导季度 — RESIDENT_SUPERVISION: the quarter supervised', resolve: (c) => c.quarter }),
    focus: t.exposeString('focus', { description: '检查重点 — what the campaign looks at' }),
    resultsPublishedOn: t.field({ type: 'Date', nullable: true, description: '结果公开日期 — when the results were published (一公开); null while not yet', resolve: (c) => c.resultsPublishedOn }),
    resultsVisible: t.boolean({ description: '结果可见 — whether you may see its draw, inspections and findings (officials of its region always; everyone once published)', resolve: (c, _args, ctx) => seesResults(ctx, c) }),
    draw: t.field({
      type: DrawRef,
      nullable: true,
      description: '双随机抽取 — the draw of a RANDOM_DRAW check; null before it is drawn or while its results are not visible to you',
      resolve: (c, _args, ctx) => (c.kind === 'RANDOM_DRAW' && seesResults(ctx, c) ? drawOfCampaign(ctx).load(c.id) : null),
    }),
    inspections: t.field({
      type: [InspectionRef],
      description: '检查 — the inspections you may see (all of them once the results are published)',
      resolve: (c, _args, ctx) => inspectionsOfCampaign(ctx).load(c.id),
    }),
    results: t.field({
      type: ResultsRef,
      nullable: true,
      description: '检查结果 — counts of what was inspected and found; null while the results are not visible to you',
      resolve: (c, _args, ctx) => (seesResults(ctx, c) ? resultsOf(ctx).load(c.id) : null),
    }),
  }),
});

const CampaignFilter = builder.inputType('SafetyCampaignFilter', {
  description: '筛选条件 — filters for a list of campaigns; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域 — campaigns covering a region in this region\'s subtree' }),
    kind: t.field({ type: CampaignKindEnum, description: '检查类别' }),
    year: t.int({ description: '年度 — campaigns starting in this year', validate: z.number().int().min(2000).max(2100) }),
  }),
});

builder.queryFields((t) => ({
  safetyCampaign: t.field({
    type: CampaignRef,
    nullable: true,
    description: '检查行动 — a campaign by id (null when unknown or not visible to you)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  safetyCampaigns: t.connection({
    type: CampaignRef,
    description: '检查行动 — campaigns, newest first, filtered and paged; "四不两直" checks appear to non-officials once published',
    args: { filter: t.arg({ type: CampaignFilter }) },
    resolve: (_root, args, ctx) => {
      const visible = visibleCampaigns(ctx, 'c');
      const f = args.filter ?? {};
      const where = [visible.where, ...(f.regionCode ? ['c.region_code like ?'] : []), ...(f.kind ? ['c.kind = ?'] : []), ...(f.year ? ['extract(year from c.starts_on) = ?'] : [])].join(' and ');
      const params = [...visible.params, ...(f.regionCode ? [`${regionPrefix(f.regionCode)}%`] : []), ...(f.kind ? [f.kind] : []), ...(f.year ? [f.year] : [])];
      return keysetConnection<Campaign>(
        args,
        ({ after, limit }) =>
          sql<Campaign>(
            ctx.em,
            `select ${CAMPAIGN_COLUMNS} from ${S}.campaign c where ${where} ${after ? 'and (c.starts_on, c.id) < (?::date, ?)' : ''} order by c.starts_on desc, c.id desc limit ?`,
            [...params, ...(after ? [String(after[0]), String(after[1])] : []), limit],
          ),
        (c) => [c.startsOn, c.id],
        async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.campaign c where ${where}`, params))[0]!.n,
      );
    },
  }, { description: '检查行动 — a page of campaigns' }, { description: '检查行动 — a campaign in the list' }),
}));
