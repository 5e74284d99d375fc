// The plugin's fields on the core entities: ResidentialEstate.zhangzhouGridCases and
// Region.zhangzhouGridStats. Each entity is implemented once, re-declaring only its key field.
import { defineLoader, isWithin, share } from '@wuye/plugin-sdk';
import { CITY } from '../manifest.js';
import { casesOfEstate } from '../rows.js';
import { gridStatistics, type GridStatistics } from '../statistics.js';
import { CATEGORIES, isOpen, STATES } from '../workflow.js';
import { seesZhangzhou } from './access.js';
import { builder, core, type ZhangzhouContext } from './builder.js';
import { CategoryEnum, GridCaseRef, StateEnum } from './grid-case.js';

core.ResidentialEstate.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    zhangzhouGridCases: t.field({
      type: [GridCaseRef],
      nullable: true,
      description: '网格案件 — 城管双员进社区 cases of the estate, newest first (漳州 estates only; empty for viewers outside 漳州; null only when the plugin cannot answer)',
      args: {
        state: t.arg({ type: StateEnum, description: '案件状态 — only cases in this state' }),
        openOnly: t.arg.boolean({ description: '未办结 — only cases not yet verified (核查验收)' }),
      },
      resolve: async (estate, { state, openOnly }, ctx) => {
        if (!seesZhangzhou(ctx.viewer)) return [];
        const cases = await casesOfEstate(ctx).load(estate.id);
        return cases.filter((c) => (!state || c.state === state) && (!openOnly || isOpen(c.state)));
      },
    }),
  }),
});

const statisticsOf = defineLoader<string, GridStatistics, ZhangzhouContext>((codes, ctx) => gridStatistics(ctx.em, codes, ctx.now));

const StateCountRef = builder.objectRef<{ state: (typeof STATES)[number]; count: number }>('ZhangzhouGridStateCount').implement({
  description: '按状态统计 — cases in one state',
  fields: (t) => ({ state: t.field({ type: StateEnum, description: '案件状态', resolve: (s) => s.state }), count: t.exposeInt('count', { description: '案件数' }) }),
});

const CategoryCountRef = builder.objectRef<{ category: (typeof CATEGORIES)[number]; count: number }>('ZhangzhouGridCategoryCount').implement({
  description: '按类别统计 — classified cases of one category',
  fields: (t) => ({ category: t.field({ type: CategoryEnum, description: '问题类别', resolve: (c) => c.category }), count: t.exposeInt('count', { description: '案件数' }) }),
});

const GridStatsRef = builder.objectRef<GridStatistics & { asOf: Date }>('ZhangzhouGridStats').implement({
  description: '网格案件统计 — 城管双员进社区 figures of a 漳州 region (its whole subtree), SLA figures as of the request clock',
  fields: (t) => ({
    cases: t.exposeInt('cases', { description: '案件数 — all cases reported in the region' }),
    open: t.int({ description: '未办结 — cases not yet verified', resolve: (s) => s.cases - s.byState.VERIFIED }),
    byState: t.field({ type: [StateCountRef], description: '按状态 — every state, in workflow order', resolve: (s) => STATES.map((state) => ({ state, count: s.byState[state] })) }),
    byCategory: t.field({
      type: [CategoryCountRef],
      description: '按类别 — every category; cases still REPORTED are not yet classified and count in none',
      resolve: (s) => CATEGORIES.map((category) => ({ category, count: s.byCategory[category] })),
    }),
    slaBreaches: t.exposeInt('slaBreaches', { description: '超时案件 — cases with a dispatch whose deadline passed before it was handled (as of now)' }),
    overdue: t.exposeInt('overdue', { description: '逾期未处置 — cases dispatched, past the deadline and not handled (as of now)' }),
    handledDispatches: t.exposeInt('handledDispatches', { description: '已处置派遣 — dispatches handled by now (a case sent back and dispatched again counts twice)' }),
    onTimeRate: t.float({
      nullable: true,
      description: '按时处置率 — share of handled dispatches handled by their deadline, 4 decimal places; null when none',
      resolve: (s) => share(s.handledOnTime, s.handledDispatches),
    }),
    meanHoursToHandle: t.float({ nullable: true, description: '平均处置时长 — mean hours from 派遣处置 to 处置 over the dispatches handled by now, 2 decimal places', resolve: (s) => s.meanHoursToHandle }),
    asOf: t.field({ type: 'DateTime', description: '统计时点 — the request clock the SLA figures were taken at', resolve: (s) => s.asOf }),
  }),
});

core.Region.implement({
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    zhangzhouGridStats: t.field({
      type: GridStatsRef,
      nullable: true,
      description: '网格案件统计 — 漳州 城管双员进社区 figures; null for regions outside 漳州 (the province included) and for viewers outside 漳州. Batched: many regions cost one SQL statement',
      resolve: async (region, _args, ctx) => {
        if (!seesZhangzhou(ctx.viewer) || !isWithin(region.code, CITY)) return null;
        return { ...(await statisticsOf(ctx).load(region.code)), asOf: ctx.now };
      },
    }),
  }),
});
