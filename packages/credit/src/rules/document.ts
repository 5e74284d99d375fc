// 评价规则 — the rule set of one year and version, as a JSON document validated here (zod) before it is
// stored: indicators with weights and floor/cap, bonus and penalty items, the base score, grade
// thresholds, and the points each domain event and each opinion is worth. Points are exact decimal
// strings with at most two places (NUMERIC(8,2)); nothing is ever a float.
import { Decimal } from 'decimal.js';
import { z } from 'zod';

/** 评价指标 — the seven indicators, in display order */
export const INDICATORS = ['BASIC_CONDUCT', 'SERVICE_QUALITY', 'PARTY_BUILDING', 'PARTY_OPINION', 'SAFETY', 'PUBLIC_REVENUE', 'COMPLAINTS'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** 加分项 — elderly care and the three levels of 美好家园 */
export const BONUSES = ['ELDERLY_CARE', 'HONOUR_CITY', 'HONOUR_PROVINCE', 'HONOUR_NATIONAL'] as const;
export type Bonus = (typeof BONUSES)[number];

export const RATINGS = ['GOOD', 'FAIR', 'POOR'] as const;
export type Rating = (typeof RATINGS)[number];

/** a Decimal, or null for text the regex has already refused (zod runs refinements after a failed regex too) */
const decimal = (v: string): Decimal | null => {
  try {
    return new Decimal(v);
  } catch {
    return null;
  }
};

const POINTS = /^-?\d{1,6}(\.\d{1,2})?$/;
/** a number of points: "-2.5", "3.00" — at most two decimals, |x| < 10^6 */
export const points = z.string().regex(POINTS, 'must be a decimal string with at most two decimals, e.g. "-2.50"');
const nonNegative = points.refine((v) => !v.startsWith('-'), 'must not be negative');
const nonPositive = points.refine((v) => decimal(v)?.lte(0) ?? true, 'must not be positive');
const weight = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be a decimal string such as "1.50" (at most two decimals)').refine((v) => decimal(v)?.gt(0) ?? true, 'must be more than zero');
const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be SCREAMING_SNAKE_CASE');
const name = z.string().trim().min(1).max(60);

const bySeverity = z.object({ MAJOR: points, GENERAL: points }).strict();

export const RuleSetDocument = z
  .object({
    /** 基础分 */
    baseScore: nonNegative,
    indicators: z
      .array(z.object({ code: z.enum(INDICATORS), name, weight, floor: nonPositive, cap: nonNegative }).strict())
      .length(INDICATORS.length, `lists each of the ${INDICATORS.length} indicators once`),
    bonuses: z.array(z.object({ code: z.enum(BONUSES), name, points: nonNegative, cap: nonNegative }).strict()).length(BONUSES.length, `lists each of the ${BONUSES.length} bonus items once`),
    /** the most all bonuses together add */
    bonusCap: nonNegative,
    penalties: z.array(z.object({ code, name, points: nonPositive }).strict()).max(30),
    /** 等级 — from the highest threshold down; a score below every threshold gets the last grade */
    grades: z.array(z.object({ grade: z.string().regex(/^[A-Z]{1,4}$/, 'is 1–4 capital letters, e.g. AAA'), minScore: points }).strict()).min(2).max(10),
    /** points of an official's dynamic-evaluation event on an indicator: between min and max */
    officialPoints: z.object({ min: nonPositive, max: nonNegative }).strict(),
    /** 评价意见 of a street or community party organisation */
    opinionPoints: z.object({ GOOD: points, FAIR: points, POOR: points }).strict(),
    /** points per domain event (see ../events/mapping.ts for the indicator each one counts on) */
    eventPoints: z
      .object({
        organizationFormed: points,
        organizationDissolved: points,
        instructorSent: points,
        findingRaised: bySeverity,
        findingRectifiedOnTime: bySeverity,
        findingRectifiedLate: bySeverity,
        selfInspectionMissed: points,
        statementPublishedOnTime: points,
        statementPublishedLate: points,
        complaintSubstantiated: points,
      })
      .strict(),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const distinct = (list: string[], path: string) => {
      const seen = new Set<string>();
      list.forEach((v, i) => {
        if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [path, i], message: `${v} appears twice` });
        seen.add(v);
      });
    };
    distinct(doc.indicators.map((i) => i.code), 'indicators');
    distinct(doc.bonuses.map((b) => b.code), 'bonuses');
    distinct(doc.penalties.map((p) => p.code), 'penalties');
    distinct(doc.grades.map((g) => g.grade), 'grades');
    for (const p of doc.penalties) {
      if ((INDICATORS as readonly string[]).includes(p.code) || (BONUSES as readonly string[]).includes(p.code)) ctx.addIssue({ code: 'custom', path: ['penalties'], message: `${p.code} is an indicator or bonus code` });
    }
    for (let i = 1; i < doc.grades.length; i++) {
      const [lower, higher] = [decimal(doc.grades[i]!.minScore), decimal(doc.grades[i - 1]!.minScore)];
      if (lower && higher && !lower.lt(higher)) ctx.addIssue({ code: 'custom', path: ['grades', i, 'minScore'], message: 'thresholds must fall strictly from the first grade to the last' });
    }
  });
export type RuleSetDocument = z.infer<typeof RuleSetDocument>;

/** The first problem of a document as "path: message", or the parsed document. */
export function parseRuleSet(input: unknown): { ok: true; document: RuleSetDocument } | { ok: false; path: string; message: string } {
  const result = RuleSetDocument.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, path: issue.path.map(String).join('.'), message: issue.message };
}

/** The grade of a score under a rule set. */
export function gradeOf(doc: RuleSetDocument, score: Decimal.Value): string {
  for (const g of doc.grades) if (new Decimal(score).gte(g.minScore)) return g.grade;
  return doc.grades.at(-1)!.grade;
}

/** What an item is: one of the indicators, a bonus, or a penalty of the rule set. */
export type ItemCategory = 'INDICATOR' | 'BONUS' | 'PENALTY';

export function categoryOf(doc: RuleSetDocument, item: string): ItemCategory | null {
  if ((INDICATORS as readonly string[]).includes(item)) return 'INDICATOR';
  if ((BONUSES as readonly string[]).includes(item)) return 'BONUS';
  return doc.penalties.some((p) => p.code === item) ? 'PENALTY' : null;
}
