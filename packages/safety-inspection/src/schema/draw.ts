// 双随机抽取 — a recorded draw: seed, inputs and result, published with the campaign's results so that
// anyone can re-run it (the algorithm is in src/draw/draw.ts and the README); `verification` re-runs
// it here from the recorded inputs and says whether it gives the recorded result.
import { administers, defineLoader, sql } from '@wuye/kit';
import { canonicalInputs, canonicalJson, digest, verifyDraw, type DrawAssignment, type DrawInputs, type DrawResult, type DrawVerification } from '../draw/draw.js';
import { S, seesResults } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { EstateRef } from './core-entities.js';
import { InspectorRef, loadInspectors } from './inspector.js';
import { CampaignRef, DRAW_COLUMNS, DrawRef, type DrawRow } from './refs.js';

const visibleDraws = (ctx: SafetyContext, rows: DrawRow[]) =>
  rows.filter((d) => seesResults(ctx, { regionCode: d.campaignRegionCode, resultsPublishedOn: d.campaignPublishedOn }));

export const drawById = defineLoader<string, DrawRow | null, SafetyContext>(async (ids, ctx) => {
  const rows = visibleDraws(ctx, await sql<DrawRow>(ctx.em, `select ${DRAW_COLUMNS} from ${S}.draw d join ${S}.campaign c on c.id = d.campaign_id where d.id = any(?::text[])`, [ids]));
  const byId = new Map(rows.map((d) => [d.id, d]));
  return ids.map((id) => byId.get(id) ?? null);
});

export const drawOfCampaign = defineLoader<string, DrawRow | null, SafetyContext>(async (ids, ctx) => {
  const rows = visibleDraws(ctx, await sql<DrawRow>(ctx.em, `select ${DRAW_COLUMNS} from ${S}.draw d join ${S}.campaign c on c.id = d.campaign_id where d.campaign_id = any(?::text[])`, [ids]));
  const byCampaign = new Map(rows.map((d) => [d.campaignId, d]));
  return ids.map((id) => byCampaign.get(id) ?? null);
});

/** the inputs exactly as recorded */
export const recordedInputs = (d: DrawRow): DrawInputs => ({
  algorithm: d.algorithm,
  seed: d.seed,
  estateCount: d.estateCount,
  inspectorCount: d.inspectorCount,
  teamSize: d.teamSize,
  eligible: d.eligible,
  pool: d.pool,
});

interface Verification extends DrawVerification {
  draw: DrawRow;
}

export function verification(draw: DrawRow): Verification {
  const inputs = recordedInputs(draw);
  // inputs not in canonical order would not be the ones the algorithm ran on
  const canonical = digest(canonicalInputs(inputs)) === digest(inputs);
  const result = verifyDraw(inputs, draw.result);
  return { ...result, matches: result.matches && canonical && digest(inputs) === draw.inputsDigest && digest(draw.result) === draw.resultDigest, draw };
}

const AssignmentRef = builder.objectRef<DrawAssignment>('SafetyDrawAssignment').implement({
  description: '检查组分配 — the inspectors a drawn estate got, none tied to its company (回避)',
  fields: (t) => ({
    estate: t.field({ type: EstateRef, description: '抽中小区', resolve: (a) => ({ id: a.estateId }) }),
    inspectors: t.field({ type: [InspectorRef], description: '检查组 — in the order assigned', resolve: (a, _args, ctx) => loadInspectors(ctx, a.inspectorIds) }),
  }),
});

const VerificationRef = builder.objectRef<Verification>('SafetyDrawVerification').implement({
  description: '抽取复核 — a past draw re-run from its recorded inputs',
  fields: (t) => ({
    matches: t.exposeBoolean('matches', { description: '是否一致 — the re-run gives the recorded result, and the recorded digests match the recorded inputs and result' }),
    algorithm: t.string({ description: '算法版本 — the algorithm the inputs name', resolve: (v) => v.draw.algorithm }),
    inputsDigest: t.string({ description: '输入摘要 — SHA-256 of the recorded inputs, recomputed', resolve: (v) => digest(recordedInputs(v.draw)) }),
    recordedResultDigest: t.string({ description: '记录结果摘要 — SHA-256 of the recorded result, recomputed', resolve: (v) => digest(v.draw.result) }),
    recomputedResultDigest: t.string({ nullable: true, description: '复核结果摘要 — SHA-256 of the re-run\'s result', resolve: (v) => (v.recomputed ? digest(v.recomputed) : null) }),
    recomputedEstates: t.field({ type: [EstateRef], description: '复核抽中小区 — the estates the re-run picks, in order', resolve: (v) => (v.recomputed?.estateIds ?? []).map((id) => ({ id })) }),
    problem: t.string({ nullable: true, description: '问题 — why the recorded inputs could not be re-run', resolve: (v) => v.problem }),
  }),
});

DrawRef.implement({
  description: '双随机抽取 — a draw of N estates from the eligible list and M inspectors from the pool, with 回避; its seed, inputs and result are recorded so that anyone can re-run it',
  fields: (t) => ({
    id: t.exposeID('id'),
    campaign: t.field({ type: CampaignRef, description: '检查行动', resolve: (d) => d.campaignId }),
    algorithm: t.exposeString('algorithm', { description: '算法版本 — e.g. wuye-draw/1 (SHA-256 counter stream, partial Fisher–Yates, least-loaded 回避 assignment)' }),
    seed: t.exposeString('seed', { description: '随机种子 — the seed the picks derive from' }),
    drawnAt: t.field({ type: 'DateTime', description: '抽取时间', resolve: (d) => d.drawnAt }),
    drawnBy: t.string({ nullable: true, description: '抽取人 — who ran it; null unless you are an official over the campaign\'s region', resolve: (d, _args, ctx) => (administers(ctx.viewer, d.campaignRegionCode) ? d.drawnBy : null) }),
    estateCount: t.exposeInt('estateCount', { description: '抽取小区数 N' }),
    inspectorCount: t.exposeInt('inspectorCount', { description: '抽取执法人员数 M' }),
    teamSize: t.exposeInt('teamSize', { description: '每组人数 — inspectors per estate' }),
    eligibleCount: t.int({ description: '检查对象名录 — estates on the eligible list', resolve: (d) => d.eligible.length }),
    poolSize: t.int({ description: '执法人员名录 — inspectors in the pool', resolve: (d) => d.pool.length }),
    estates: t.field({ type: [EstateRef], description: '抽中小区 — the estates drawn, in the order drawn', resolve: (d) => (d.result as DrawResult).estateIds.map((id) => ({ id })) }),
    inspectors: t.field({
      type: [InspectorRef],
      description: '抽中执法人员 — the inspectors drawn, in the order drawn',
      resolve: (d, _args, ctx) => loadInspectors(ctx, d.result.inspectorIds),
    }),
    assignments: t.field({ type: [AssignmentRef], description: '检查组 — each estate\'s inspectors', resolve: (d) => d.result.assignments }),
    inputsDigest: t.exposeString('inputsDigest', { description: '输入摘要 — SHA-256 of the recorded inputs (canonical JSON), published at the draw' }),
    resultDigest: t.exposeString('resultDigest', { description: '结果摘要 — SHA-256 of the recorded result (canonical JSON)' }),
    recordedInputs: t.string({ description: "抽取输入 — the inputs as canonical JSON (keys sorted; seed, N, M, team size, sorted eligible list with companies, sorted pool with ties): re-run them with the published algorithm; inputsDigest is its SHA-256", resolve: (d) => canonicalJson(recordedInputs(d)) }),
    recordedResult: t.string({ description: "抽取结果 — the result as canonical JSON; resultDigest is its SHA-256", resolve: (d) => canonicalJson(d.result) }),
    verification: t.field({ type: VerificationRef, description: '复核 — re-run now from the recorded inputs', resolve: (d) => verification(d) }),
  }),
});

builder.queryFields((t) => ({
  safetyDraw: t.field({
    type: DrawRef,
    nullable: true,
    description: '双随机抽取 — a draw by id (null when unknown or its results are not visible to you)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => drawById(ctx).load(id),
  }),
  verifySafetyDraw: t.field({
    type: VerificationRef,
    nullable: true,
    description: '复核抽取 — re-runs a past draw from its recorded inputs and says whether it gives the recorded result (null when unknown or not visible to you)',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const draw = await drawById(ctx).load(id);
      return draw ? verification(draw) : null;
    },
  }),
}));
