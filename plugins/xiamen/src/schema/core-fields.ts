// The plugin's fields on the core entities, each implemented once re-declaring only its key. All are
// nullable (the core still answers when the plugin is down) and give nothing outside 厦门 or to viewers
// of other cities. PartyOrganization is only referred to (集美's posts), so it gets no fields.
import { defineLoader, isWithin, type PluginContext } from '@wuye/plugin-sdk';
import { seesXiamen } from '../access.js';
import { activeBundleOfEstate, bundlesOfCompany } from '../bundles/rows.js';
import { deliberationsOfEstate } from '../deliberation/rows.js';
import { CITY } from '../manifest.js';
import { regionStatistics, type RegionStatistics } from '../statistics.js';
import { BUNDLE_STATES } from '../bundles/lifecycle.js';
import { DELIBERATION_STATES } from '../deliberation/steps.js';
import { builder, core } from './builder.js';
import { BundleRef, BundleStateEnum } from './bundle.js';
import { DeliberationRef, DeliberationStateEnum } from './deliberation.js';
import { DeputySecretaryRef, postsInRegion, postsOfCompany } from './jimei.js';

core.ResidentialEstate.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    xiamenBundle: t.field({
      type: BundleRef,
      nullable: true,
      description: '大物业 片区 — the bundle (not ended) the estate belongs to; null when none, outside 厦门, or for viewers outside 厦门',
      resolve: (estate, _args, ctx) => (seesXiamen(ctx.viewer) ? activeBundleOfEstate(ctx).load(estate.id) : null),
    }),
    xiamenDeliberations: t.field({
      type: [DeliberationRef],
      nullable: true,
      description: '党员先议事项 — the estate\'s items, newest first (厦门 estates only; empty for viewers outside 厦门)',
      args: { state: t.arg({ type: DeliberationStateEnum, description: '先议状态 — only items in this state' }) },
      resolve: async (estate, { state }, ctx) => {
        if (!seesXiamen(ctx.viewer)) return [];
        return (await deliberationsOfEstate(ctx).load(estate.id)).filter((d) => !state || d.state === state);
      },
    }),
  }),
});

core.PropertyCompany.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    xiamenBundles: t.field({
      type: [BundleRef],
      nullable: true,
      description: '大物业 承接片区 — bundles the company is (or was) contracted for, newest first (厦门 companies only; empty for viewers outside 厦门)',
      resolve: (company, _args, ctx) => (seesXiamen(ctx.viewer) ? bundlesOfCompany(ctx).load(company.id) : []),
    }),
    xiamenJimeiDeputySecretaries: t.field({
      type: [DeputySecretaryRef],
      nullable: true,
      description: '集美副书记挂职 — the company\'s party leaders serving now as 副书记 of 集美区 community party organisations (read from party-building); null for companies outside 厦门 and viewers outside 厦门',
      resolve: (company, _args, ctx) => (seesXiamen(ctx.viewer) ? postsOfCompany(ctx, company.id) : null),
    }),
  }),
});

const statisticsOf = defineLoader<string, RegionStatistics, PluginContext>((codes, ctx) => regionStatistics(ctx.em, codes));

const BundleCountRef = builder.objectRef<{ state: (typeof BUNDLE_STATES)[number]; count: number }>('XiamenBundleStateCount').implement({
  description: '按状态统计 — bundles in one state',
  fields: (t) => ({ state: t.field({ type: BundleStateEnum, description: '片区状态', resolve: (c) => c.state }), count: t.exposeInt('count', { description: '片区数' }) }),
});

const DeliberationCountRef = builder.objectRef<{ state: (typeof DELIBERATION_STATES)[number]; count: number }>('XiamenDeliberationStateCount').implement({
  description: '按状态统计 — deliberation items in one state',
  fields: (t) => ({ state: t.field({ type: DeliberationStateEnum, description: '先议状态', resolve: (c) => c.state }), count: t.exposeInt('count', { description: '事项数' }) }),
});

const StatsRef = builder.objectRef<RegionStatistics>('XiamenRegionStats').implement({
  description: '厦门统计 — "大物业" bundles and 党员先议 items of a 厦门 region (its whole subtree), counted in SQL',
  fields: (t) => ({
    bundlesByState: t.field({ type: [BundleCountRef], description: '片区按状态 — every state, in lifecycle order (a bundle counts where any of its estates lies)', resolve: (s) => BUNDLE_STATES.map((state) => ({ state, count: s.bundlesByState[state] })) }),
    bundledEstates: t.exposeInt('bundledEstates', { description: '纳入片区的小区 — estates in bundles that have not ended' }),
    contractedMonthlySubsidy: t.field({ type: 'Decimal', description: '政府购买服务月补贴 — Σ over CONTRACTED bundles of max(0, cost − income), yuan', resolve: (s) => s.contractedMonthlySubsidy }),
    deliberationsByState: t.field({ type: [DeliberationCountRef], description: '先议事项按状态 — every state, in workflow order', resolve: (s) => DELIBERATION_STATES.map((state) => ({ state, count: s.deliberationsByState[state] })) }),
  }),
});

core.Region.implement({
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    xiamenStats: t.field({
      type: StatsRef,
      nullable: true,
      description: '厦门统计 — bundles and 党员先议 items of the region; null for regions outside 厦门 (the province included) and for viewers outside 厦门. Many regions cost one SQL statement per figure',
      resolve: (region, _args, ctx) => (seesXiamen(ctx.viewer) && isWithin(region.code, CITY) ? statisticsOf(ctx).load(region.code) : null),
    }),
    xiamenJimeiDeputySecretaries: t.field({
      type: [DeputySecretaryRef],
      nullable: true,
      description: '集美副书记挂职 — company party leaders serving now as 副书记 of community party organisations in 集美区 (350211) within the region (read from party-building); null for regions neither inside nor above 集美 within 厦门, and for viewers outside 厦门',
      resolve: (region, _args, ctx) => (seesXiamen(ctx.viewer) ? postsInRegion(ctx, region.code) : null),
    }),
  }),
});

core.PartyOrganization.implement({ fields: (t) => ({ id: t.exposeID('id') }) });
