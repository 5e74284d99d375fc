// 双随机抽取 — draw a RANDOM_DRAW campaign's estates and inspectors. The eligible list is the estates
// given, or the roster's served estates in the campaign's region; either way registry is asked who
// serves each estate now (for 回避), and the answer is recorded with the draw. The pool is the
// inspectors given, or the active inspectors of the region's pools, with their recorded ties.
import { randomBytes } from 'node:crypto';
import { isWithin, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { CampaignEntity, DrawEntity, InspectorEntity } from '../../entities/index.js';
import { canonicalInputs, digest, DRAW_ALGORITHM, DrawError, runDraw, SEED_PATTERN, type DrawInputs, type DrawResult } from '../../draw/draw.js';
import { DEFAULT_TEAM_SIZE } from '../../rules.js';
import { S } from '../access.js';
import { builder } from '../builder.js';
import { drawById } from '../draw.js';
import { nextId, nextIds } from '../ids.js';
import { DrawRef } from '../refs.js';
import { refreshEstates } from '../registry-facts.js';
import { requireAdministers } from './common.js';

const DrawInput = builder.inputType('DrawSafetyInspectionInput', {
  description: '双随机抽取 — N estates and M inspectors for a RANDOM_DRAW campaign, with 回避',
  fields: (t) => ({
    campaignId: t.id({ required: true, description: '检查行动 — a RANDOM_DRAW campaign not yet drawn' }),
    estateCount: t.int({ required: true, description: '抽取小区数 N', validate: z.number().int().min(1).max(1000) }),
    inspectorCount: t.int({ required: true, description: '抽取执法人员数 M', validate: z.number().int().min(1).max(200) }),
    teamSize: t.int({ description: `每组人数 — inspectors per estate (default ${DEFAULT_TEAM_SIZE})`, validate: z.number().int().min(1).max(10) }),
    seed: t.string({ description: '随机种子 — e.g. announced beforehand for a public draw; default: 128 random bits', validate: z.string().regex(SEED_PATTERN, 'must be 8–128 letters, digits, "-" or "_"') }),
    estateIds: t.idList({ description: '检查对象名录 — the eligible estates; default: the served estates of the campaign\'s region on the roster', validate: z.array(z.string()).min(1).max(20_000) }),
    inspectorIds: t.idList({ description: '执法人员名录 — the pool; default: the active inspectors of the pools in the campaign\'s region', validate: z.array(z.string()).min(1).max(2_000) }),
    excludeSampledSince: t.field({ type: 'Date', description: '排除已抽查 — leave out of the default eligible list the estates a 双随机 check inspected since this date' }),
  }),
});

builder.mutationFields((t) => ({
  drawSafetyInspection: t.field({
    type: DrawRef,
    description: '双随机抽取 — officials over the campaign\'s region; records seed, inputs and result, and an inspection (planned) per estate drawn with its team',
    authScopes: { official: true },
    args: { input: t.arg({ type: DrawInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const campaign = await ctx.em.findOne(CampaignEntity, { id: input.campaignId });
      if (!campaign) throw WuyeError.badInput('input.campaignId', `no campaign ${input.campaignId}`);
      requireAdministers(ctx.viewer, campaign.regionCode, 'draw inspections');
      if (campaign.kind !== 'RANDOM_DRAW') throw WuyeError.badInput('input.campaignId', `campaign ${campaign.id} is ${campaign.kind}: only 双随机 (RANDOM_DRAW) campaigns are drawn`);
      if (await ctx.em.findOne(DrawEntity, { campaignId: campaign.id })) throw WuyeError.conflict(`Campaign ${campaign.id} has been drawn already: a check is drawn once.`);
      const prefix = `${regionPrefix(campaign.regionCode)}%`;

      // the eligible list, with registry's word on who serves each estate now
      const given = input.estateIds ? [...new Set(input.estateIds)] : null;
      const candidates =
        given ??
        (
          await sql<{ estate_id: string }>(
            ctx.em,
            `select ro.estate_id from ${S}.estate_roster ro where ro.region_code like ? and ro.company_id is not null
             ${input.excludeSampledSince ? `and not exists (select 1 from ${S}.inspection i join ${S}.campaign c on c.id = i.campaign_id where i.estate_id = ro.estate_id and c.kind = 'RANDOM_DRAW' and c.starts_on >= ?::date)` : ''}
             order by ro.estate_id`,
            [prefix, ...(input.excludeSampledSince ? [input.excludeSampledSince] : [])],
          )
        ).map((r) => r.estate_id);
      if (candidates.length === 0) throw WuyeError.badInput('input.estateIds', `no eligible estates in ${campaign.regionCode}`);
      const facts = await refreshEstates(ctx, candidates, 'input.estateIds');
      const outside = facts.find((f) => !isWithin(f.regionCode, campaign.regionCode));
      if (given && outside) throw WuyeError.badInput('input.estateIds', `estate ${outside.estateId} lies in ${outside.regionCode}, outside the campaign's region ${campaign.regionCode}`);
      const eligible = facts.filter((f) => isWithin(f.regionCode, campaign.regionCode) && (given !== null || f.companyId !== null));

      // the pool, with the ties recorded now
      const inspectors = input.inspectorIds
        ? await ctx.em.find(InspectorEntity, { id: { $in: [...new Set(input.inspectorIds)] } })
        : await ctx.em.find(InspectorEntity, { regionCode: { $like: prefix }, active: true });
      if (input.inspectorIds) {
        const known = new Set(inspectors.map((i) => i.id));
        const unknown = input.inspectorIds.find((id) => !known.has(id));
        if (unknown) throw WuyeError.badInput('input.inspectorIds', `no inspector ${unknown}`);
        const unfit = inspectors.find((i) => !i.active || !(isWithin(i.regionCode, campaign.regionCode) || isWithin(campaign.regionCode, i.regionCode)));
        if (unfit) throw WuyeError.badInput('input.inspectorIds', `inspector ${unfit.id} ${unfit.active ? `belongs to ${unfit.regionCode}, which neither contains nor lies in ${campaign.regionCode}` : 'is no longer active'}`);
      }
      if (inspectors.length === 0) throw WuyeError.badInput('input.inspectorIds', `no active inspectors in ${campaign.regionCode}'s pools`);
      const ties = await sql<{ inspector_id: string; company_id: string }>(ctx.em, `select inspector_id, company_id from ${S}.inspector_tie where inspector_id = any(?::text[])`, [inspectors.map((i) => i.id)]);

      const inputs: DrawInputs = canonicalInputs({
        algorithm: DRAW_ALGORITHM,
        seed: input.seed ?? randomBytes(16).toString('hex'),
        estateCount: input.estateCount,
        inspectorCount: input.inspectorCount,
        teamSize: input.teamSize ?? DEFAULT_TEAM_SIZE,
        eligible: eligible.map((f) => ({ estateId: f.estateId, companyId: f.companyId })),
        pool: inspectors.map((i) => ({ inspectorId: i.id, companyIds: ties.filter((t) => t.inspector_id === i.id).map((t) => t.company_id) })),
      });
      let result: DrawResult;
      try {
        result = runDraw(inputs);
      } catch (error) {
        if (!(error instanceof DrawError)) throw error;
        if (error.reason === 'NO_VALID_ASSIGNMENT') throw WuyeError.conflict(error.message);
        throw WuyeError.badInput(`input.${error.field === 'eligible' ? 'estateIds' : error.field === 'pool' ? 'inspectorIds' : error.field}`, error.message);
      }

      const region = new Map(eligible.map((f) => [f.estateId, f]));
      const drawId = await ctx.em.transactional(async (em) => {
        const id = await nextId(em, 'draw');
        em.create(DrawEntity, {
          id,
          campaignId: campaign.id,
          algorithm: inputs.algorithm,
          seed: inputs.seed,
          drawnAt: ctx.now,
          estateCount: inputs.estateCount,
          inspectorCount: inputs.inspectorCount,
          teamSize: inputs.teamSize,
          eligible: inputs.eligible,
          pool: inputs.pool,
          result,
          inputsDigest: digest(inputs),
          resultDigest: digest(result),
          drawnBy: ctx.viewer.subject,
        });
        await em.flush();
        const inspectionIds = await nextIds(em, 'inspection', result.assignments.length);
        await sql(
          em,
          `insert into ${S}.inspection (id, campaign_id, draw_id, estate_id, region_code, company_id, conducted_on)
           select u.id, ?, ?, u.estate, u.region, u.company, null from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(id, estate, region, company)`,
          [campaign.id, id, inspectionIds, result.estateIds, result.estateIds.map((e) => region.get(e)!.regionCode), result.estateIds.map((e) => region.get(e)!.companyId)],
        );
        const team = result.assignments.flatMap((a, k) => a.inspectorIds.map((inspector) => [inspectionIds[k]!, inspector] as const));
        await sql(em, `insert into ${S}.inspection_inspector (inspection_id, inspector_id) select * from unnest(?::text[], ?::text[])`, [team.map(([i]) => i), team.map(([, p]) => p)]);
        return id;
      });
      return (await drawById(ctx).load(drawId))!;
    },
  }),
}));
