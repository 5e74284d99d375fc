// The workflow's steps, one mutation each, for 漳州's street staff, county and city admins within their
// region. Each step locks the case, refuses a step its state does not allow (CONFLICT, naming what it
// can do instead), and records the transition at the request clock with the acting account.
import { isWithin, sql, WuyeError, type EntityManager } from '@wuye/plugin-sdk';
import { z } from 'zod';
import { CITY } from '../manifest.js';
import { findCase, S, type CaseRow } from '../rows.js';
import { ACTIONS, actionsFrom, canTake, SLA_HOURS, STATE_LABEL, type GridAction, type GridCategory } from '../workflow.js';
import { ACTING_ROLES, actorOf, requireActsOn, requireSeesZhangzhou } from './access.js';
import { builder, type ZhangzhouContext } from './builder.js';
import { CategoryEnum, GridCaseRef, ReporterKindEnum } from './grid-case.js';

const text = (min: number, max: number) => z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must have at most ${max} characters`);
const HOUR = 3_600_000;
/** the longest time limit a dispatch may set */
const MAX_DEADLINE_DAYS = 90;

const ReportInput = builder.inputType('ZhangzhouReportGridCaseInput', {
  description: '采集问题 — a problem found on 网格巡查 in a 漳州 estate',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '小区 — the estate (registry id); it must lie in 漳州' }),
    description: t.string({ required: true, description: '问题描述', validate: text(4, 500) }),
    location: t.string({ description: '发现位置 — e.g. 3号楼2单元', validate: text(1, 100) }),
    reporterName: t.string({ required: true, description: '采集人 — the officer or collector who found it', validate: text(2, 20) }),
    reporterKind: t.field({ type: ReporterKindEnum, required: true, description: '采集人类别 — 城管队员 or 智慧城管问题采集员' }),
  }),
});

const ClassifyInput = builder.inputType('ZhangzhouClassifyGridCaseInput', {
  description: '分类上报 — classify a REPORTED case',
  fields: (t) => ({
    caseId: t.id({ required: true, description: '案件编号 — e.g. GC000123' }),
    category: t.field({ type: CategoryEnum, required: true, description: '问题类别' }),
  }),
});

const DispatchInput = builder.inputType('ZhangzhouDispatchGridCaseInput', {
  description: '派遣处置 — dispatch a CLASSIFIED case (or a REJECTED one again) to a department',
  fields: (t) => ({
    caseId: t.id({ required: true, description: '案件编号 — e.g. GC000123' }),
    department: t.string({ required: true, description: '处置部门 — e.g. 芗城区城市管理和综合执法局', validate: text(2, 100) }),
    deadline: t.field({ type: 'DateTime', description: `处置时限 — default: now plus the category's time limit (${Object.entries(SLA_HOURS).map(([c, h]) => `${c} ${h} h`).join(', ')}); at most ${MAX_DEADLINE_DAYS} days ahead` }),
  }),
});

const HandleInput = builder.inputType('ZhangzhouHandleGridCaseInput', {
  description: '处置 — the department reports a DISPATCHED case handled',
  fields: (t) => ({
    caseId: t.id({ required: true, description: '案件编号 — e.g. GC000123' }),
    note: t.string({ required: true, description: '处置情况 — what was done', validate: text(2, 500) }),
  }),
});

const VerifyInput = builder.inputType('ZhangzhouVerifyGridCaseInput', {
  description: '核查验收 — accept a HANDLED case after checking on site',
  fields: (t) => ({
    caseId: t.id({ required: true, description: '案件编号 — e.g. GC000123' }),
    note: t.string({ description: '核查意见', validate: text(2, 500) }),
  }),
});

const RejectInput = builder.inputType('ZhangzhouRejectGridCaseInput', {
  description: '核查退回 — send a HANDLED case back: it waits to be dispatched again',
  fields: (t) => ({
    caseId: t.id({ required: true, description: '案件编号 — e.g. GC000123' }),
    reason: t.string({ required: true, description: '退回原因', validate: text(2, 500) }),
  }),
});

interface StepPatch {
  category?: GridCategory;
  department?: string;
  deadline?: Date;
  note?: string | null;
}

/** Takes `action` on the case: locks it, checks who and whether, writes the new state and the transition. */
async function move(ctx: ZhangzhouContext, caseId: string, action: GridAction, patch: (current: CaseRow) => StepPatch): Promise<CaseRow> {
  requireSeesZhangzhou(ctx.viewer);
  const { label, to } = ACTIONS[action];
  return ctx.em.transactional(async (em) => {
    const current = await findCase(em, caseId, true);
    if (!current) throw WuyeError.notFound('Grid case', caseId);
    requireActsOn(ctx.viewer, current.regionCode, `move grid cases (${label})`);
    if (!canTake(action, current.state)) {
      const next = actionsFrom(current.state).map((a) => `${ACTIONS[a].label} (${a})`);
      throw WuyeError.conflict(
        `Grid case ${caseId} is ${current.state} (${STATE_LABEL[current.state]}): ${label} takes a case that is ${ACTIONS[action].from.join(' or ')}. ${next.length ? `It can go on by ${next.join(' or ')}.` : 'It is closed.'}`,
      );
    }
    if (ctx.now < current.updatedAt) throw WuyeError.conflict(`Grid case ${caseId} last moved at ${current.updatedAt.toISOString()}, after this request's clock (${ctx.now.toISOString()}).`);
    const step = patch(current);
    const [row] = await sql<Record<string, unknown>>(
      em,
      `update ${S}.grid_case set state = ?, updated_at = ?, category = coalesce(?, category), department = coalesce(?, department), deadline = coalesce(?::timestamptz, deadline)
       where id = ? returning id`,
      [to, ctx.now, step.category ?? null, step.department ?? null, step.deadline ?? null, caseId],
    );
    if (!row) throw WuyeError.notFound('Grid case', caseId);
    await recordTransition(em, { caseId, regionCode: current.regionCode, fromState: current.state, toState: to, at: ctx.now, actor: actorOf(ctx.viewer), ...step });
    return (await findCase(em, caseId))!;
  });
}

async function recordTransition(
  em: EntityManager,
  t: { caseId: string; regionCode: string; fromState: string | null; toState: string; at: Date; actor: string } & StepPatch,
): Promise<void> {
  await sql(
    em,
    `insert into ${S}.grid_case_transition (case_id, region_code, from_state, to_state, at, actor, category, department, deadline, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [t.caseId, t.regionCode, t.fromState, t.toState, t.at, t.actor, t.category ?? null, t.department ?? null, t.deadline ?? null, t.note ?? null],
  );
}

builder.mutationFields((t) => ({
  zhangzhouReportGridCase: t.field({
    type: GridCaseRef,
    description: '采集问题 — record a problem found on 网格巡查 in a 漳州 estate (street staff, county and city admins of its region); the registry is asked where the estate lies',
    authScopes: { role: ACTING_ROLES },
    args: { input: t.arg({ type: ReportInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireSeesZhangzhou(ctx.viewer);
      const estateId = String(input.estateId);
      const [estate] = await ctx.services.entities<{ id: string; regionCode: string }>('registry', 'ResidentialEstate', [{ id: estateId }], 'id regionCode');
      if (!estate?.regionCode) throw WuyeError.badInput('input.estateId', `no estate ${estateId} in the registry`);
      if (!isWithin(estate.regionCode, CITY)) throw WuyeError.badInput('input.estateId', `estate ${estateId} lies in ${estate.regionCode}, outside 漳州 (${CITY}): this plugin takes 漳州's grid cases only`);
      requireActsOn(ctx.viewer, estate.regionCode, 'report grid cases');
      return ctx.em.transactional(async (em) => {
        const [{ n }] = (await sql<{ n: number }>(em, `select nextval('${S}.grid_case_id_seq')::int as n`)) as [{ n: number }];
        const id = `GC${String(n).padStart(6, '0')}`;
        await sql(
          em,
          `insert into ${S}.grid_case (id, estate_id, region_code, description, location, reporter_name, reporter_kind, category, state, department, deadline, reported_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, null, 'REPORTED', null, null, ?, ?)`,
          [id, estateId, estate.regionCode, input.description.trim(), input.location?.trim() || null, input.reporterName.trim(), input.reporterKind, ctx.now, ctx.now],
        );
        await recordTransition(em, { caseId: id, regionCode: estate.regionCode, fromState: null, toState: 'REPORTED', at: ctx.now, actor: actorOf(ctx.viewer) });
        return (await findCase(em, id))!;
      });
    },
  }),

  zhangzhouClassifyGridCase: t.field({
    type: GridCaseRef,
    description: '分类上报 — classify a REPORTED case (CONFLICT in any other state)',
    authScopes: { role: ACTING_ROLES },
    args: { input: t.arg({ type: ClassifyInput, required: true }) },
    resolve: (_root, { input }, ctx) => move(ctx, String(input.caseId), 'classify', () => ({ category: input.category })),
  }),

  zhangzhouDispatchGridCase: t.field({
    type: GridCaseRef,
    description: '派遣处置 — dispatch a CLASSIFIED or REJECTED case to a department with a deadline (CONFLICT in any other state)',
    authScopes: { role: ACTING_ROLES },
    args: { input: t.arg({ type: DispatchInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      if (input.deadline && input.deadline <= ctx.now) throw WuyeError.badInput('input.deadline', `must lie after now (${ctx.now.toISOString()})`);
      if (input.deadline && input.deadline.getTime() > ctx.now.getTime() + MAX_DEADLINE_DAYS * 24 * HOUR) throw WuyeError.badInput('input.deadline', `must lie within ${MAX_DEADLINE_DAYS} days`);
      return move(ctx, String(input.caseId), 'dispatch', (current) => ({
        department: input.department.trim(),
        deadline: input.deadline ?? new Date(ctx.now.getTime() + SLA_HOURS[current.category ?? 'OTHER'] * HOUR),
      }));
    },
  }),

  zhangzhouHandleGridCase: t.field({
    type: GridCaseRef,
    description: '处置 — record that the department handled a DISPATCHED case (CONFLICT in any other state)',
    authScopes: { role: ACTING_ROLES },
    args: { input: t.arg({ type: HandleInput, required: true }) },
    resolve: (_root, { input }, ctx) => move(ctx, String(input.caseId), 'handle', () => ({ note: input.note.trim() })),
  }),

  zhangzhouVerifyGridCase: t.field({
    type: GridCaseRef,
    description: '核查验收 — accept a HANDLED case: it is closed (CONFLICT in any other state)',
    authScopes: { role: ACTING_ROLES },
    args: { input: t.arg({ type: VerifyInput, required: true }) },
    resolve: (_root, { input }, ctx) => move(ctx, String(input.caseId), 'verify', () => ({ note: input.note?.trim() ?? null })),
  }),

  zhangzhouRejectGridCase: t.field({
    type: GridCaseRef,
    description: '核查退回 — send a HANDLED case back with the reason; it is then dispatched again (CONFLICT in any other state)',
    authScopes: { role: ACTING_ROLES },
    args: { input: t.arg({ type: RejectInput, required: true }) },
    resolve: (_root, { input }, ctx) => move(ctx, String(input.caseId), 'reject', () => ({ note: input.reason.trim() })),
  }),
}));
