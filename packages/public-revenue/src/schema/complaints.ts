// Complaints from 信访, the 12345 hotline and public opinion, each handled in a closed loop —
// received → assigned → answered → closed (闭环销号) — with the time of every step. For officials only;
// the complainant's name for officials over the complaint's region only.
import { administers, defineLoader, groupedInKeyOrder, keysetConnection, maskPersonalName, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { ComplaintEntity, ComplaintStepEntity, type Complaint, type ComplaintStep } from '../entities/index.js';
import { complaintSubstantiated } from '../events.js';
import { iso } from '../time.js';
import { builder, type RevenueContext } from './builder.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { COMPLAINT_STEPS, ComplaintSourceEnum, ComplaintStateEnum, type ComplaintStepName } from './enums.js';
import { estateFacts } from './registry-facts.js';

/** a complaint's steps in the loop's order (their times never go back) */
const stepsOf = defineLoader<string, ComplaintStep[], RevenueContext>(async (ids, ctx) => {
  const steps = await ctx.em.find(ComplaintStepEntity, { complaintId: { $in: [...ids] } });
  const order = (s: ComplaintStep) => COMPLAINT_STEPS.indexOf(s.step as ComplaintStepName);
  return groupedInKeyOrder(ids, steps.sort((a, b) => order(a) - order(b)), (s) => s.complaintId);
});

const StepRef = builder.objectRef<ComplaintStep>('PublicRevenueComplaintStep').implement({
  description: '办理环节 — one step of a complaint\'s closed loop, with its time',
  fields: (t) => ({
    step: t.field({ type: ComplaintStateEnum, description: '环节', resolve: (s) => s.step as ComplaintStepName }),
    at: t.field({ type: 'DateTime', description: '时间', resolve: (s) => s.at }),
    actor: t.exposeString('actor', { description: '办理单位 — who took the step' }),
    department: t.exposeString('department', { nullable: true, description: '承办部门 — ASSIGNED: the department handling it' }),
    note: t.exposeString('note', { description: '办理情况' }),
  }),
});

export const ComplaintRef = builder.objectRef<Complaint>('PublicRevenueComplaint').implement({
  description: '公共收益投诉 — a complaint from 信访, the 12345 hotline or public opinion, and its closed loop',
  fields: (t) => ({
    id: t.exposeID('id', { description: '投诉编号' }),
    source: t.field({ type: ComplaintSourceEnum, description: '来源', resolve: (c) => c.source as 'PETITION' }),
    estate: t.field({ type: EstateRef, description: '住宅小区 — the estate it is about', resolve: (c) => ({ id: c.estateId }) }),
    company: t.field({ type: CompanyRef, nullable: true, description: '物业服务企业 — the company serving the estate when it was received', resolve: (c) => (c.companyId ? { id: c.companyId } : null) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (c) => ({ code: c.regionCode }) }),
    complainantName: t.string({
      nullable: true,
      description: '投诉人 — for officials over its region; masked (张**) for other officials; null for public opinion',
      resolve: (c, _a, ctx) => (!c.complainantName ? null : administers(ctx.viewer, c.regionCode) ? c.complainantName : maskPersonalName(c.complainantName)),
    }),
    summary: t.exposeString('summary', { description: '诉求 — what it is about' }),
    state: t.field({ type: ComplaintStateEnum, description: '办理环节 — the step it stands at', resolve: (c) => c.state as ComplaintStepName }),
    receivedAt: t.field({ type: 'DateTime', description: '受理时间', resolve: (c) => c.receivedAt }),
    substantiated: t.boolean({ nullable: true, description: '查实 — whether it was found substantiated when closed (null: open, or closed before this was recorded)', resolve: (c) => c.substantiated ?? null }),
    steps: t.field({ type: [StepRef], description: '办理过程 — every step so far, in order', resolve: (c, _a, ctx) => stepsOf(ctx).load(c.id) }),
  }),
});

const ComplaintFilter = builder.inputType('PublicRevenueComplaintFilter', {
  description: '投诉筛选 — filters for complaints; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区 — complaints about estates in this region (default: your region)' }),
    source: t.field({ type: ComplaintSourceEnum, description: '来源' }),
    state: t.field({ type: ComplaintStateEnum, description: '办理环节 — the step they stand at' }),
    estateId: t.id({ description: '住宅小区' }),
  }),
});

const ReceiveInput = builder.inputType('ReceivePublicRevenueComplaintInput', {
  description: '受理投诉 — a complaint about an estate\'s public revenue',
  fields: (t) => ({
    source: t.field({ type: ComplaintSourceEnum, required: true, description: '来源' }),
    estateId: t.id({ required: true, description: '住宅小区 — the estate it is about' }),
    complainantName: t.string({ description: '投诉人 — required unless the source is PUBLIC_OPINION', validate: z.string().trim().min(2).max(50) }),
    summary: t.string({ required: true, description: '诉求 — what it is about', validate: z.string().trim().min(4, 'say what it is about (at least 4 characters)').max(2000) }),
    receivedAt: t.field({ type: 'DateTime', description: '受理时间 — default: now' }),
  }),
});

const AdvanceInput = builder.inputType('AdvancePublicRevenueComplaintInput', {
  description: '办理 — take a complaint\'s next step: ASSIGNED (with a department), ANSWERED, then CLOSED',
  fields: (t) => ({
    id: t.id({ required: true, description: '投诉编号' }),
    step: t.field({ type: ComplaintStateEnum, required: true, description: '办理环节 — the next step' }),
    note: t.string({ required: true, description: '办理情况 — what was done', validate: z.string().trim().min(2).max(2000) }),
    department: t.string({ description: '承办部门 — ASSIGNED: the department that handles it', validate: z.string().trim().min(2).max(100) }),
    substantiated: t.boolean({ description: '查实 — CLOSED: whether the complaint was found substantiated (a substantiated one counts against the company in its credit); omitted: not recorded' }),
    at: t.field({ type: 'DateTime', description: '时间 — default: now' }),
  }),
});

const actorOf = (ctx: RevenueContext) => ctx.viewer.subject ?? ctx.viewer.role;

builder.queryFields((t) => ({
  publicRevenueComplaints: t.connection({
    type: ComplaintRef,
    description: '公共收益投诉 — complaints in your region (officials only), filtered and paged by id',
    authScopes: { official: true },
    args: { filter: t.arg({ type: ComplaintFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      const region = f.regionCode ?? (ctx.viewer.role === 'SERVICE' ? '350000' : ctx.viewer.region);
      if (!administers(ctx.viewer, region)) throw WuyeError.forbidden(`${region} lies outside your region ${ctx.viewer.region}.`);
      const where: Record<string, unknown> = { regionCode: { $like: `${regionPrefix(region)}%` }, receivedAt: { $lte: ctx.now } };
      if (f.source) where.source = f.source;
      if (f.state) where.state = f.state;
      if (f.estateId) where.estateId = f.estateId;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(ComplaintEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (c) => [c.id],
        () => ctx.em.count(ComplaintEntity, where),
      );
    },
  }, { description: '投诉列表 — a page of complaints' }, { description: '投诉 — a complaint in the list' }),
}));

builder.mutationFields((t) => ({
  receivePublicRevenueComplaint: t.field({
    type: ComplaintRef,
    description: '受理投诉 — officials over the estate record a complaint (its first step, RECEIVED)',
    authScopes: { official: true },
    args: { input: t.arg({ type: ReceiveInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const at = input.receivedAt ?? ctx.now;
      if (at > ctx.now) throw WuyeError.badInput('input.receivedAt', 'lies in the future');
      if (input.source !== 'PUBLIC_OPINION' && !input.complainantName) throw WuyeError.badInput('input.complainantName', `is required for a complaint from ${input.source}`);
      const estate = await estateFacts(ctx, input.estateId, 'input.estateId');
      if (!administers(ctx.viewer, estate.regionCode)) throw WuyeError.forbidden(`Estate ${estate.id} lies in ${estate.regionCode}, outside your region ${ctx.viewer.region}.`);
      return ctx.em.transactional(async (em) => {
        const [row] = await sql<{ n: number }>(em, `select nextval('public_revenue.complaint_id_seq')::int as n`);
        const complaint = em.create(ComplaintEntity, {
          id: `CP${String(row!.n).padStart(5, '0')}`,
          source: input.source,
          estateId: estate.id,
          companyId: estate.companyId,
          regionCode: estate.regionCode,
          complainantName: input.complainantName?.trim() ?? null,
          summary: input.summary.trim(),
          state: 'RECEIVED',
          receivedAt: at,
        });
        await em.flush(); // the complaint before its step (the step's foreign key)
        em.create(ComplaintStepEntity, { complaintId: complaint.id, step: 'RECEIVED', at, actor: actorOf(ctx), department: null, note: input.source === 'PUBLIC_OPINION' ? '舆情监测发现' : '群众反映' });
        return complaint;
      });
    },
  }),
  advancePublicRevenueComplaint: t.field({
    type: ComplaintRef,
    description: '办理 — officials over the complaint take its next step; a step out of order, or one somebody took meanwhile, is a CONFLICT',
    authScopes: { official: true },
    args: { input: t.arg({ type: AdvanceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const at = input.at ?? ctx.now;
      if (at > ctx.now) throw WuyeError.badInput('input.at', 'lies in the future');
      if (input.step === 'RECEIVED') throw WuyeError.badInput('input.step', 'a complaint is received with receivePublicRevenueComplaint');
      if (input.step === 'ASSIGNED' && !input.department) throw WuyeError.badInput('input.department', 'name the department it is assigned to');
      if (input.step !== 'CLOSED' && input.substantiated != null) throw WuyeError.badInput('input.substantiated', 'is decided when the complaint is CLOSED');
      const complaint = await ctx.em.findOne(ComplaintEntity, { id: input.id });
      if (!complaint) throw WuyeError.badInput('input.id', `no complaint ${input.id}`);
      if (!administers(ctx.viewer, complaint.regionCode)) throw WuyeError.forbidden(`Complaint ${complaint.id} lies in ${complaint.regionCode}, outside your region ${ctx.viewer.region}.`);
      const previous = COMPLAINT_STEPS[COMPLAINT_STEPS.indexOf(input.step) - 1]!;
      if (complaint.state !== previous) throw WuyeError.conflict(`Complaint ${complaint.id} stands at ${complaint.state}: the next step is ${COMPLAINT_STEPS[COMPLAINT_STEPS.indexOf(complaint.state as ComplaintStepName) + 1] ?? 'none (it is closed)'}, not ${input.step}.`);
      const [last] = await sql<{ at: string | null }>(ctx.em, `select ${iso('max(at)')} as at from public_revenue.complaint_step where complaint_id = ?`, [complaint.id]);
      if (last?.at && at < new Date(last.at)) throw WuyeError.badInput('input.at', `is before the complaint's previous step (${last.at})`);
      await ctx.em.transactional(async (em) => {
        // the state moves only from the step we saw: of two officials taking the same step, one wins
        const moved = await sql<{ id: string }>(em, `update public_revenue.complaint set state = ?, substantiated = ? where id = ? and state = ? returning id`, [input.step, input.substantiated ?? null, complaint.id, previous]);
        if (!moved.length) throw WuyeError.conflict(`Complaint ${complaint.id} was moved on meanwhile: reload it.`);
        if (input.substantiated) {
          await complaintSubstantiated(em, ctx.now, { complaintId: complaint.id, estateId: complaint.estateId, companyId: complaint.companyId ?? null, regionCode: complaint.regionCode, source: complaint.source, closedAt: at.toISOString() });
        }
        await sql(em, `insert into public_revenue.complaint_step (complaint_id, step, at, actor, department, note) values (?, ?, ?, ?, ?, ?)`, [complaint.id, input.step, at, actorOf(ctx), input.department?.trim() ?? null, input.note.trim()]);
      });
      return (await ctx.em.fork().findOne(ComplaintEntity, { id: complaint.id }))!;
    },
  }),
}));

