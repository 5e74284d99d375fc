// Query.zhangzhouGridCase (one case) and Query.zhangzhouGridCases (filtered, keyset-paged, newest first).
import { keysetConnection, regionPrefix, sql } from '@wuye/plugin-sdk';
import { caseById, caseFromRow, CASE_COLUMNS, S } from '../rows.js';
import { requireSeesZhangzhou, seesZhangzhou } from './access.js';
import { builder } from './builder.js';
import { CategoryEnum, GridCaseRef, StateEnum } from './grid-case.js';

const GridCaseFilter = builder.inputType('ZhangzhouGridCaseFilter', {
  description: '案件筛选 — filters for a list of grid cases; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '所在区域 — cases anywhere in this region\'s subtree' }),
    estateId: t.id({ description: '小区 — cases of this estate' }),
    state: t.field({ type: StateEnum, description: '案件状态' }),
    category: t.field({ type: CategoryEnum, description: '问题类别' }),
    overdue: t.boolean({ description: '逾期未处置 — true: only cases dispatched and past their deadline now (request clock); false: only the others' }),
  }),
});

builder.queryFields((t) => ({
  zhangzhouGridCase: t.field({
    type: GridCaseRef,
    nullable: true,
    description: '网格案件 — one 漳州 grid case by id (null when there is none); FORBIDDEN for viewers outside 漳州',
    args: { id: t.arg.id({ required: true, description: '案件编号 — e.g. GC000123' }) },
    resolve: (_root, { id }, ctx) => {
      requireSeesZhangzhou(ctx.viewer);
      return caseById(ctx).load(String(id));
    },
  }),
  zhangzhouGridCases: t.connection(
    {
      type: GridCaseRef,
      description: '网格案件列表 — 漳州 grid cases, filtered and paged, newest first (empty for viewers outside 漳州)',
      args: { filter: t.arg({ type: GridCaseFilter }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter ?? {};
        const conditions: string[] = [];
        const params: unknown[] = [];
        if (f.regionCode) conditions.push('region_code like ?'), params.push(`${regionPrefix(f.regionCode)}%`);
        if (f.estateId) conditions.push('estate_id = ?'), params.push(String(f.estateId));
        if (f.state) conditions.push('state = ?'), params.push(f.state);
        if (f.category) conditions.push('category = ?'), params.push(f.category);
        if (f.overdue != null) conditions.push(`${f.overdue ? '' : 'not '}coalesce(state = 'DISPATCHED' and deadline < ?, false)`), params.push(ctx.now);
        const where = (extra: string[]) => (conditions.length + extra.length ? `where ${[...conditions, ...extra].join(' and ')}` : '');
        if (!seesZhangzhou(ctx.viewer)) return keysetConnection(args, async () => [], () => [], async () => 0);
        return keysetConnection(
          args,
          async ({ after, limit }) =>
            (await sql<Record<string, unknown>>(ctx.em, `select ${CASE_COLUMNS} from ${S}.grid_case ${where(after ? ['id < ?'] : [])} order by id desc limit ?`, [...params, ...(after ? [String(after[0])] : []), limit])).map(caseFromRow),
          (c) => [c.id],
          async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.grid_case ${where([])}`, params))[0]!.n,
        );
      },
    },
    { name: 'ZhangzhouGridCaseConnection', description: '网格案件列表 — a page of grid cases' },
    { name: 'ZhangzhouGridCaseEdge', description: '网格案件 — one case of the page' },
  ),
}));
