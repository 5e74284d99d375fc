// XiamenBundle: a "大物业" bundle with its estates, its 肥瘦搭配 economics and its history.
import { bundleEconomics, estateEconomics, termSubsidy, type BundleEconomics } from '../bundles/economics.js';
import { BUNDLE_ACTIONS, bundleActionsFrom, BUNDLE_STATE_LABEL, type BundleAction } from '../bundles/lifecycle.js';
import { bundleEstates, bundleTransitions, type BundleEstateRow, type BundleRow } from '../bundles/rows.js';
import { ActorRef } from './common.js';
import { builder, core } from './builder.js';

export const BundleStateEnum = builder.enumType('XiamenBundleState', {
  description: '片区状态 — where a "大物业" bundle stands',
  values: {
    PROPOSED: { description: `${BUNDLE_STATE_LABEL.PROPOSED} — proposed, waiting for the street's approval` },
    APPROVED: { description: `${BUNDLE_STATE_LABEL.APPROVED} — approved by the street, waiting for a contract with a company` },
    CONTRACTED: { description: `${BUNDLE_STATE_LABEL.CONTRACTED} — served by the contracted company (government-purchased service)` },
    ENDED: { description: `${BUNDLE_STATE_LABEL.ENDED} — ended; its estates are free to join another bundle` },
  } as const,
});

export const BundleActionEnum = builder.enumType('XiamenBundleAction', {
  description: '片区操作 — a step that moves a bundle on (each is a mutation)',
  values: {
    APPROVE: { description: `${BUNDLE_ACTIONS.approve.label} — xiamenApproveBundle` },
    CONTRACT: { description: `${BUNDLE_ACTIONS.contract.label} — xiamenContractBundle` },
    END: { description: `${BUNDLE_ACTIONS.end.label} — xiamenEndBundle` },
  } as const,
});

export const BalanceKindEnum = builder.enumType('XiamenEstateBalanceKind', {
  description: '肥瘦 — whether an estate\'s fee income covers its cost',
  values: {
    SURPLUS: { description: '肥 — income above cost' },
    DEFICIT: { description: '瘦 — income below cost' },
    BALANCED: { description: '持平 — income equals cost' },
  } as const,
});

const BundleEstateRef = builder.objectRef<BundleEstateRow>('XiamenBundleEstate').implement({
  description: '片区小区 — one estate of a bundle, with its monthly fee income and cost (yuan, exact)',
  fields: (t) => ({
    estate: t.field({ type: core.ResidentialEstate, description: '小区 — the estate (registry)', resolve: (e) => ({ id: e.estateId }) }),
    estateId: t.id({ description: '小区编号 — the registry id', resolve: (e) => e.estateId }),
    estateName: t.exposeString('estateName', { description: '小区名称 — as the registry named it when the bundle was proposed' }),
    regionCode: t.field({ type: 'RegionCode', description: '社区代码 — the estate\'s community (12 digits)', resolve: (e) => e.regionCode }),
    serviceMode: t.exposeString('serviceMode', { description: '原服务方式 — the registry\'s ServiceMode when proposed (NONE: 无物业)' }),
    households: t.exposeInt('households', { description: '户数' }),
    monthlyFeeIncome: t.field({ type: 'Decimal', description: '物业费月收入 — yuan a month', resolve: (e) => e.monthlyFeeIncome }),
    monthlyCost: t.field({ type: 'Decimal', description: '月服务成本 — yuan a month', resolve: (e) => e.monthlyCost }),
    balance: t.field({ type: 'Decimal', description: '月盈亏 — income − cost (negative: 瘦)', resolve: (e) => estateEconomics(e).balance }),
    kind: t.field({ type: BalanceKindEnum, description: '肥瘦 — SURPLUS (肥), DEFICIT (瘦) or BALANCED', resolve: (e) => estateEconomics(e).kind }),
  }),
});

const EconomicsRef = builder.objectRef<BundleEconomics & { termMonths: number | null }>('XiamenBundleEconomics').implement({
  description: '肥瘦搭配 — the bundle\'s monthly economics in yuan, computed exactly (decimal, never float)',
  fields: (t) => ({
    monthlyFeeIncome: t.field({ type: 'Decimal', description: '物业费月收入合计', resolve: (e) => e.monthlyFeeIncome }),
    monthlyCost: t.field({ type: 'Decimal', description: '月服务成本合计', resolve: (e) => e.monthlyCost }),
    surplus: t.field({ type: 'Decimal', description: '肥 — Σ of the surpluses of estates whose income exceeds cost', resolve: (e) => e.surplus }),
    deficit: t.field({ type: 'Decimal', description: '瘦 — Σ of the deficits of estates whose cost exceeds income (positive)', resolve: (e) => e.deficit }),
    crossSubsidy: t.field({ type: 'Decimal', description: '以肥补瘦 — the part of the deficit the surpluses carry: min(surplus, deficit)', resolve: (e) => e.crossSubsidy }),
    net: t.field({ type: 'Decimal', description: '月净额 — income − cost of the whole bundle', resolve: (e) => e.net }),
    monthlySubsidy: t.field({ type: 'Decimal', description: '政府购买服务月补贴 — max(0, cost − income): what makes the bundle viable', resolve: (e) => e.monthlySubsidy }),
    annualSubsidy: t.field({ type: 'Decimal', description: '年度补贴 — the monthly subsidy × 12', resolve: (e) => e.annualSubsidy }),
    termSubsidy: t.field({
      type: 'Decimal',
      nullable: true,
      description: '合同期补贴 — the monthly subsidy × the contract\'s term in months (null until contracted)',
      resolve: (e) => (e.termMonths === null ? null : termSubsidy(e.monthlySubsidy, e.termMonths)),
    }),
    selfSustaining: t.exposeBoolean('selfSustaining', { description: '自负盈亏 — income covers cost without subsidy' }),
  }),
});

const TransitionRef = builder.objectRef<{ from: BundleRow['state'] | null; to: BundleRow['state']; actor: string; actorRole: string; at: Date; regionCode: string }>('XiamenBundleTransition').implement({
  description: '流转记录 — one step of a bundle: from, to, who and when',
  fields: (t) => ({
    from: t.field({ type: BundleStateEnum, nullable: true, description: '原状态 — null for the proposal', resolve: (s) => s.from }),
    to: t.field({ type: BundleStateEnum, description: '新状态', resolve: (s) => s.to }),
    by: t.field({ type: ActorRef, description: '经办 — who and when', resolve: (s) => s }),
  }),
});

const actionName = (a: BundleAction) => a.toUpperCase() as 'APPROVE';

export const BundleRef = builder.objectRef<BundleRow>('XiamenBundle').implement({
  description: '大物业 片区 — estates without property service bundled with neighbouring estates under one company (厦门)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '片区编号 — XB followed by four digits' }),
    name: t.exposeString('name', { description: '片区名称' }),
    street: t.field({ type: core.Region, description: '街道 — the street that approves it (its first estate\'s)', resolve: (b) => ({ code: b.streetCode }) }),
    streetCode: t.field({ type: 'RegionCode', description: '街道代码 — 9 digits', resolve: (b) => b.streetCode }),
    state: t.field({ type: BundleStateEnum, description: '片区状态', resolve: (b) => b.state }),
    estates: t.field({ type: [BundleEstateRef], description: '片区小区 — its estates, in the order proposed', resolve: (b, _args, ctx) => bundleEstates(ctx).load(b.id) }),
    economics: t.field({
      type: EconomicsRef,
      description: '肥瘦搭配 — income, cost and the subsidy that makes it viable',
      resolve: async (b, _args, ctx) => ({ ...bundleEconomics(await bundleEstates(ctx).load(b.id)), termMonths: b.termMonths }),
    }),
    company: t.field({ type: core.PropertyCompany, nullable: true, description: '承接企业 — the contracted company (null until CONTRACTED)', resolve: (b) => (b.companyId ? { id: b.companyId } : null) }),
    contractedOn: t.field({ type: 'Date', nullable: true, description: '签约日期', resolve: (b) => b.contractedOn }),
    termMonths: t.int({ nullable: true, description: '合同期限 — months', resolve: (b) => b.termMonths }),
    contractEndsOn: t.field({ type: 'Date', nullable: true, description: '合同到期日 — signing date + term', resolve: (b) => b.contractEndsOn }),
    endedOn: t.field({ type: 'Date', nullable: true, description: '终止日期', resolve: (b) => b.endedOn }),
    endReason: t.string({ nullable: true, description: '终止原因', resolve: (b) => b.endReason }),
    proposedAt: t.field({ type: 'DateTime', description: '提出时间', resolve: (b) => b.proposedAt }),
    transitions: t.field({
      type: [TransitionRef],
      description: '流转记录 — every step, oldest first',
      resolve: async (b, _args, ctx) => (await bundleTransitions(ctx).load(b.id)).map((s) => ({ from: s.fromState, to: s.toState, actor: s.actor, actorRole: s.actorRole, at: s.at, regionCode: s.streetCode })),
    }),
    nextActions: t.field({ type: [BundleActionEnum], description: '可办操作 — the steps its state allows', resolve: (b) => bundleActionsFrom(b.state).map(actionName) }),
  }),
});
