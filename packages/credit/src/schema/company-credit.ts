// PropertyCompany.credit — a company's credit: the live score, grade and explanation for a year and its
// event history (officials over it and the company itself), and its published annual results (everyone).
// Every per-company field goes through a DataLoader: a list of 800 companies costs one statement each.
import { WuyeError } from '@wuye/kit';
import { explainScore, type ExplanationLine } from '../scoring/explain.js';
import { chinaYear } from '../time.js';
import { seesLive } from '../visibility.js';
import { builder, type CreditContext } from './builder.js';
import { CompanyRef } from './core-entities.js';
import { LineKindEnum } from './enums.js';
import { CreditEventRef, eventsConnection } from './event.js';
import { companyCopy, eventsOfYear, liveScore, publishedResults, ruleSetOfYear, type ResultRow } from './loaders.js';

const LineRef = builder.objectRef<ExplanationLine>('CreditExplanationLine').implement({
  description: '评分说明行 — one line of a score\'s explanation; the lines of an explanation add up to the score exactly',
  fields: (t) => ({
    kind: t.field({ type: LineKindEnum, description: '类别', resolve: (l) => l.kind }),
    item: t.exposeString('item', { nullable: true, description: '评价项 — the indicator, bonus or penalty the line belongs to' }),
    eventId: t.exposeID('eventId', { nullable: true, description: '评价记录编号 — the credit event (EVENT lines)' }),
    rawPoints: t.field({ type: 'Decimal', nullable: true, description: '原始分值 — the event\'s points as recorded', resolve: (l) => l.rawPoints }),
    weight: t.field({ type: 'Decimal', nullable: true, description: '权重 — the indicator\'s multiplier', resolve: (l) => l.weight }),
    points: t.field({ type: 'Decimal', description: '计分 — what the line adds to the score (exact)', resolve: (l) => l.points }),
    note: t.exposeString('note', { description: '说明' }),
  }),
});

interface ScoreView {
  companyId: string;
  year: number;
  /** the events the score counted */
  eventIds: readonly string[];
}

/**
 * The lines of exactly the events the score counted: an event recorded between the score's statement and
 * the events' would otherwise make the lines add up to another score. The events are read after the score,
 * so they include every counted one; a list read before it (primed by another field) is read again.
 */
async function explained(ctx: CreditContext, s: ScoreView) {
  const key = `${s.companyId}|${s.year}`;
  const counted = new Set(s.eventIds);
  const [rules, first] = await Promise.all([ruleSetOfYear(ctx).load(s.year), eventsOfYear(ctx).load(key)]);
  const events = first.filter((e) => counted.has(e.id)).length === counted.size ? first : await eventsOfYear(ctx).clear(key).load(key);
  return explainScore(rules!.document, events.filter((e) => counted.has(e.id)));
}

const ScoreRef = builder.objectRef<ScoreView & { score: string; grade: string; deductions: string; ruleYear: number; ruleVersion: number }>('CreditScore').implement({
  description: '实时信用得分 — a company\'s live score for a year, from its events by the rule set in force',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '评价年度' }),
    ruleSetYear: t.exposeInt('ruleYear', { description: '规则年度' }),
    ruleSetVersion: t.exposeInt('ruleVersion', { description: '规则版本 — the version in force' }),
    score: t.field({ type: 'Decimal', description: '得分 — exact, two decimals', resolve: (s) => s.score }),
    grade: t.exposeString('grade', { description: '信用等级 — e.g. AAA, AA, A, B, C' }),
    deductions: t.field({ type: 'Decimal', description: '扣分合计 — the absolute sum of all negative raw points (the ranking\'s first tie-breaker)', resolve: (s) => s.deductions }),
    explanation: t.field({ type: [LineRef], description: '评分说明 — base, one line per event (raw and weighted), and every rounding, cap and floor', resolve: async (s, _a, ctx) => (await explained(ctx, s)).lines }),
  }),
});

export const ResultRef = builder.objectRef<ResultRow>('CreditEvaluationResult').implement({
  description: '年度评价结果 — a company\'s frozen, published result in one version of a year\'s evaluation',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '评价年度' }),
    version: t.exposeInt('version', { description: '版本 — 1, then one per correction' }),
    company: t.field({ type: CompanyRef, description: '物业服务企业', resolve: (r) => ({ id: r.companyId }) }),
    score: t.field({ type: 'Decimal', description: '得分', resolve: (r) => r.score }),
    grade: t.exposeString('grade', { description: '信用等级' }),
    deductions: t.field({ type: 'Decimal', description: '扣分合计', resolve: (r) => r.deductions }),
    provinceRank: t.exposeInt('provinceRank', { description: '全省排名 — by score desc, deductions asc, company id asc (never tied)' }),
    cityCode: t.field({ type: 'RegionCode', nullable: true, description: '所在设区市 — the city of the registered county', resolve: (r) => r.cityCode }),
    cityRank: t.exposeInt('cityRank', { nullable: true, description: '全市排名 — the same order within the city' }),
    reason: t.exposeString('reason', { nullable: true, description: '更正原因 — why this version corrected the previous one' }),
    publishedAt: t.field({ type: 'DateTime', description: '公布时间', resolve: (r) => r.publishedAt }),
  }),
});

/** Throws FORBIDDEN unless the viewer may see the company's live credit. */
async function requireLive(ctx: CreditContext, companyId: string): Promise<void> {
  if (ctx.viewer.role === 'PUBLIC' || ctx.viewer.role === 'OWNER') throw WuyeError.forbidden('Live credit scores are for officials and the company itself; see the published results (results).');
  if (!seesLive(ctx.viewer, companyId, await companyCopy(ctx).load(companyId))) {
    throw WuyeError.forbidden(ctx.viewer.role === 'COMPANY' ? `You see your own company's live credit only, not ${companyId}'s.` : `Company ${companyId} is neither registered nor serving an estate in your region ${ctx.viewer.region}.`);
  }
}

const yearArg = (ctx: CreditContext, year: number | null | undefined): number => {
  const y = year ?? chinaYear(ctx.now);
  if (!Number.isInteger(y) || y < 2000 || y > 2099) throw WuyeError.badInput('year', 'must lie between 2000 and 2099');
  return y;
};

const CompanyCreditRef = builder.objectRef<{ id: string }>('CompanyCredit').implement({
  description: '企业信用 — a property company\'s credit evaluation',
  fields: (t) => ({
    live: t.field({
      type: ScoreRef,
      nullable: true,
      description: '实时得分 — the live score, grade and explanation for a year (default: this year); officials over the company and the company itself; null when no rule set is in force for the year',
      args: { year: t.arg.int({ description: '评价年度' }) },
      resolve: async (c, args, ctx) => {
        const year = yearArg(ctx, args.year);
        await requireLive(ctx, c.id);
        const s = await liveScore(ctx).load(`${c.id}|${year}`);
        if (s.score === null || s.grade === null || s.ruleYear === null || s.ruleVersion === null) return null;
        return { companyId: c.id, year, score: s.score, grade: s.grade, deductions: s.deductions, ruleYear: s.ruleYear, ruleVersion: s.ruleVersion, eventIds: s.eventIds };
      },
    }),
    events: t.connection(
      {
        type: CreditEventRef,
        description: '评价记录 — its credit events, newest first (officials over the company and the company itself)',
        args: { year: t.arg.int({ description: '评价年度 — default: all years' }) },
        resolve: async (c, args, ctx) => {
          await requireLive(ctx, c.id);
          return eventsConnection(ctx, c.id, args.year == null ? null : yearArg(ctx, args.year), args);
        },
      },
      { name: 'CreditEventConnection', description: '评价记录列表 — a page of credit events' },
      { name: 'CreditEventEdge', description: '评价记录 — a credit event in the list' },
    ),
    results: t.field({
      type: [ResultRef],
      description: '年度评价结果 — its published results, newest year and version first (everyone)',
      args: { year: t.arg.int({ description: '只看该年度' }) },
      resolve: async (c, args, ctx) => (await publishedResults(ctx).load(c.id)).filter((r) => args.year == null || r.year === args.year),
    }),
    result: t.field({
      type: ResultRef,
      nullable: true,
      description: '最新公布结果 — the latest published version of a year\'s result (default: the latest year published)',
      args: { year: t.arg.int({ description: '评价年度' }) },
      resolve: async (c, args, ctx) => (await publishedResults(ctx).load(c.id)).find((r) => args.year == null || r.year === args.year) ?? null,
    }),
  }),
});

CompanyRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    credit: t.field({ type: CompanyCreditRef, description: '企业信用 — the company\'s credit evaluation: live score and explanation, events, published results', resolve: (c) => ({ id: c.id }) }),
  }),
});
