// 行风监督员 and their 明察暗访 visits.
import { administers, chinaDate, defineLoader, inKeyOrder, keysetConnection, maskPersonalName, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { SupervisorEntity, VisitEntity, type Supervisor, type Visit } from '../entities/index.js';
import { builder, type RevenueContext } from './builder.js';
import { EstateRef, RegionRef } from './core-entities.js';
import { estateFacts } from './registry-facts.js';
import { SupervisorCategoryEnum, VisitModeEnum } from './enums.js';

const supervisorById = defineLoader<string, Supervisor | null, RevenueContext>(async (ids, ctx) => inKeyOrder(ids, await ctx.em.find(SupervisorEntity, { id: { $in: [...ids] } }), (s) => s.id));
const visitCounts = defineLoader<string, number, RevenueContext>(async (ids, ctx) => {
  const rows = await sql<{ id: string; n: number }>(ctx.em, `select supervisor_id as id, count(*)::int as n from public_revenue.supervisor_visit where supervisor_id = any(?::text[]) and visited_on <= ? group by supervisor_id`, [ids, chinaDate(ctx.now)]);
  const byId = new Map(rows.map((r) => [r.id, r.n]));
  return ids.map((id) => byId.get(id) ?? 0);
});

export const SupervisorRef = builder.objectRef<Supervisor>('PublicRevenueSupervisor').implement({
  description: '行风监督员 — a deputy, committee member, special supervisor, journalist or lawyer invited to supervise the drive',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号' }),
    name: t.string({ description: '姓名 — masked (张**) unless you are an official over its region', resolve: (s, _a, ctx) => (administers(ctx.viewer, s.regionCode) ? s.name : maskPersonalName(s.name)) }),
    category: t.field({ type: SupervisorCategoryEnum, description: '类别', resolve: (s) => s.category as 'LAWYER' }),
    affiliation: t.exposeString('affiliation', { description: '单位 — e.g. 厦门市人大代表, 福建日报社记者' }),
    region: t.field({ type: RegionRef, description: '监督地区 — the city supervised', resolve: (s) => ({ code: s.regionCode }) }),
    appointedOn: t.field({ type: 'Date', description: '聘任日期', resolve: (s) => s.appointedOn }),
    visits: t.int({ description: '明察暗访次数 — visits so far', resolve: (s, _a, ctx) => visitCounts(ctx).load(s.id) }),
  }),
});

const VisitRef = builder.objectRef<Visit>('PublicRevenueSupervisorVisit').implement({
  description: '明察暗访 — a supervisor\'s visit to an estate and what was found',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号' }),
    supervisor: t.field({ type: SupervisorRef, description: '行风监督员', resolve: async (v, _a, ctx) => (await supervisorById(ctx).load(v.supervisorId))! }),
    estate: t.field({ type: EstateRef, description: '住宅小区 — the estate visited', resolve: (v) => ({ id: v.estateId }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (v) => ({ code: v.regionCode }) }),
    visitedOn: t.field({ type: 'Date', description: '日期', resolve: (v) => v.visitedOn }),
    mode: t.field({ type: VisitModeEnum, description: '明察 or 暗访', resolve: (v) => v.mode as 'OPEN' }),
    findings: t.exposeString('findings', { description: '发现问题 — what was found' }),
    problemsFound: t.exposeInt('problemsFound', { description: '问题数' }),
  }),
});

const SupervisorFilter = builder.inputType('PublicRevenueSupervisorFilter', {
  description: '监督员筛选 — filters for supervisors',
  fields: (t) => ({ regionCode: t.field({ type: 'RegionCode', description: '监督地区' }), category: t.field({ type: SupervisorCategoryEnum, description: '类别' }) }),
});

const VisitFilter = builder.inputType('PublicRevenueSupervisorVisitFilter', {
  description: '走访筛选 — filters for visits',
  fields: (t) => ({ regionCode: t.field({ type: 'RegionCode', description: '地区 — visits to estates in this region' }), supervisorId: t.id({ description: '行风监督员' }), mode: t.field({ type: VisitModeEnum, description: '明察 or 暗访' }) }),
});

const VisitInput = builder.inputType('RecordPublicRevenueSupervisorVisitInput', {
  description: '记录明察暗访 — a supervisor\'s visit to an estate of the city they supervise',
  fields: (t) => ({
    supervisorId: t.id({ required: true, description: '行风监督员' }),
    estateId: t.id({ required: true, description: '住宅小区 — the estate visited' }),
    visitedOn: t.field({ type: 'Date', required: true, description: '日期' }),
    mode: t.field({ type: VisitModeEnum, required: true, description: '明察 or 暗访' }),
    findings: t.string({ required: true, description: '发现问题 — what was found', validate: z.string().trim().min(2, 'say what was found (at least 2 characters)').max(2000) }),
    problemsFound: t.int({ required: true, description: '问题数', validate: z.number().int().min(0, 'must not be negative').max(100) }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueSupervisors: t.connection({
    type: SupervisorRef,
    description: '行风监督员 — supervisors, filtered and paged by id',
    args: { filter: t.arg({ type: SupervisorFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = {};
      if (args.filter?.regionCode) where.regionCode = { $like: `${regionPrefix(args.filter.regionCode)}%` };
      if (args.filter?.category) where.category = args.filter.category;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(SupervisorEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (s) => [s.id],
        () => ctx.em.count(SupervisorEntity, where),
      );
    },
  }, { description: '行风监督员列表 — a page of supervisors' }, { description: '行风监督员 — a supervisor in the list' }),
  publicRevenueSupervisorVisits: t.connection({
    type: VisitRef,
    description: '明察暗访 — visits, filtered and paged by id',
    args: { filter: t.arg({ type: VisitFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = { visitedOn: { $lte: chinaDate(ctx.now) } };
      if (args.filter?.regionCode) where.regionCode = { $like: `${regionPrefix(args.filter.regionCode)}%` };
      if (args.filter?.supervisorId) where.supervisorId = args.filter.supervisorId;
      if (args.filter?.mode) where.mode = args.filter.mode;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(VisitEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (v) => [v.id],
        () => ctx.em.count(VisitEntity, where),
      );
    },
  }, { description: '明察暗访列表 — a page of visits' }, { description: '明察暗访 — a visit in the list' }),
}));

builder.mutationFields((t) => ({
  recordPublicRevenueSupervisorVisit: t.field({
    type: VisitRef,
    description: '记录明察暗访 — officials over the supervisor\'s city record a visit to an estate of that city',
    authScopes: { official: true },
    args: { input: t.arg({ type: VisitInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.visitedOn > chinaDate(ctx.now)) throw WuyeError.badInput('input.visitedOn', 'lies in the future');
      const supervisor = await supervisorById(ctx).load(input.supervisorId);
      if (!supervisor) throw WuyeError.badInput('input.supervisorId', `no supervisor ${input.supervisorId}`);
      const estate = await estateFacts(ctx, input.estateId, 'input.estateId');
      if (!estate.regionCode.startsWith(regionPrefix(supervisor.regionCode))) throw WuyeError.badInput('input.estateId', `estate ${estate.id} lies outside ${supervisor.regionCode}, the city supervisor ${supervisor.id} supervises`);
      if (!administers(ctx.viewer, estate.regionCode)) throw WuyeError.forbidden(`You cannot record visits in ${estate.regionCode}: it lies outside your region ${ctx.viewer.region}.`);
      const [row] = await sql<{ n: number }>(ctx.em, `select nextval('public_revenue.visit_id_seq')::int as n`);
      const visit = ctx.em.create(VisitEntity, {
        id: `SVV${String(row!.n).padStart(4, '0')}`,
        supervisorId: supervisor.id,
        estateId: estate.id,
        regionCode: estate.regionCode,
        visitedOn: input.visitedOn,
        mode: input.mode,
        findings: input.findings.trim(),
        problemsFound: input.problemsFound,
      });
      await ctx.em.flush();
      return visit;
    },
  }),
}));
