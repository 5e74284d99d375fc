// Writes about campaigns and inspectors: create a campaign, publish its results (一公开), register an
// inspector, record a tie (回避关系). Officials, within their region.
import { levelOf, WuyeError } from '@wuye/kit';
import { CampaignEntity, InspectorEntity, InspectorTieEntity } from '../../entities/index.js';
import { addDays } from '../../dates.js';
import { builder } from '../builder.js';
import { CampaignKindEnum } from '../enums.js';
import { nextId } from '../ids.js';
import { InspectorRef } from '../inspector.js';
import { CampaignRef } from '../refs.js';
import { requireCompanies } from '../registry-facts.js';
import { requireAdministers, text, today } from './common.js';

const CampaignInput = builder.inputType('CreateSafetyCampaignInput', {
  description: '新建检查行动 — a campaign with its region, period and organiser',
  fields: (t) => ({
    name: t.string({ required: true, description: '名称 — e.g. 2024年思明区物业服务区域“双随机、一公开”抽查', validate: text(4, 100) }),
    kind: t.field({ type: CampaignKindEnum, required: true, description: '检查类别' }),
    regionCode: t.field({ type: 'RegionCode', required: true, description: '检查范围 — the province, a city, a county or a street' }),
    organiser: t.string({ required: true, description: '组织单位', validate: text(2, 100) }),
    startsOn: t.field({ type: 'Date', required: true, description: '开始日期' }),
    endsOn: t.field({ type: 'Date', required: true, description: '结束日期' }),
    quarter: t.field({ type: 'Quarter', description: '督导季度 — RESIDENT_SUPERVISION only: the quarter supervised (the period lies in it)' }),
    focus: t.string({ required: true, description: '检查重点', validate: text(2, 500) }),
  }),
});

const quarterPeriod = (quarter: string): [string, string] => {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const start = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return [start, addDays(next, -1)];
};

const InspectorInput = builder.inputType('RegisterSafetyInspectorInput', {
  description: '登记执法检查人员 — an inspector joining the pool of a county, a city or the province',
  fields: (t) => ({
    name: t.string({ required: true, description: '姓名', validate: text(2, 20) }),
    agency: t.string({ required: true, description: '所在单位', validate: text(2, 100) }),
    regionCode: t.field({ type: 'RegionCode', required: true, description: '所属名录库 — the province, a city or a county' }),
    subject: t.string({ description: '登录账号 — the official\'s token subject, when the inspector signs in (回避 then applies to what they do)', validate: text(3, 200) }),
  }),
});

const TieInput = builder.inputType('RecordSafetyInspectorTieInput', {
  description: '登记回避关系 — an inspector\'s connection to a company',
  fields: (t) => ({
    inspectorId: t.id({ required: true, description: '执法检查人员' }),
    companyId: t.id({ required: true, description: '物业服务企业 — registry\'s company id' }),
    relation: t.string({ required: true, description: '关系 — e.g. 曾在该企业任职, 近亲属在该企业任职, 持有该企业股份', validate: text(2, 50) }),
  }),
});

builder.mutationFields((t) => ({
  createSafetyCampaign: t.field({
    type: CampaignRef,
    description: '新建检查行动 — officials within their region',
    authScopes: { official: true },
    args: { input: t.arg({ type: CampaignInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const level = levelOf(input.regionCode);
      if (level === 'COMMUNITY') throw WuyeError.badInput('input.regionCode', 'must be the province, a city, a county or a street');
      requireAdministers(ctx.viewer, input.regionCode, 'organise campaigns');
      if (input.endsOn < input.startsOn) throw WuyeError.badInput('input.endsOn', 'must not be before startsOn');
      if (input.kind === 'RESIDENT_SUPERVISION') {
        if (!input.quarter) throw WuyeError.badInput('input.quarter', 'is required for RESIDENT_SUPERVISION');
        const [from, to] = quarterPeriod(input.quarter);
        if (input.startsOn < from || input.endsOn > to) throw WuyeError.badInput('input.startsOn', `the period must lie in ${input.quarter} (${from} to ${to})`);
      } else if (input.quarter) {
        throw WuyeError.badInput('input.quarter', 'applies to RESIDENT_SUPERVISION only');
      }
      const campaign = ctx.em.create(CampaignEntity, {
        id: await nextId(ctx.em, 'campaign'),
        name: input.name.trim(),
        kind: input.kind,
        regionCode: input.regionCode,
        organiser: input.organiser.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        quarter: input.quarter ?? null,
        focus: input.focus.trim(),
        resultsPublishedOn: null,
      });
      await ctx.em.flush();
      return campaign;
    },
  }),

  publishSafetyCampaignResults: t.field({
    type: CampaignRef,
    description: '公开检查结果 (一公开) — from today, everyone sees the campaign\'s draw, inspections and findings (never evidence files or names)',
    authScopes: { official: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const campaign = await ctx.em.findOne(CampaignEntity, { id });
      if (!campaign) throw WuyeError.notFound('Campaign', id);
      requireAdministers(ctx.viewer, campaign.regionCode, 'publish results');
      if (campaign.resultsPublishedOn) throw WuyeError.conflict(`Campaign ${id}'s results were published on ${campaign.resultsPublishedOn}.`);
      if (campaign.startsOn > today(ctx)) throw WuyeError.conflict(`Campaign ${id} starts on ${campaign.startsOn}: there are no results to publish yet.`);
      campaign.resultsPublishedOn = today(ctx);
      await ctx.em.flush();
      return campaign;
    },
  }),

  registerSafetyInspector: t.field({
    type: InspectorRef,
    description: '登记执法检查人员 — officials within their region',
    authScopes: { official: true },
    args: { input: t.arg({ type: InspectorInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const level = levelOf(input.regionCode);
      if (level !== 'PROVINCE' && level !== 'CITY' && level !== 'COUNTY') throw WuyeError.badInput('input.regionCode', 'must be the province, a city or a county');
      requireAdministers(ctx.viewer, input.regionCode, 'register inspectors');
      const subject = input.subject?.trim() ?? null;
      if (subject && (await ctx.em.findOne(InspectorEntity, { subject }))) throw WuyeError.conflict(`An inspector with subject ${subject} is already registered.`);
      const inspector = ctx.em.create(InspectorEntity, { id: await nextId(ctx.em, 'inspector'), name: input.name.trim(), agency: input.agency.trim(), regionCode: input.regionCode, subject, active: true });
      await ctx.em.flush();
      return inspector;
    },
  }),

  recordSafetyInspectorTie: t.field({
    type: InspectorRef,
    description: '登记回避关系 — officials over the inspector\'s region; the inspector is never assigned to the company\'s estates from now on',
    authScopes: { official: true },
    args: { input: t.arg({ type: TieInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const inspector = await ctx.em.findOne(InspectorEntity, { id: input.inspectorId });
      if (!inspector) throw WuyeError.badInput('input.inspectorId', `no inspector ${input.inspectorId}`);
      requireAdministers(ctx.viewer, inspector.regionCode, 'record ties of inspectors');
      if (await ctx.em.findOne(InspectorTieEntity, { inspectorId: inspector.id, companyId: input.companyId })) {
        throw WuyeError.conflict(`Inspector ${inspector.id} is already recorded as connected to company ${input.companyId}.`);
      }
      await requireCompanies(ctx, [input.companyId], 'input.companyId');
      ctx.em.create(InspectorTieEntity, { inspectorId: inspector.id, companyId: input.companyId, relation: input.relation.trim(), recordedOn: today(ctx) });
      await ctx.em.flush();
      return inspector;
    },
  }),
}));

