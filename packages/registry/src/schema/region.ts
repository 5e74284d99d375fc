import { ancestorsOf, defineLoader, inKeyOrder, isRegionCode, share, WuyeError } from '@wuye/kit';
import { coverageOf, FALLBACK_TARGETS, SERVICE_MODES, type Coverage } from '../coverage.js';
import { RegionEntity, type Region } from '../entities/index.js';
import { builder, type RegistryContext } from './builder.js';

export const RegionLevelEnum = builder.enumType('RegionLevel', {
  description: '区划层级 — level of a region in the tree',
  values: {
    PROVINCE: { description: '省' },
    CITY: { description: '设区市' },
    COUNTY: { description: '县（市、区）' },
    STREET: { description: '街道 / 乡镇' },
    COMMUNITY: { description: '社区 / 村' },
  } as const,
});

export const ServiceModeEnum = builder.enumType('ServiceMode', {
  description: '物业服务模式 — how an estate is served',
  values: {
    MARKET_COMPANY: { description: '物业服务企业 — a market property company' },
    BUNDLED: { description: '"大物业" — bundled with neighbouring estates under one company' },
    PARTY_LED_PUBLIC_INTEREST: { description: '社区党组织领办的公益性物业企业 — a public-interest company led by the community party organisation' },
    NON_PROFIT: { description: '非营利性组织 — a non-profit service centre' },
    SELF_GOVERNANCE: { description: '自治管理 — self-governance (党支部 + 业委会 + 民主协商议事会)' },
    NONE: { description: '无物业 — no property service' },
  } as const,
});

/** coverage per region code, batched: every region of one request level costs one SQL statement */
const coverageByRegion = defineLoader<string, Coverage, RegistryContext>((codes, ctx) => coverageOf(ctx.em, codes, ctx.now));

export const RegionRef = builder.loadableObjectRef<Region | null, string, string, Region>('Region', {
  load: async (codes, ctx) => inKeyOrder(codes, await ctx.em.find(RegionEntity, { code: { $in: [...codes] } }), (r) => r.code),
});

builder.asEntity(RegionRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (ref, ctx) => RegionRef.getDataloader(ctx).load(ref.code),
});

const ServiceModeCount = builder.objectRef<{ mode: (typeof SERVICE_MODES)[number]; estates: number }>('ServiceModeCount').implement({
  description: '按服务模式统计 — estates per service mode',
  fields: (t) => ({
    mode: t.field({ type: ServiceModeEnum, resolve: (c) => c.mode }),
    estates: t.exposeInt('estates'),
  }),
});

const FallbackTarget = builder
  .objectRef<{ year: number; target: number; reached: number; baseline: number; asOf: number }>('FallbackTarget')
  .implement({
    description: '兜底服务三年行动目标 — one year of the 30% / 60% / 100% plan and how far the region got',
    fields: (t) => ({
      year: t.exposeInt('year'),
      target: t.exposeFloat('target', { description: 'share of the baseline to be under fallback service by the end of the year' }),
      reached: t.exposeInt('reached', { description: 'estates under fallback service at the end of the year (up to today for the current year)' }),
      rate: t.float({ nullable: true, description: 'reached / baseline, 4 decimal places', resolve: (y) => share(y.reached, y.baseline) }),
      met: t.boolean({ description: 'whether the year-end share reached the target', resolve: (y) => y.baseline === 0 || y.reached / y.baseline >= y.target - 1e-9 }),
    }),
  });

const FallbackProgress = builder.objectRef<Coverage>('FallbackProgress').implement({
  description: '兜底服务进展 — estates without service brought under fallback service',
  fields: (t) => ({
    baseline: t.int({ description: 'estates found without property service (摸排): since brought under fallback service, or still without', resolve: (c) => c.fallbackBaseline }),
    brought: t.int({ description: 'of those, brought under fallback service up to today', resolve: (c) => c.fallback }),
    rate: t.float({ nullable: true, description: 'brought / baseline, 4 decimal places', resolve: (c) => share(c.fallback, c.fallbackBaseline) }),
    broughtInYear: t.int({
      description: 'brought under fallback service in the given calendar year (e.g. 1,064 in 2023 for the province)',
      args: { year: t.arg.int({ required: true }) },
      resolve: (c, { year }) => {
        if (!(year in c.fallbackInYear)) throw WuyeError.badInput('year', `must be one of the plan's years ${Object.keys(c.fallbackInYear).join(', ')}`);
        return c.fallbackInYear[year]!;
      },
    }),
    targets: t.field({
      type: [FallbackTarget],
      resolve: (c) => FALLBACK_TARGETS.map((t) => ({ year: t.year, target: t.share, reached: c.fallbackByYearEnd[t.year] ?? 0, baseline: c.fallbackBaseline, asOf: 0 })),
    }),
  }),
});

export const CoverageRef = builder.objectRef<Coverage>('RegionCoverage').implement({
  description: '物业服务覆盖率 — property-service coverage of the estates in a region (its whole subtree)',
  fields: (t) => ({
    estates: t.exposeInt('estates', { description: '住宅小区数 — residential estates' }),
    covered: t.exposeInt('covered', { description: 'estates with property service of any mode' }),
    withoutService: t.int({ description: 'estates without property service (无物业)', resolve: (c) => c.estates - c.covered }),
    rate: t.float({ nullable: true, description: '覆盖率 — covered / estates, rounded to 4 decimal places (0.99 = 99%); null without estates', resolve: (c) => share(c.covered, c.estates) }),
    byServiceMode: t.field({ type: [ServiceModeCount], resolve: (c) => SERVICE_MODES.map((mode) => ({ mode, estates: c.byServiceMode[mode] })) }),
    fallback: t.field({ type: FallbackProgress, description: '兜底服务 — fallback service for estates without service', resolve: (c) => c }),
  }),
});

RegionRef.implement({
  description: '行政区划 — a region: province, city, county (GB/T 2260), street or community',
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    name: t.exposeString('name'),
    level: t.field({ type: RegionLevelEnum, resolve: (r) => r.level as Region['level'] & 'PROVINCE' }),
    parent: t.field({ type: RegionRef, nullable: true, resolve: (r) => r.parentCode }),
    children: t.loadableGroup({
      type: RegionRef,
      description: 'the regions one level down, by code',
      load: async (codes: string[], ctx) => ctx.em.find(RegionEntity, { parentCode: { $in: codes } }, { orderBy: { code: 'asc' } }),
      group: (child) => (child as Region).parentCode!,
      resolve: (r) => r.code,
    }),
    ancestors: t.field({
      type: [RegionRef],
      description: 'from the province down to the parent',
      resolve: (r) => ancestorsOf(r.code).slice(0, -1),
    }),
    coverage: t.field({
      type: CoverageRef,
      description: '物业服务覆盖率 — coverage of the whole subtree (batched: many regions cost one SQL statement)',
      resolve: (r, _args, ctx) => coverageByRegion(ctx).load(r.code),
    }),
    estateCount: t.int({
      description: '住宅小区数 — estates in the whole subtree; the denominator other domains\' rates @require',
      resolve: async (r, _args, ctx) => (await coverageByRegion(ctx).load(r.code)).estates,
    }),
  }),
});

builder.queryFields((t) => ({
  region: t.field({
    type: RegionRef,
    nullable: true,
    description: '行政区划 — a region by its code (350000 is the province)',
    args: { code: t.arg({ type: 'RegionCode', required: true }) },
    resolve: (_root, { code }) => code,
  }),
  regions: t.field({
    type: [RegionRef],
    description: 'several regions by code, in the order asked (unknown codes are left out)',
    args: { codes: t.arg({ type: ['RegionCode'], required: true }) },
    resolve: async (_root, { codes }, ctx) => {
      if (codes.length > 1000) throw WuyeError.badInput('codes', 'at most 1000 codes per request');
      const found = await RegionRef.getDataloader(ctx).loadMany(codes);
      return codes.filter((c, i) => isRegionCode(c) && found[i] && !(found[i] instanceof Error));
    },
  }),
}));

