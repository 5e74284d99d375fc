// 月度自查 — companies' monthly self-inspections and the months they miss (flagged, derived from the
// roster and the request's clock: a month is due once it has ended).
import { chinaDate, isOfficial, keysetConnection, regionPrefix, sql } from '@wuye/kit';
import { z } from 'zod';
import type { SelfInspection } from '../entities/index.js';
import { selfInspectionWindow, servedCte } from '../statistics.js';
import { isCompany, S } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { checklistById, ChecklistItemRef, ChecklistRef, itemsOf } from './checklist.js';
import { CompanyRef, EstateRef } from './core-entities.js';

export const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
export const monthOf = (date: string) => date.slice(0, 7);

/** who sees self-inspection records: officials their region's, a company its own; nobody else */
function visibleSelfInspections(ctx: SafetyContext, alias: string, companyColumn = `${alias}.company_id`): { where: string; params: unknown[] } {
  const viewer = ctx.viewer;
  if (viewer.role === 'SERVICE') return { where: 'true', params: [] };
  if (isOfficial(viewer)) return { where: `${alias}.region_code like ?`, params: [`${regionPrefix(viewer.region)}%`] };
  if (isCompany(viewer)) return { where: `${companyColumn} = ?`, params: [viewer.companyId] };
  return { where: 'false', params: [] };
}

const SELF_COLUMNS = `s.id, s.estate_id as "estateId", s.company_id as "companyId", s.region_code as "regionCode", s.month, s.checklist_version_id as "checklistVersionId",
  s.submitted_on as "submittedOn", s.failed_item_codes as "failedItemCodes"`;

export const SelfInspectionRef = builder.objectRef<SelfInspection>('SafetySelfInspection').implement({
  description: '月度自查 — a company\'s monthly self-inspection of an estate it serves, against the checklist in force',
  fields: (t) => ({
    id: t.exposeID('id'),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (s) => ({ id: s.estateId }) }),
    company: t.field({ type: CompanyRef, description: '物业服务企业', resolve: (s) => ({ id: s.companyId }) }),
    month: t.string({ description: '自查月份 — YYYY-MM', resolve: (s) => monthOf(s.month) }),
    checklist: t.field({ type: ChecklistRef, description: '安全检查要点 — the version followed', resolve: async (s, _args, ctx) => (await checklistById(ctx).load(s.checklistVersionId))! }),
    submittedOn: t.field({ type: 'Date', description: '填报日期', resolve: (s) => s.submittedOn }),
    late: t.boolean({ description: '补报 — submitted after the month had ended', resolve: (s) => monthOf(s.submittedOn) > monthOf(s.month) }),
    failedItemCodes: t.stringList({ description: '不合格项 — the items found not in order', resolve: (s) => s.failedItemCodes }),
    passed: t.boolean({ description: '全部合格 — every item in order', resolve: (s) => s.failedItemCodes.length === 0 }),
    failedItems: t.field({
      type: [ChecklistItemRef],
      description: '不合格项 — the items found not in order',
      resolve: async (s, _args, ctx) => (await itemsOf(ctx).load(s.checklistVersionId)).filter((i) => s.failedItemCodes.includes(i.code)),
    }),
  }),
});

interface MissingMonth {
  estateId: string;
  companyId: string;
  regionCode: string;
  month: string;
}

const MissingRef = builder.objectRef<MissingMonth>('SafetyMissingSelfInspection').implement({
  description: '自查缺报 — a month that has ended without a self-inspection of an estate, flagged against the company serving it',
  fields: (t) => ({
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (m) => ({ id: m.estateId }) }),
    company: t.field({ type: CompanyRef, description: '自查责任企业 — the company that should have inspected', resolve: (m) => ({ id: m.companyId }) }),
    month: t.string({ description: '缺报月份 — YYYY-MM', resolve: (m) => monthOf(m.month) }),
  }),
});

const SelfInspectionFilter = builder.inputType('SafetySelfInspectionFilter', {
  description: '筛选条件 — filters for self-inspections; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域' }),
    estateId: t.id({ description: '住宅小区' }),
    companyId: t.id({ description: '物业服务企业' }),
    month: t.string({ description: '自查月份 — YYYY-MM', validate: MONTH }),
  }),
});

const MissingFilter = builder.inputType('SafetyMissingSelfInspectionFilter', {
  description: '筛选条件 — filters for missing self-inspections; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域' }),
    estateId: t.id({ description: '住宅小区' }),
    companyId: t.id({ description: '自查责任企业 — months missing for estates this company serves' }),
    month: t.string({ description: '缺报月份 — YYYY-MM', validate: MONTH }),
    year: t.int({ description: '年度 — months of this year only', validate: z.number().int().min(2000).max(2100) }),
  }),
});

builder.queryFields((t) => ({
  selfInspections: t.connection({
    type: SelfInspectionRef,
    description: '月度自查 — self-inspections (officials: their region; a company: its own), by month then estate',
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: SelfInspectionFilter }) },
    resolve: (_root, args, ctx) => {
      const visible = visibleSelfInspections(ctx, 's');
      const f = args.filter ?? {};
      const conditions: [string, unknown[]][] = [[visible.where, visible.params]];
      if (f.regionCode) conditions.push(['s.region_code like ?', [`${regionPrefix(f.regionCode)}%`]]);
      if (f.estateId) conditions.push(['s.estate_id = ?', [f.estateId]]);
      if (f.companyId) conditions.push(['s.company_id = ?', [f.companyId]]);
      if (f.month) conditions.push(['s.month = ?::date', [`${f.month}-01`]]);
      const where = conditions.map(([c]) => c).join(' and ');
      const params = conditions.flatMap(([, p]) => p);
      return keysetConnection<SelfInspection>(
        args,
        ({ after, limit }) =>
          sql<SelfInspection>(ctx.em, `select ${SELF_COLUMNS} from ${S}.self_inspection s where ${where} ${after ? 'and (s.month, s.estate_id) > (?::date, ?)' : ''} order by s.month, s.estate_id limit ?`, [
            ...params,
            ...(after ? [String(after[0]), String(after[1])] : []),
            limit,
          ]),
        (s) => [s.month, s.estateId],
        async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.self_inspection s where ${where}`, params))[0]!.n,
      );
    },
  }, { description: '月度自查 — a page of self-inspections' }, { description: '月度自查 — a self-inspection in the list' }),
  missingSelfInspections: t.connection({
    type: MissingRef,
    description: '自查缺报 — months ended without a self-inspection, per served estate (officials: their region; a company: its own estates), by month then estate',
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: MissingFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      const window = selfInspectionWindow(chinaDate(ctx.now), f.year ?? null);
      const visible = visibleSelfInspections(ctx, 'ro');
      const conditions: [string, unknown[]][] = [[visible.where, visible.params]];
      if (f.regionCode) conditions.push(['ro.region_code like ?', [`${regionPrefix(f.regionCode)}%`]]);
      if (f.estateId) conditions.push(['ro.estate_id = ?', [f.estateId]]);
      if (f.companyId) conditions.push(['ro.company_id = ?', [f.companyId]]);
      const rosterWhere = conditions.map(([c]) => c).join(' and ');
      const params = [window.from, window.to, ...conditions.flatMap(([, p]) => p)];
      const missing = `with ${servedCte(rosterWhere)},
        missing as (
          select s.estate_id as "estateId", s.company_id as "companyId", s.region_code as "regionCode", m.month::date as month
          from served s cross join lateral generate_series(s.first_due, s.last_due, interval '1 month') as m(month)
          where not exists (select 1 from ${S}.self_inspection si where si.estate_id = s.estate_id and si.month = m.month::date)
            ${f.month ? 'and m.month::date = ?::date' : ''})`;
      const monthParam = f.month ? [`${f.month}-01`] : [];
      return keysetConnection<MissingMonth>(
        args,
        ({ after, limit }) =>
          sql<MissingMonth>(ctx.em, `${missing} select * from missing ${after ? 'where (month, "estateId") > (?::date, ?)' : ''} order by month, "estateId" limit ?`, [
            ...params,
            ...monthParam,
            ...(after ? [String(after[0]), String(after[1])] : []),
            limit,
          ]),
        (m) => [m.month, m.estateId],
        async () => (await sql<{ n: number }>(ctx.em, `${missing} select count(*)::int as n from missing`, [...params, ...monthParam]))[0]!.n,
      );
    },
  }, { description: '自查缺报 — a page of months missing' }, { description: '自查缺报 — a month missing' }),
}));
