// 年度评价 — the evaluations of a year (versions), the ranking of a published version, and the mutations
// that close, publish and correct a year (province officials).
import { chinaDate, isOfficial, keysetConnection, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { closeYear, correctEvaluation, publishEvaluation, type EvaluationRow } from '../evaluation.js';
import { chinaYear, iso } from '../time.js';
import { builder, type CreditContext } from './builder.js';
import { EvaluationStatusEnum } from './enums.js';
import { RESULT_COLUMNS, toResult } from './loaders.js';
import { ResultRef } from './company-credit.js';

const EVALUATION_COLUMNS = `year, version, status, reason, rule_year as "ruleYear", rule_version as "ruleVersion", companies, ${iso('closed_at')} as "closedAt", ${iso('published_at')} as "publishedAt"`;
const toEvaluation = (r: Record<string, unknown>): EvaluationRow => ({ ...(r as unknown as EvaluationRow), closedAt: new Date(r.closedAt as string), publishedAt: r.publishedAt ? new Date(r.publishedAt as string) : null });

export const EvaluationRef = builder.objectRef<EvaluationRow>('CreditEvaluation').implement({
  description: '年度评价 — one version of a year\'s frozen evaluation: closed, then published; never changed after',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '评价年度' }),
    version: t.exposeInt('version', { description: '版本 — 1, then one per correction' }),
    status: t.field({ type: EvaluationStatusEnum, description: '状态', resolve: (e) => e.status }),
    reason: t.exposeString('reason', { nullable: true, description: '更正原因 — null for version 1' }),
    ruleSetYear: t.exposeInt('ruleYear', { description: '规则年度 — the rule set it was computed by' }),
    ruleSetVersion: t.exposeInt('ruleVersion', { description: '规则版本' }),
    companies: t.exposeInt('companies', { description: '参评企业 — companies evaluated' }),
    closedAt: t.field({ type: 'DateTime', description: '关账时间 — when the results were frozen', resolve: (e) => e.closedAt }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, description: '公布时间', resolve: (e) => e.publishedAt }),
  }),
});

/** the published version to read: the one asked for, or the latest; null when none is published */
async function publishedVersion(ctx: CreditContext, year: number, version: number | null | undefined): Promise<EvaluationRow | null> {
  const [row] = await sql(
    ctx.em,
    `select ${EVALUATION_COLUMNS} from credit.evaluation where year = ? and status = 'PUBLISHED' and published_at <= ? ${version == null ? '' : 'and version = ?'} order by version desc limit 1`,
    [year, ctx.now, ...(version == null ? [] : [version])],
  );
  return row ? toEvaluation(row) : null;
}

interface RankingView {
  evaluation: EvaluationRow;
  cityCode: string | null;
}

const RankingRef = builder.objectRef<RankingView>('CreditRanking').implement({
  description: '信用排名 — a published evaluation\'s companies in rank order (the province, or one city); ties never occur: score desc, deductions asc, company id asc',
  fields: (t) => ({
    evaluation: t.field({ type: EvaluationRef, description: '年度评价 — the version ranked', resolve: (r) => r.evaluation }),
    cityCode: t.field({ type: 'RegionCode', nullable: true, description: '设区市 — null: the whole province', resolve: (r) => r.cityCode }),
    entries: t.connection(
      {
        type: ResultRef,
        description: '排名 — results in rank order (city rank within a city, else province rank)',
        resolve: (r, args, ctx) => {
          const rank = r.cityCode ? 'r.city_rank' : 'r.province_rank';
          const where = `r.year = ? and r.version = ? ${r.cityCode ? 'and r.city_code = ?' : ''}`;
          const params = [r.evaluation.year, r.evaluation.version, ...(r.cityCode ? [r.cityCode] : [])];
          return keysetConnection(
            args,
            async ({ after, limit }) =>
              (await sql(ctx.em, `select ${RESULT_COLUMNS} from credit.evaluation_result r join credit.evaluation v using (year, version) where ${where} ${after ? `and ${rank} > ?` : ''} order by ${rank} limit ?`, [...params, ...(after ? [Number(after[0])] : []), limit])).map(toResult),
            (x) => [r.cityCode ? x.cityRank! : x.provinceRank],
            async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from credit.evaluation_result r where ${where}`, params))[0]!.n,
          );
        },
      },
      { name: 'CreditRankingConnection', description: '排名列表 — a page of the ranking' },
      { name: 'CreditRankingEdge', description: '排名 — a company\'s place' },
    ),
  }),
});

const year = z.number().int().min(2000, 'must lie between 2000 and 2099').max(2099, 'must lie between 2000 and 2099');

builder.queryFields((t) => ({
  creditEvaluations: t.field({
    type: [EvaluationRef],
    description: '年度评价 — the versions of a year\'s evaluation (officials: closed ones too; everyone else: published ones)',
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args, ctx) => {
      const all = isOfficial(ctx.viewer) || ctx.viewer.role === 'SERVICE';
      return (await sql(ctx.em, `select ${EVALUATION_COLUMNS} from credit.evaluation where year = ? ${all ? '' : `and status = 'PUBLISHED' and published_at <= ?`} order by version`, [args.year, ...(all ? [] : [ctx.now])])).map(toEvaluation);
    },
  }),
  creditRanking: t.field({
    type: RankingRef,
    nullable: true,
    description: '信用排名 — the ranking of a published evaluation (default: its latest version), province-wide or within a city; null while none is published',
    args: {
      year: t.arg.int({ required: true, validate: year }),
      cityCode: t.arg({ type: 'RegionCode', description: '设区市 — rank within this city (its registered companies)' }),
      version: t.arg.int({ description: '版本 — default: the latest published' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.cityCode && !/^35\d{2}00$/.test(args.cityCode)) throw WuyeError.badInput('cityCode', 'must be a city of the province, e.g. 350200');
      const evaluation = await publishedVersion(ctx, args.year, args.version);
      if (!evaluation && args.version != null) throw WuyeError.notFound(`Published credit evaluation ${args.year} version`, String(args.version));
      return evaluation ? { evaluation, cityCode: args.cityCode ?? null } : null;
    },
  }),
}));

const actorOf = (ctx: CreditContext) => ctx.viewer.subject ?? ctx.viewer.role;

async function evaluationOf(ctx: CreditContext, y: number, version: number): Promise<EvaluationRow> {
  const [row] = await sql(ctx.em, `select ${EVALUATION_COLUMNS} from credit.evaluation where year = ? and version = ?`, [y, version]);
  return toEvaluation(row!);
}

builder.mutationFields((t) => ({
  closeCreditYear: t.field({
    type: EvaluationRef,
    description: '年度关账 — freeze every company\'s score, grade and ranks of an ended year as version 1 (province officials); afterwards officials cannot record events dated in it',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args, ctx) => {
      if (args.year >= chinaYear(ctx.now)) throw WuyeError.badInput('year', `${args.year} has not ended yet (today is ${chinaDate(ctx.now)})`);
      await ctx.em.transactional((em) => closeYear(em, args.year, actorOf(ctx), ctx.now));
      return evaluationOf(ctx, args.year, 1);
    },
  }),
  publishCreditEvaluation: t.field({
    type: EvaluationRef,
    description: '公布年度评价 — make the year\'s closed version public (province officials); published results never change',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args, ctx) => {
      const version = await ctx.em.transactional((em) => publishEvaluation(em, args.year, actorOf(ctx), ctx.now));
      return evaluationOf(ctx, args.year, version);
    },
  }),
  correctCreditEvaluation: t.field({
    type: EvaluationRef,
    description: '更正年度评价 — publish a new version recomputed from the current events, with the reason (province officials); earlier versions stay as they were',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: {
      year: t.arg.int({ required: true, validate: year }),
      reason: t.arg.string({ required: true, description: '更正原因', validate: z.string().trim().min(4, 'say why (at least 4 characters)').max(200) }),
    },
    resolve: async (_root, args, ctx) => {
      const version = await ctx.em.transactional((em) => correctEvaluation(em, args.year, args.reason.trim(), actorOf(ctx), ctx.now));
      return evaluationOf(ctx, args.year, version);
    },
  }),
}));
