// Root fields: one bundle / item by id (FORBIDDEN for viewers outside 厦门), and keyset-paged lists
// (empty for viewers outside 厦门).
import { keysetConnection, regionPrefix, sql } from '@wuye/plugin-sdk';
import { requireSeesXiamen, seesXiamen } from '../access.js';
import { bundleById, bundleFromRow, BUNDLE_COLUMNS, type BundleRow } from '../bundles/rows.js';
import { deliberationById, deliberationFromRow, DELIBERATION_COLUMNS, type DeliberationRow } from '../deliberation/rows.js';
import { S } from '../manifest.js';
import { builder } from './builder.js';
import { BundleRef, BundleStateEnum } from './bundle.js';
import { DeliberationRef, DeliberationStateEnum } from './deliberation.js';

const BundleFilter = builder.inputType('XiamenBundleFilter', {
  description: '片区筛选 — all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域 — bundles with an estate in this region\'s subtree' }),
    state: t.field({ type: BundleStateEnum, description: '片区状态' }),
  }),
});

const DeliberationFilter = builder.inputType('XiamenDeliberationFilter', {
  description: '先议事项筛选 — all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域 — items of estates in this region\'s subtree' }),
    estateId: t.id({ description: '小区' }),
    state: t.field({ type: DeliberationStateEnum, description: '先议状态' }),
  }),
});


builder.queryFields((t) => ({
  xiamenBundle: t.field({
    type: BundleRef,
    nullable: true,
    description: '大物业 片区 — one bundle by id (null when there is none); FORBIDDEN for viewers outside 厦门',
    args: { id: t.arg.id({ required: true, description: '片区编号 — e.g. XB0001' }) },
    resolve: (_root, { id }, ctx) => {
      requireSeesXiamen(ctx.viewer);
      return bundleById(ctx).load(String(id));
    },
  }),
  xiamenBundles: t.connection(
    {
      type: BundleRef,
      description: '大物业 片区列表 — 厦门 bundles, filtered and paged by id (empty for viewers outside 厦门)',
      args: { filter: t.arg({ type: BundleFilter, description: '片区筛选' }) },
      resolve: (_root, args, ctx) => {
        if (!seesXiamen(ctx.viewer)) return keysetConnection<BundleRow>(args, async () => [], () => [], async () => 0);
        const f = args.filter ?? {};
        const conditions: string[] = [];
        const params: unknown[] = [];
        if (f.regionCode) conditions.push(`id in (select bundle_id from ${S}.bundle_estate where region_code like ?)`), params.push(`${regionPrefix(f.regionCode)}%`);
        if (f.state) conditions.push('state = ?'), params.push(f.state);
        const where = (extra: string[]) => ([...conditions, ...extra].length ? `where ${[...conditions, ...extra].join(' and ')}` : '');
        return keysetConnection(
          args,
          async ({ after, limit }) => (await sql<Record<string, unknown>>(ctx.em, `select ${BUNDLE_COLUMNS} from ${S}.bundle ${where(after ? ['id > ?'] : [])} order by id limit ?`, [...params, ...(after ? [String(after[0])] : []), limit])).map(bundleFromRow),
          (b) => [b.id],
          async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.bundle ${where([])}`, params))[0]!.n,
        );
      },
    },
    { name: 'XiamenBundleConnection', description: '片区列表 — a page of bundles' },
    { name: 'XiamenBundleEdge', description: '片区 — one bundle of the page' },
  ),
  xiamenDeliberation: t.field({
    type: DeliberationRef,
    nullable: true,
    description: '党员先议事项 — one item by id (null when there is none); FORBIDDEN for viewers outside 厦门',
    args: { id: t.arg.id({ required: true, description: '事项编号 — e.g. XD00001' }) },
    resolve: (_root, { id }, ctx) => {
      requireSeesXiamen(ctx.viewer);
      return deliberationById(ctx).load(String(id));
    },
  }),
  xiamenDeliberations: t.connection(
    {
      type: DeliberationRef,
      description: '党员先议事项列表 — 厦门 items, filtered and paged, newest first (empty for viewers outside 厦门)',
      args: { filter: t.arg({ type: DeliberationFilter, description: '先议事项筛选' }) },
      resolve: (_root, args, ctx) => {
        if (!seesXiamen(ctx.viewer)) return keysetConnection<DeliberationRow>(args, async () => [], () => [], async () => 0);
        const f = args.filter ?? {};
        const conditions: string[] = [];
        const params: unknown[] = [];
        if (f.regionCode) conditions.push('region_code like ?'), params.push(`${regionPrefix(f.regionCode)}%`);
        if (f.estateId) conditions.push('estate_id = ?'), params.push(String(f.estateId));
        if (f.state) conditions.push('state = ?'), params.push(f.state);
        const where = (extra: string[]) => ([...conditions, ...extra].length ? `where ${[...conditions, ...extra].join(' and ')}` : '');
        return keysetConnection(
          args,
          async ({ after, limit }) =>
            (await sql<Record<string, unknown>>(ctx.em, `select ${DELIBERATION_COLUMNS} from ${S}.deliberation ${where(after ? ['id < ?'] : [])} order by id desc limit ?`, [...params, ...(after ? [String(after[0])] : []), limit])).map(deliberationFromRow),
          (d) => [d.id],
          async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.deliberation ${where([])}`, params))[0]!.n,
        );
      },
    },
    { name: 'XiamenDeliberationConnection', description: '先议事项列表 — a page of items' },
    { name: 'XiamenDeliberationEdge', description: '先议事项 — one item of the page' },
  ),
}));
