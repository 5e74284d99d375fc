// Writes about inspections: record one chosen by the organiser (not a 双随机 check's: those come
// from its draw), conduct a drawn or planned one, raise a finding.
import { isWithin, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { CampaignEntity, InspectionEntity, InspectorEntity } from '../../entities/index.js';
import { S } from '../access.js';
import { builder } from '../builder.js';
import { FindingCategoryEnum, SeverityEnum } from '../enums.js';
import { nextId } from '../ids.js';
import { FindingRef, InspectionRef } from '../refs.js';
import { refreshEstates } from '../registry-facts.js';
import { EvidenceInput, insertEvidence, insertTransition, notInFuture, requireAdministers, requireNoTie, text } from './common.js';
import { loadFinding } from './rectification.js';
import { findingRaised } from '../../events.js';

const RecordInput = builder.inputType('RecordSafetyInspectionInput', {
  description: '记录检查 — an estate inspected (or planned) in a 四不两直, 驻守督导 or special campaign, with its team',
  fields: (t) => ({
    campaignId: t.id({ required: true, description: '检查行动 — not a RANDOM_DRAW one' }),
    estateId: t.id({ required: true, description: '住宅小区' }),
    inspectorIds: t.idList({ required: true, description: '检查组 — none may be tied to the company serving the estate (回避)', validate: z.array(z.string()).min(1, 'an inspection needs an inspector').max(10) }),
    conductedOn: t.field({ type: 'Date', description: '检查日期 — leave out to plan the inspection' }),
  }),
});

const FindingInput = builder.inputType('RaiseSafetyFindingInput', {
  description: '记录隐患 — a finding of a conducted inspection',
  fields: (t) => ({
    inspectionId: t.id({ required: true, description: '检查 — a conducted inspection' }),
    category: t.field({ type: FindingCategoryEnum, required: true, description: '隐患类别' }),
    severity: t.field({ type: SeverityEnum, required: true, description: '隐患等级 — sets the deadline when notified' }),
    description: t.string({ required: true, description: '隐患描述', validate: text(4, 500) }),
    evidence: t.field({ type: [EvidenceInput], description: '证据 — photos, videos, documents taken', validate: z.array(z.any()).max(20, 'at most 20 files') }),
  }),
});

function checkDate(date: string, campaign: { startsOn: string; endsOn: string }, field: string): void {
  if (date < campaign.startsOn || date > campaign.endsOn) throw WuyeError.badInput(field, `must lie in the campaign's period (${campaign.startsOn} to ${campaign.endsOn})`);
}

builder.mutationFields((t) => ({
  recordSafetyInspection: t.field({
    type: InspectionRef,
    description: '记录检查 — officials over the campaign\'s region; registry is asked who serves the estate, and no inspector tied to that company may be on the team (回避)',
    authScopes: { official: true },
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const campaign = await ctx.em.findOne(CampaignEntity, { id: input.campaignId });
      if (!campaign) throw WuyeError.badInput('input.campaignId', `no campaign ${input.campaignId}`);
      requireAdministers(ctx.viewer, campaign.regionCode, 'record inspections');
      if (campaign.kind === 'RANDOM_DRAW') throw WuyeError.badInput('input.campaignId', `campaign ${campaign.id} is a 双随机 check: its estates and inspectors come from its draw (drawSafetyInspection)`);
      if (input.conductedOn) {
        notInFuture(input.conductedOn, ctx, 'input.conductedOn');
        checkDate(input.conductedOn, campaign, 'input.conductedOn');
      }
      const inspectorIds = [...new Set(input.inspectorIds)];
      const inspectors = await ctx.em.find(InspectorEntity, { id: { $in: inspectorIds } });
      const missing = inspectorIds.find((id) => !inspectors.some((i) => i.id === id && i.active));
      if (missing) throw WuyeError.badInput('input.inspectorIds', `no active inspector ${missing}`);
      const [estate] = await refreshEstates(ctx, [input.estateId], 'input.estateId');
      if (!isWithin(estate!.regionCode, campaign.regionCode)) throw WuyeError.badInput('input.estateId', `estate ${input.estateId} lies in ${estate!.regionCode}, outside the campaign's region ${campaign.regionCode}`);
      if (estate!.companyId) {
        const [tie] = await sql<{ inspector_id: string; relation: string }>(ctx.em, `select inspector_id, relation from ${S}.inspector_tie where inspector_id = any(?::text[]) and company_id = ?`, [inspectorIds, estate!.companyId]);
        if (tie) throw WuyeError.conflict(`回避: inspector ${tie.inspector_id} is recorded as connected to company ${estate!.companyId} (${tie.relation}), which serves estate ${input.estateId}.`);
      }
      return ctx.em.transactional(async (em) => {
        const inspection = em.create(InspectionEntity, {
          id: await nextId(em, 'inspection'),
          campaignId: campaign.id,
          drawId: null,
          estateId: input.estateId,
          regionCode: estate!.regionCode,
          companyId: estate!.companyId,
          conductedOn: input.conductedOn ?? null,
        });
        await em.flush();
        await sql(em, `insert into ${S}.inspection_inspector (inspection_id, inspector_id) select ?, unnest(?::text[])`, [inspection.id, inspectorIds]);
        return inspection;
      });
    },
  }),

  conductSafetyInspection: t.field({
    type: InspectionRef,
    description: '实施检查 — mark a drawn or planned inspection as conducted (officials over its estate\'s region)',
    authScopes: { official: true },
    args: { id: t.arg.id({ required: true }), conductedOn: t.arg({ type: 'Date', required: true }) },
    resolve: async (_root, { id, conductedOn }, ctx) => {
      const inspection = await ctx.em.findOne(InspectionEntity, { id });
      if (!inspection) throw WuyeError.notFound('Inspection', id);
      requireAdministers(ctx.viewer, inspection.regionCode, 'conduct inspections');
      await requireNoTie(ctx, inspection.companyId, 'conduct this inspection');
      notInFuture(conductedOn, ctx, 'conductedOn');
      const campaign = (await ctx.em.findOne(CampaignEntity, { id: inspection.campaignId }))!;
      checkDate(conductedOn, campaign, 'conductedOn');
      const [updated] = await sql<{ id: string }>(ctx.em, `update ${S}.inspection set conducted_on = ? where id = ? and conducted_on is null returning id`, [conductedOn, id]);
      if (!updated) throw WuyeError.conflict(`Inspection ${id} was conducted on ${inspection.conductedOn} already.`);
      inspection.conductedOn = conductedOn;
      return inspection;
    },
  }),

  raiseSafetyFinding: t.field({
    type: FindingRef,
    description: '记录隐患 — officials over the estate\'s region, on a conducted inspection; the finding starts RAISED',
    authScopes: { official: true },
    args: { input: t.arg({ type: FindingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const inspection = await ctx.em.findOne(InspectionEntity, { id: input.inspectionId });
      if (!inspection) throw WuyeError.badInput('input.inspectionId', `no inspection ${input.inspectionId}`);
      requireAdministers(ctx.viewer, inspection.regionCode, 'record findings');
      await requireNoTie(ctx, inspection.companyId, 'record findings at this estate');
      if (!inspection.conductedOn) throw WuyeError.conflict(`Inspection ${inspection.id} has not been conducted: conduct it first (conductSafetyInspection).`);
      const id = await ctx.em.transactional(async (em) => {
        const findingId = await nextId(em, 'finding');
        await sql(
          em,
          `insert into ${S}.finding (id, inspection_id, campaign_id, estate_id, region_code, company_id, category, severity, description, state, raised_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RAISED', ?::timestamptz)`,
          [findingId, inspection.id, inspection.campaignId, inspection.estateId, inspection.regionCode, inspection.companyId, input.category, input.severity, input.description.trim(), ctx.now.toISOString()],
        );
        await insertTransition(em, { findingId, action: 'RAISE', from: null, to: 'RAISED', at: ctx.now, actorRole: ctx.viewer.role, actorSubject: ctx.viewer.subject, note: null });
        await insertEvidence(em, findingId, 'FOUND', input.evidence ?? [], ctx.now);
        await findingRaised(em, ctx.now, { findingId, estateId: inspection.estateId, companyId: inspection.companyId ?? null, regionCode: inspection.regionCode, category: input.category, severity: input.severity, raisedAt: ctx.now.toISOString() });
        return findingId;
      });
      return loadFinding(ctx, id);
    },
  }),
}));
