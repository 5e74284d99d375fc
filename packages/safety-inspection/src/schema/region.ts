// Region.safety: the province's safety figures for any region — all regions of one query level (and
// one filter) cost ONE SQL statement for campaigns, inspections and findings, and one more when the
// self-inspection tally is asked for. The estate count behind the sampling rate comes from registry
// through @requires: counts are never duplicated.
import { chinaDate, defineLoader, share } from '@wuye/kit';
import { z } from 'zod';
import type { CampaignKind } from '../rules.js';
import { regionSelfInspection, regionStatistics, tally, type RegionStatistics, type SelfInspectionTally } from '../statistics.js';
import { builder, type SafetyContext } from './builder.js';
import { RegionRef } from './core-entities.js';
import { CampaignKindEnum } from './enums.js';
import { FindingTallyRef, SelfInspectionTallyRef } from './tally.js';

interface RegionSafety {
  code: string;
  estates: number;
  kind: CampaignKind | null;
  year: number | null;
}

/** keyed by "code|kind|year", so one batch may carry several filters; one statement per filter */
const statisticsByRegion = defineLoader<string, RegionStatistics, SafetyContext>(async (keys, ctx) => {
  const byFilter = new Map<string, string[]>();
  for (const key of keys) {
    const [code, ...filter] = key.split('|');
    byFilter.set(filter.join('|'), [...(byFilter.get(filter.join('|')) ?? []), code!]);
  }
  const results = new Map<string, RegionStatistics>();
  for (const [filter, codes] of byFilter) {
    const [kind, year] = filter.split('|');
    const stats = await regionStatistics(ctx.em, codes, { kind: (kind || null) as CampaignKind | null, year: year ? Number(year) : null }, chinaDate(ctx.now));
    for (const s of stats) results.set(`${s.regionCode}|${filter}`, s);
  }
  return keys.map((key) => results.get(key)!);
});

/** keyed by "code|year"; one statement per year */
const selfInspectionByRegion = defineLoader<string, SelfInspectionTally, SafetyContext>(async (keys, ctx) => {
  const byYear = new Map<string, string[]>();
  for (const key of keys) {
    const [code, year] = key.split('|');
    byYear.set(year!, [...(byYear.get(year!) ?? []), code!]);
  }
  const results = new Map<string, SelfInspectionTally>();
  for (const [year, codes] of byYear) {
    const tallies = await regionSelfInspection(ctx.em, codes, year ? Number(year) : null, chinaDate(ctx.now));
    codes.forEach((code, i) => results.set(`${code}|${year}`, tallies[i]!));
  }
  return keys.map((key) => results.get(key)!);
});

const figures = (r: RegionSafety, ctx: SafetyContext) => statisticsByRegion(ctx).load(`${r.code}|${r.kind ?? ''}|${r.year ?? ''}`);

const RegionSafetyRef = builder.objectRef<RegionSafety>('RegionSafety').implement({
  description: '安全监管统计 — a region\'s inspections, estates sampled, findings by category and state, rectification and self-inspection (its whole subtree)',
  fields: (t) => ({
    kind: t.field({ type: CampaignKindEnum, nullable: true, description: '检查类别 — the kind of campaign counted (null: all kinds)', resolve: (r) => r.kind }),
    year: t.int({ nullable: true, description: '年度 — the year counted (null: all years)', resolve: (r) => r.year }),
    inspections: t.int({ description: '检查次数 — campaigns started in the region (a 双随机 check is one, however many estates it draws)', resolve: async (r, _args, ctx) => (await figures(r, ctx)).campaigns }),
    estateInspections: t.int({ description: '检查小区次数 — estate inspections conducted', resolve: async (r, _args, ctx) => (await figures(r, ctx)).inspections }),
    estatesSampled: t.int({ description: '抽查小区 — distinct estates inspected', resolve: async (r, _args, ctx) => (await figures(r, ctx)).estatesSampled }),
    estates: t.exposeInt('estates', { description: '住宅小区 — estates in the region (from registry, via @requires)' }),
    samplingRate: t.float({ nullable: true, description: '抽查比例 — estatesSampled / estates, 4 decimal places', resolve: async (r, _args, ctx) => share((await figures(r, ctx)).estatesSampled, r.estates) }),
    findings: t.field({ type: FindingTallyRef, description: '隐患及整改 — findings by category and state, rectified, overdue (fireProblemsRectified: 督促整改消防问题)', resolve: async (r, _args, ctx) => tally((await figures(r, ctx)).cells) }),
    selfInspection: t.field({
      type: SelfInspectionTallyRef,
      description: '月度自查 — months due and missing over the served estates (not filtered by kind; by year when given)',
      resolve: (r, _args, ctx) => selfInspectionByRegion(ctx).load(`${r.code}|${r.year ?? ''}`),
    }),
  }),
});

RegionRef.implement({
  externalFields: (t) => ({ estateCount: t.int() }),
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    safety: t.field({
      type: RegionSafetyRef,
      description: '安全监管统计 — the region\'s safety figures; safety(kind: RANDOM_DRAW) gives the 双随机 checks, estates sampled and fire problems rectified',
      args: {
        kind: t.arg({ type: CampaignKindEnum, description: 'count only campaigns of this kind' }),
        year: t.arg.int({ description: 'count only campaigns starting in this year (and self-inspection months of it)', validate: z.number().int().min(2000).max(2100) }),
      },
      requires: builder.selection<{ estateCount: number }>('estateCount'),
      resolve: (region, { kind, year }) => ({ code: region.code, estates: region.estateCount, kind: kind ?? null, year: year ?? null }),
    }),
  }),
});
