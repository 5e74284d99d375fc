// Safety's fields on the registry's entities: ResidentialEstate.safety and PropertyCompany.safety —
// each one SQL statement for any number of estates or companies (a list of 1,000 estates with their
// safety summary costs the same statements as a list of 10).
import { chinaDate, defineLoader, groupedInKeyOrder, sql } from '@wuye/kit';
import { selfInspectionWindow, cellsFromJson, CELL_COLUMNS, dueMonthsCte, monthsFrom, servedCte, tally, type FindingTally, type SelfInspectionTally } from '../statistics.js';
import { S, visibleRows } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { CompanyRef, EstateRef } from './core-entities.js';
import { FINDING_COLUMNS, FINDING_FROM, FindingRef, InspectionRef, type FindingRow } from './refs.js';
import { monthOf } from './self-inspection.js';
import { FindingTallyRef, SelfInspectionTallyRef } from './tally.js';

type CellJson = [string, string, number, number, number][] | null;

interface EstateSelfInspection {
  /** the company serving the estate, as the roster knows it (null: nobody has to self-inspect) */
  companyId: string | null;
  monthsDue: string[];
  missingMonths: string[];
  lastMonth: string | null;
}

interface EstateSafety {
  estateId: string;
  inspections: number;
  lastInspectedOn: string | null;
  lastInspectionId: string | null;
  findings: FindingTally;
  selfInspection: EstateSelfInspection;
}

/** per estate: inspections, findings' cells, self-inspection months due and missing — one statement */
const estateSafety = defineLoader<string, EstateSafety, SafetyContext>(async (ids, ctx) => {
  const today = chinaDate(ctx.now);
  const window = selfInspectionWindow(today, null);
  const rows = await sql<{ id: string; inspections: number | null; last_on: string | null; last_id: string | null; cells: CellJson; company_id: string | null; first_due: string | null; last_due: string | null; missing: string[] | null; last_month: string | null }>(
    ctx.em,
    `with e(id) as (select unnest(?::text[])),
     ${servedCte('ro.estate_id = any(?::text[])')},
     insp as (
       select estate_id, count(*)::int as n, max(conducted_on) as last_on, (array_agg(id order by conducted_on desc, id desc))[1] as last_id
       from ${S}.inspection where estate_id = any(?::text[]) and conducted_on is not null group by estate_id),
     g as (select f.estate_id, ${CELL_COLUMNS(today)} from ${S}.finding f where f.estate_id = any(?::text[]) group by f.estate_id, f.category, f.state),
     cells as (select estate_id, jsonb_agg(jsonb_build_array(category, state, n, overdue, on_time)) as cells from g group by estate_id),
     submitted as (select estate_id, month from ${S}.self_inspection where estate_id = any(?::text[])),
     missing as (
       select s.estate_id, array_agg(to_char(m.month, 'YYYY-MM-DD') order by m.month) as months
       from served s cross join lateral generate_series(s.first_due, s.last_due, interval '1 month') as m(month)
       where not exists (select 1 from submitted si where si.estate_id = s.estate_id and si.month = m.month::date)
       group by s.estate_id),
     last_si as (select estate_id, max(month) as last_month from submitted group by estate_id)
     select e.id, insp.n as inspections, insp.last_on, insp.last_id, cells.cells, s.company_id, s.first_due, s.last_due, missing.months as missing, last_si.last_month
     from e left join insp on insp.estate_id = e.id left join cells on cells.estate_id = e.id left join served s on s.estate_id = e.id
       left join missing on missing.estate_id = e.id left join last_si on last_si.estate_id = e.id`,
    [ids, window.from, window.to, ids, ids, ids, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    const due = r?.first_due && r.last_due && r.first_due <= r.last_due ? monthsFrom(r.first_due, r.last_due) : [];
    return {
      estateId: id,
      inspections: r?.inspections ?? 0,
      lastInspectedOn: r?.last_on ?? null,
      lastInspectionId: r?.last_id ?? null,
      findings: tally(cellsFromJson(r?.cells ?? null)),
      selfInspection: { companyId: r?.company_id ?? null, monthsDue: due, missingMonths: r?.missing ?? [], lastMonth: r?.last_month ?? null },
    };
  });
});

/** the findings of each estate the viewer may see — one statement */
const findingsOfEstate = defineLoader<string, FindingRow[], SafetyContext>(async (ids, ctx) => {
  const visible = visibleRows(ctx, 'f');
  const rows = await sql<FindingRow>(ctx.em, `select ${FINDING_COLUMNS} from ${FINDING_FROM} where f.estate_id = any(?::text[]) and ${visible.where} order by f.id`, [ids, ...visible.params]);
  return groupedInKeyOrder(ids, rows, (f) => f.estateId);
});

const EstateSelfInspectionRef = builder.objectRef<EstateSelfInspection>('SafetyEstateSelfInspection').implement({
  description: '月度自查情况 — an estate\'s monthly self-inspections by the company serving it, over the months ended by the request\'s clock',
  fields: (t) => ({
    required: t.boolean({ description: '应自查 — served by a company, which must self-inspect monthly', resolve: (s) => s.companyId !== null }),
    company: t.field({ type: CompanyRef, nullable: true, description: '自查责任企业 — the company serving the estate', resolve: (s) => (s.companyId ? { id: s.companyId } : null) }),
    monthsDue: t.int({ description: '应自查月数', resolve: (s) => s.monthsDue.length }),
    submitted: t.int({ description: '已自查月数', resolve: (s) => s.monthsDue.length - s.missingMonths.length }),
    missingMonths: t.stringList({ description: '缺报月份 — months (YYYY-MM) ended without a self-inspection: flagged', resolve: (s) => s.missingMonths.map(monthOf) }),
    streak: t.int({
      description: '连续自查月数 — consecutive months with a self-inspection, back from the last month ended (0 when that one is missing)',
      resolve: (s) => {
        const missing = new Set(s.missingMonths);
        let streak = 0;
        for (let i = s.monthsDue.length - 1; i >= 0 && !missing.has(s.monthsDue[i]!); i--) streak++;
        return streak;
      },
    }),
    lastMonth: t.string({ nullable: true, description: '最近自查月份 — YYYY-MM', resolve: (s) => (s.lastMonth ? monthOf(s.lastMonth) : null) }),
  }),
});

const EstateSafetyRef = builder.objectRef<EstateSafety>('EstateSafety').implement({
  description: '小区安全监管 — an estate\'s inspections, findings and monthly self-inspections',
  fields: (t) => ({
    inspections: t.exposeInt('inspections', { description: '检查次数 — inspections conducted' }),
    lastInspectedOn: t.field({ type: 'Date', nullable: true, description: '最近检查日期', resolve: (s) => s.lastInspectedOn }),
    lastInspection: t.field({ type: InspectionRef, nullable: true, description: '最近检查 — null also when you may not see it', resolve: (s) => s.lastInspectionId }),
    openFindings: t.int({ description: '未销号隐患 — findings not yet verified', resolve: (s) => s.findings.open }),
    overdueFindings: t.int({ description: '逾期隐患 — notified, past the deadline, not rectified (as of the request\'s clock)', resolve: (s) => s.findings.overdue }),
    findings: t.field({ type: FindingTallyRef, description: '隐患统计 — the estate\'s findings counted', resolve: (s) => s.findings }),
    findingList: t.field({
      type: [FindingRef],
      description: '隐患明细 — the findings themselves that you may see',
      args: { openOnly: t.arg.boolean({ description: 'only those not yet verified' }) },
      resolve: async (s, { openOnly }, ctx) => (await findingsOfEstate(ctx).load(s.estateId)).filter((f) => !openOnly || f.state !== 'VERIFIED'),
    }),
    selfInspection: t.field({ type: EstateSelfInspectionRef, description: '月度自查', resolve: (s) => s.selfInspection }),
  }),
});

EstateRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    safety: t.field({ type: EstateSafetyRef, description: '安全监管 — inspections, open and overdue findings, self-inspection streak', resolve: (e, _args, ctx) => estateSafety(ctx).load(e.id) }),
  }),
});

interface CompanySafety {
  estatesServed: number;
  inspections: number;
  findings: FindingTally;
  selfInspection: SelfInspectionTally;
}

/** per company: its estates' inspections, the findings it is responsible for, self-inspection months — one statement */
const companySafety = defineLoader<string, CompanySafety, SafetyContext>(async (ids, ctx) => {
  const today = chinaDate(ctx.now);
  const window = selfInspectionWindow(today, null);
  const rows = await sql<{ id: string; estates: number | null; due: number | null; submitted: number | null; late: number | null; estates_missing: number | null; cells: CellJson; inspections: number | null }>(
    ctx.em,
    `with c(id) as (select unnest(?::text[])),
     ${dueMonthsCte('ro.company_id = any(?::text[])')},
     si as (
       select company_id, count(*)::int as estates, sum(months_due)::int as due, sum(submitted)::int as submitted, sum(late)::int as late,
         count(*) filter (where submitted < months_due)::int as estates_missing
       from due group by company_id),
     g as (select f.company_id, ${CELL_COLUMNS(today)} from ${S}.finding f where f.company_id = any(?::text[]) group by f.company_id, f.category, f.state),
     cells as (select company_id, jsonb_agg(jsonb_build_array(category, state, n, overdue, on_time)) as cells from g group by company_id),
     insp as (select company_id, count(*)::int as n from ${S}.inspection where company_id = any(?::text[]) and conducted_on is not null group by company_id)
     select c.id, si.estates, si.due, si.submitted, si.late, si.estates_missing, cells.cells, insp.n as inspections
     from c left join si on si.company_id = c.id left join cells on cells.company_id = c.id left join insp on insp.company_id = c.id`,
    [ids, window.from, window.to, ids, ids, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    const due = r?.due ?? 0;
    const submitted = r?.submitted ?? 0;
    return {
      estatesServed: r?.estates ?? 0,
      inspections: r?.inspections ?? 0,
      findings: tally(cellsFromJson(r?.cells ?? null)),
      selfInspection: { from: window.from, to: window.to, estates: r?.estates ?? 0, monthsDue: due, submitted, missing: due - submitted, late: r?.late ?? 0, estatesMissing: r?.estates_missing ?? 0 },
    };
  });
});

const CompanySafetyRef = builder.objectRef<CompanySafety>('CompanySafety').implement({
  description: '企业安全监管 — a company\'s findings and on-time rectification over its estates, and its monthly self-inspections',
  fields: (t) => ({
    estatesServed: t.exposeInt('estatesServed', { description: '服务小区 — estates it serves (as registry said when last asked)' }),
    inspections: t.exposeInt('inspections', { description: '被检查次数 — inspections of estates while it served them' }),
    findings: t.field({ type: FindingTallyRef, description: '隐患及整改 — the findings it is responsible for; onTimeRate is its on-time rectification', resolve: (c) => c.findings }),
    selfInspection: t.field({ type: SelfInspectionTallyRef, description: '月度自查 — months due and missing over its estates (the months themselves: missingSelfInspections(filter: { companyId }))', resolve: (c) => c.selfInspection }),
  }),
});

CompanyRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    safety: t.field({ type: CompanySafetyRef, description: '安全监管 — findings, on-time rectification and self-inspections over its estates', resolve: (c, _args, ctx) => companySafety(ctx).load(c.id) }),
  }),
});
