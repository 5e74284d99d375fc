// 评价规则 — rule sets by year and version: province officials write drafts (a JSON document validated by
// ../rules/document.ts) and publish them; a published version is never edited (CONFLICT) and the highest
// published version of a year is the one in force.
import { isOfficial, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { parseRuleSet, type RuleSetDocument } from '../rules/document.js';
import { RULE_SET_COLUMNS, toRuleSet, type RuleSetRow } from '../rules/store.js';
import { builder, type CreditContext } from './builder.js';
import { RuleSetStatusEnum } from './enums.js';

type Doc = RuleSetDocument;
const IndicatorRuleRef = builder.objectRef<Doc['indicators'][number]>('CreditIndicatorRule').implement({
  description: '指标规则 — an indicator\'s weight, and the floor and cap of its weighted total',
  fields: (t) => ({
    code: t.exposeString('code', { description: '指标 — a CreditIndicator' }),
    name: t.exposeString('name', { description: '名称' }),
    weight: t.field({ type: 'Decimal', description: '权重 — multiplier of the raw points', resolve: (i) => i.weight }),
    floor: t.field({ type: 'Decimal', description: '扣分下限 — the lowest the indicator can count', resolve: (i) => i.floor }),
    cap: t.field({ type: 'Decimal', description: '加分上限 — the most the indicator can count', resolve: (i) => i.cap }),
  }),
});
const BonusRuleRef = builder.objectRef<Doc['bonuses'][number]>('CreditBonusRule').implement({
  description: '加分项规则 — points per bonus and its cap',
  fields: (t) => ({
    code: t.exposeString('code', { description: '加分项 — a CreditBonus' }),
    name: t.exposeString('name', { description: '名称' }),
    points: t.field({ type: 'Decimal', description: '分值', resolve: (b) => b.points }),
    cap: t.field({ type: 'Decimal', description: '单项上限', resolve: (b) => b.cap }),
  }),
});
const PenaltyRuleRef = builder.objectRef<Doc['penalties'][number]>('CreditPenaltyRule').implement({
  description: '扣分项规则 — a fixed deduction',
  fields: (t) => ({
    code: t.exposeString('code', { description: '扣分项代码' }),
    name: t.exposeString('name', { description: '名称' }),
    points: t.field({ type: 'Decimal', description: '分值 — negative', resolve: (p) => p.points }),
  }),
});
const GradeRuleRef = builder.objectRef<Doc['grades'][number]>('CreditGradeRule').implement({
  description: '等级标准 — the lowest score of a grade',
  fields: (t) => ({
    grade: t.exposeString('grade', { description: '信用等级' }),
    minScore: t.field({ type: 'Decimal', description: '最低分 — a score below every threshold gets the last grade', resolve: (g) => g.minScore }),
  }),
});

export const RuleSetRef = builder.objectRef<RuleSetRow>('CreditRuleSet').implement({
  description: '评价规则 — one version of a year\'s credit rule set',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    version: t.exposeInt('version', { description: '版本' }),
    status: t.field({ type: RuleSetStatusEnum, description: '状态', resolve: (r) => r.status }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
    createdAt: t.field({ type: 'DateTime', description: '创建时间', resolve: (r) => r.createdAt }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, description: '发布时间', resolve: (r) => r.publishedAt }),
    baseScore: t.field({ type: 'Decimal', description: '基础分', resolve: (r) => r.document.baseScore }),
    indicators: t.field({ type: [IndicatorRuleRef], description: '评价指标', resolve: (r) => r.document.indicators }),
    bonuses: t.field({ type: [BonusRuleRef], description: '加分项', resolve: (r) => r.document.bonuses }),
    bonusCap: t.field({ type: 'Decimal', description: '加分合计上限', resolve: (r) => r.document.bonusCap }),
    penalties: t.field({ type: [PenaltyRuleRef], description: '扣分项', resolve: (r) => r.document.penalties }),
    grades: t.field({ type: [GradeRuleRef], description: '等级标准 — from the highest grade down', resolve: (r) => r.document.grades }),
    document: t.string({ description: '规则文档 — the whole document as JSON (the shape createCreditRuleSet takes)', resolve: (r) => JSON.stringify(r.document) }),
  }),
});

const year = z.number().int().min(2000, 'must lie between 2000 and 2099').max(2099, 'must lie between 2000 and 2099');
const note = z.string().trim().max(200);

function parseDocument(text: string): Doc {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw WuyeError.badInput('input.document', 'is not JSON');
  }
  const parsed = parseRuleSet(json);
  if (!parsed.ok) throw WuyeError.badInput(`input.document${parsed.path ? `.${parsed.path}` : ''}`, parsed.message);
  return parsed.document;
}

async function ruleSet(ctx: CreditContext, y: number, version: number): Promise<RuleSetRow | null> {
  const [row] = await sql(ctx.em, `select ${RULE_SET_COLUMNS} from credit.rule_set where year = ? and version = ?`, [y, version]);
  return row ? toRuleSet(row) : null;
}

const seesDrafts = (ctx: CreditContext) => isOfficial(ctx.viewer) || ctx.viewer.role === 'SERVICE';
const actorOf = (ctx: CreditContext) => ctx.viewer.subject ?? ctx.viewer.role;

builder.queryFields((t) => ({
  creditRuleSets: t.field({
    type: [RuleSetRef],
    description: '评价规则 — rule sets, newest year and version first (drafts: officials only)',
    args: { year: t.arg.int({ description: '只看该年度', validate: year }) },
    resolve: async (_root, args, ctx) =>
      (await sql(ctx.em, `select ${RULE_SET_COLUMNS} from credit.rule_set where (?::int is null or year = ?) ${seesDrafts(ctx) ? '' : `and status = 'PUBLISHED'`} order by year desc, version desc`, [args.year ?? null, args.year ?? null])).map(toRuleSet),
  }),
  creditRuleSetInForce: t.field({
    type: RuleSetRef,
    nullable: true,
    description: '现行规则 — the rule set in force for a year: its highest published version',
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args, ctx) => {
      const [row] = await sql(ctx.em, `select ${RULE_SET_COLUMNS} from credit.rule_set where year = ? and status = 'PUBLISHED' order by version desc limit 1`, [args.year]);
      return row ? toRuleSet(row) : null;
    },
  }),
}));

const CreateInput = builder.inputType('CreateCreditRuleSetInput', {
  description: '新建评价规则 — a draft: the next version of the year',
  fields: (t) => ({
    year: t.int({ required: true, description: '年度', validate: year }),
    document: t.string({ required: true, description: '规则文档 — JSON: baseScore, indicators, bonuses, bonusCap, penalties, grades, officialPoints, opinionPoints, eventPoints (see CreditRuleSet.document)' }),
    note: t.string({ description: '说明', validate: note }),
  }),
});

const UpdateInput = builder.inputType('UpdateCreditRuleSetInput', {
  description: '修改评价规则草稿 — replace a draft\'s document (a published version is never edited)',
  fields: (t) => ({
    year: t.int({ required: true, description: '年度', validate: year }),
    version: t.int({ required: true, description: '版本' }),
    document: t.string({ required: true, description: '规则文档 — JSON' }),
    note: t.string({ description: '说明', validate: note }),
  }),
});

builder.mutationFields((t) => ({
  createCreditRuleSet: t.field({
    type: RuleSetRef,
    description: '新建评价规则 — a draft rule set: the next version of its year (province officials)',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const document = parseDocument(input.document);
      const [row] = await ctx.em.transactional(async (em) => {
        await sql(em, `select pg_advisory_xact_lock(hashtext('credit.rule_set'), ?)`, [input.year]);
        return sql<{ version: number }>(
          em,
          `insert into credit.rule_set (year, version, status, document, note, created_at, created_by) select ?, coalesce(max(version), 0) + 1, 'DRAFT', ?::jsonb, ?, ?, ? from credit.rule_set where year = ? returning version`,
          [input.year, JSON.stringify(document), input.note?.trim() || null, ctx.now, actorOf(ctx), input.year],
        );
      });
      return (await ruleSet(ctx, input.year, row!.version))!;
    },
  }),
  updateCreditRuleSet: t.field({
    type: RuleSetRef,
    description: '修改评价规则草稿 — replace a draft\'s document (CONFLICT once published: publish a new version instead)',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const existing = await ruleSet(ctx, input.year, input.version);
      if (!existing) throw WuyeError.notFound('Credit rule set', `${input.year}/${input.version}`);
      if (existing.status === 'PUBLISHED') throw WuyeError.conflict(`Rule set ${input.year}/${input.version} is published and never changes: create a new version.`);
      const document = parseDocument(input.document);
      const updated = await sql(ctx.em, `update credit.rule_set set document = ?::jsonb, note = coalesce(?, note) where year = ? and version = ? and status = 'DRAFT' returning version`, [JSON.stringify(document), input.note?.trim() || null, input.year, input.version]);
      if (!updated.length) throw WuyeError.conflict(`Rule set ${input.year}/${input.version} was published meanwhile.`);
      return (await ruleSet(ctx, input.year, input.version))!;
    },
  }),
  publishCreditRuleSet: t.field({
    type: RuleSetRef,
    description: '发布评价规则 — a draft becomes published and, as the year\'s highest published version, the rule set in force (province officials)',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { year: t.arg.int({ required: true, validate: year }), version: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const existing = await ruleSet(ctx, args.year, args.version);
      if (!existing) throw WuyeError.notFound('Credit rule set', `${args.year}/${args.version}`);
      if (existing.status === 'PUBLISHED') throw WuyeError.conflict(`Rule set ${args.year}/${args.version} is already published.`);
      const [later] = await sql(ctx.em, `select version from credit.rule_set where year = ? and status = 'PUBLISHED' and version > ? limit 1`, [args.year, args.version]);
      if (later) throw WuyeError.conflict(`Version ${String(later.version)} of ${args.year} is published already: an older draft would never be in force.`);
      await sql(ctx.em, `update credit.rule_set set status = 'PUBLISHED', published_at = ?, published_by = ? where year = ? and version = ? and status = 'DRAFT'`, [ctx.now, actorOf(ctx), args.year, args.version]);
      return (await ruleSet(ctx, args.year, args.version))!;
    },
  }),
}));
