// Region.credit(year) — a region's published credit figures: grade distribution, average score, companies
// published (by registered county) and 美好家园 honours by level (by the estate's community). Every region of
// one query level and year costs ONE statement.
import { defineLoader, regionPrefix, sql } from '@wuye/kit';
import { chinaYear } from '../time.js';
import { builder, type CreditContext } from './builder.js';
import { RegionRef } from './core-entities.js';
import { HonourLevelEnum } from './enums.js';

interface RegionCredit {
  year: number;
  version: number | null;
  companies: number;
  averageScore: string | null;
  grades: { grade: string; count: number }[];
  honours: { level: 'CITY' | 'PROVINCE' | 'NATIONAL'; count: number }[];
}

const LEVELS = ['CITY', 'PROVINCE', 'NATIONAL'] as const;

/** keys "code|year" */
const regionCredit = defineLoader<string, RegionCredit, CreditContext>(async (keys, ctx) => {
  const byYear = new Map<number, string[]>();
  for (const key of keys) {
    const [code, y] = key.split('|');
    byYear.set(Number(y), [...(byYear.get(Number(y)) ?? []), code!]);
  }
  const out = new Map<string, RegionCredit>();
  for (const [year, codes] of byYear) {
    const rows = await sql<{ code: string; version: number | null; companies: number | null; average: string | null; grades: { grade: string; count: number }[] | null; honours: Record<string, number> | null }>(
      ctx.em,
      `with r(code, prefix) as (select * from unnest(?::text[], ?::text[])),
       ev as (select year, version, rule_year, rule_version from credit.evaluation where year = ? and status = 'PUBLISHED' and published_at <= ? order by version desc limit 1),
       res as (select er.region_code, er.score, er.grade from credit.evaluation_result er join ev using (year, version)),
       g as (select x.v->>'grade' as grade, x.n from ev join credit.rule_set rs on rs.year = ev.rule_year and rs.version = ev.rule_version, jsonb_array_elements(rs.document->'grades') with ordinality x(v, n)),
       stats as (select r.code, count(res.score)::int as companies, round(avg(res.score), 2)::text as average from r join res on res.region_code like r.prefix || '%' group by r.code),
       dist as (select code, json_agg(json_build_object('grade', grade, 'count', n) order by ord) as grades from (
         select r.code, g.grade, g.n as ord, count(res.score)::int as n from r cross join g left join res on res.region_code like r.prefix || '%' and res.grade = g.grade group by r.code, g.grade, g.n) x group by code),
       hon as (select code, json_object_agg(level, n) as honours from (
         select r.code, h.level, count(*)::int as n from r join credit.honour h on h.region_code like r.prefix || '%' and h.year = ? group by r.code, h.level) x group by code)
       select r.code, (select version from ev) as version, stats.companies, stats.average, dist.grades, hon.honours
       from r left join stats using (code) left join dist using (code) left join hon using (code)`,
      [codes, codes.map(regionPrefix), year, ctx.now, year],
    );
    for (const row of rows) {
      out.set(`${row.code}|${year}`, {
        year,
        version: row.version,
        companies: row.companies ?? 0,
        averageScore: row.average,
        grades: row.grades ?? [],
        honours: LEVELS.map((level) => ({ level, count: row.honours?.[level] ?? 0 })),
      });
    }
  }
  return keys.map((k) => out.get(k)!);
});

const GradeCountRef = builder.objectRef<{ grade: string; count: number }>('CreditGradeCount').implement({
  description: '等级分布 — how many companies got one grade',
  fields: (t) => ({ grade: t.exposeString('grade', { description: '信用等级' }), count: t.exposeInt('count', { description: '企业数' }) }),
});

const HonourCountRef = builder.objectRef<{ level: 'CITY' | 'PROVINCE' | 'NATIONAL'; count: number }>('CreditHonourCount').implement({
  description: '美好家园统计 — honoured estates of one level',
  fields: (t) => ({ level: t.field({ type: HonourLevelEnum, description: '级别', resolve: (h) => h.level }), count: t.exposeInt('count', { description: '小区数' }) }),
});

const RegionCreditRef = builder.objectRef<RegionCredit>('RegionCredit').implement({
  description: '信用评价统计 — a region\'s published credit figures for a year (companies by registered county, honours by estate)',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '评价年度' }),
    evaluationVersion: t.exposeInt('version', { nullable: true, description: '评价版本 — the latest published version counted; null while the year is not published' }),
    companiesPublished: t.exposeInt('companies', { description: '公布企业数 — companies registered in the region with a published result' }),
    averageScore: t.field({ type: 'Decimal', nullable: true, description: '平均分 — of their published scores, two decimals', resolve: (r) => r.averageScore }),
    grades: t.field({ type: [GradeCountRef], description: '等级分布 — companies per grade, from the highest grade down', resolve: (r) => r.grades }),
    honours: t.field({ type: [HonourCountRef], description: '美好家园 — estates of the region honoured in the year, by level', resolve: (r) => r.honours }),
  }),
});

RegionRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    credit: t.field({
      type: RegionCreditRef,
      description: '信用评价统计 — published credit figures of the region for a year (default: last year); many regions cost one SQL statement',
      args: { year: t.arg.int({ description: '评价年度' }) },
      resolve: (region, args, ctx) => regionCredit(ctx).load(`${region.code}|${args.year ?? chinaYear(ctx.now) - 1}`),
    }),
  }),
});
