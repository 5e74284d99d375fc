// 一网统管: each county's milestones — grids merged, "镇街吹哨、部门报到", platforms connected — each
// recorded once with its date and evidence by a city or province admin over the county.
import { levelOf, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder } from './builder.js';
import { actorOf, mustAdminister, notFuture, regionLike, S, today } from './common.js';
import { RegionRef } from './core-entities.js';
import { GridMilestoneEnum } from './enums.js';

interface GridRow {
  county_code: string;
  milestone: 'GRID_MERGED' | 'WHISTLE_REPORT' | 'PLATFORM_CONNECTED';
  achieved_on: string;
  evidence: string;
}

const GridRef = builder.objectRef<GridRow>('GovernanceGridIntegration').implement({
  description: '一网统管里程碑 — a county\'s milestone with its date and evidence',
  fields: (t) => ({
    county: t.field({ type: RegionRef, description: '县(市、区) — the county', resolve: (g) => ({ code: g.county_code }) }),
    countyCode: t.field({ type: 'RegionCode', description: '县级代码 — the county\'s code', resolve: (g) => g.county_code }),
    milestone: t.field({ type: GridMilestoneEnum, description: '里程碑 — which milestone', resolve: (g) => g.milestone }),
    achievedOn: t.field({ type: 'Date', description: '实现日期 — since when', resolve: (g) => g.achieved_on }),
    evidence: t.exposeString('evidence', { description: '佐证材料 — the document or fact that shows it' }),
  }),
});

const GridInput = builder.inputType('RecordGridIntegrationInput', {
  description: '记录一网统管里程碑 — a county\'s milestone, recorded once',
  fields: (t) => ({
    countyCode: t.field({ type: 'RegionCode', required: true, description: '县(市、区) — a county code' }),
    milestone: t.field({ type: GridMilestoneEnum, required: true, description: '里程碑' }),
    achievedOn: t.field({ type: 'Date', required: true, description: '实现日期 — not in the future' }),
    evidence: t.string({ required: true, description: '佐证材料 — what shows it', validate: z.string().trim().min(4, 'say what shows it (at least 4 characters)').max(2000) }),
  }),
});

builder.queryFields((t) => ({
  governanceGridIntegrations: t.field({
    type: [GridRef],
    description: '一网统管 — the milestones of the counties in a region (default: the province), achieved by today, by county',
    args: { regionCode: t.arg({ type: 'RegionCode', description: '地区' }), milestone: t.arg({ type: GridMilestoneEnum, description: '只看此里程碑' }) },
    resolve: (_root, args, ctx) =>
      sql<GridRow>(ctx.em, `select * from ${S}.grid_integration where county_code like ? and achieved_on <= ?::date and (?::text is null or milestone = ?) order by county_code, milestone`, [
        regionLike(args.regionCode), today(ctx), args.milestone ?? null, args.milestone ?? null,
      ]),
  }),
}));

builder.mutationFields((t) => ({
  recordGridIntegration: t.field({
    type: GridRef,
    description: '记录一网统管里程碑 — a city admin over the county or a province admin records it, once (CONFLICT when already recorded)',
    authScopes: { role: ['PROVINCE_ADMIN', 'CITY_ADMIN'] },
    args: { input: t.arg({ type: GridInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.countyCode) !== 'COUNTY') throw WuyeError.badInput('input.countyCode', `${input.countyCode} is not a county code`);
      notFuture(ctx, 'input.achievedOn', input.achievedOn);
      mustAdminister(ctx, input.countyCode, `County ${input.countyCode}`);
      const [row] = await sql<GridRow>(ctx.em, `insert into ${S}.grid_integration (county_code, milestone, achieved_on, evidence, recorded_by) values (?, ?, ?, ?, ?) on conflict do nothing returning *`, [
        input.countyCode, input.milestone, input.achievedOn, input.evidence.trim(), actorOf(ctx),
      ]);
      if (!row) throw WuyeError.conflict(`${input.milestone} of county ${input.countyCode} is already recorded.`);
      return row;
    },
  }),
}));
