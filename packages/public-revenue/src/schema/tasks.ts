// 整治任务清单: the province's and cities' rectification tasks, and their 销号 (closure with evidence).
import { administers, chinaDate, keysetConnection, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { TaskEntity, type Task } from '../entities/index.js';
import { builder } from './builder.js';
import { RegionRef } from './core-entities.js';
import { TaskLevelEnum, TaskStatusEnum } from './enums.js';

export const TaskRef = builder.objectRef<Task>('PublicRevenueTask').implement({
  description: '整治任务 — an item of the province\'s or a city\'s rectification task list (整治任务清单), closed by 销号 with evidence',
  fields: (t) => ({
    id: t.exposeID('id', { description: '任务编号' }),
    level: t.field({ type: TaskLevelEnum, description: '层级 — the province\'s list or a city\'s', resolve: (x) => x.level as 'PROVINCE' }),
    region: t.field({ type: RegionRef, description: '责任地区 — the province or the city', resolve: (x) => ({ code: x.regionCode }) }),
    title: t.exposeString('title', { description: '任务 — what is to be done' }),
    department: t.exposeString('department', { description: '责任单位 — the department answerable for it' }),
    assignedOn: t.field({ type: 'Date', description: '下达日期', resolve: (x) => x.assignedOn }),
    deadline: t.field({ type: 'Date', description: '完成时限', resolve: (x) => x.deadline }),
    status: t.field({ type: TaskStatusEnum, description: '状态 — OPEN or CLOSED (销号)', resolve: (x) => x.status as 'OPEN' }),
    overdue: t.boolean({ description: '逾期 — open past its deadline', resolve: (x, _a, ctx) => x.status === 'OPEN' && x.deadline < chinaDate(ctx.now) }),
    closedOn: t.field({ type: 'Date', nullable: true, description: '销号日期', resolve: (x) => x.closedOn }),
    evidence: t.exposeString('evidence', { nullable: true, description: '销号佐证 — the evidence it was closed on' }),
  }),
});

const TaskFilter = builder.inputType('PublicRevenueTaskFilter', {
  description: '任务筛选 — filters for the task list; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区 — tasks of this region and below (350000: all 57)' }),
    level: t.field({ type: TaskLevelEnum, description: '层级' }),
    status: t.field({ type: TaskStatusEnum, description: '状态' }),
    overdue: t.boolean({ description: '逾期 — true: open tasks past their deadline; false: the others' }),
  }),
});

const CloseInput = builder.inputType('ClosePublicRevenueTaskInput', {
  description: '销号 — close a task with the evidence it was done',
  fields: (t) => ({
    id: t.id({ required: true, description: '任务编号' }),
    evidence: t.string({ required: true, description: '销号佐证 — e.g. the report and where it is filed', validate: z.string().trim().min(6, 'must say what the evidence is (at least 6 characters)').max(1000) }),
    closedOn: t.field({ type: 'Date', description: '销号日期 — default: today' }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueTasks: t.connection({
    type: TaskRef,
    description: '整治任务清单 — the rectification tasks, filtered and paged by id',
    args: { filter: t.arg({ type: TaskFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = {};
      const f = args.filter ?? {};
      if (f.regionCode) where.regionCode = { $like: `${regionPrefix(f.regionCode)}%` };
      if (f.level) where.level = f.level;
      if (f.status) where.status = f.status;
      if (f.overdue === true) Object.assign(where, { status: 'OPEN', deadline: { $lt: chinaDate(ctx.now) } });
      if (f.overdue === false) where.$or = [{ status: 'CLOSED' }, { deadline: { $gte: chinaDate(ctx.now) } }];
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(TaskEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (x) => [x.id],
        () => ctx.em.count(TaskEntity, where),
      );
    },
  }, { description: '整治任务清单 — a page of tasks' }, { description: '整治任务 — a task in the list' }),
}));

builder.mutationFields((t) => ({
  closePublicRevenueTask: t.field({
    type: TaskRef,
    description: '销号 — officials over the task\'s region close it with evidence; a closed task cannot be closed again (CONFLICT)',
    authScopes: { official: true },
    args: { input: t.arg({ type: CloseInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const today = chinaDate(ctx.now);
      const closedOn = input.closedOn ?? today;
      if (closedOn > today) throw WuyeError.badInput('input.closedOn', 'lies in the future');
      const task = await ctx.em.findOne(TaskEntity, { id: input.id });
      if (!task) throw WuyeError.badInput('input.id', `no task ${input.id}`);
      if (!administers(ctx.viewer, task.regionCode)) throw WuyeError.forbidden(`Task ${task.id} belongs to ${task.regionCode}, outside your region ${ctx.viewer.region}.`);
      if (closedOn < task.assignedOn) throw WuyeError.badInput('input.closedOn', `is before the task was assigned (${task.assignedOn})`);
      // one statement: of two officials closing at once, one wins
      const [closed] = await sql<{ id: string }>(
        ctx.em,
        `update public_revenue.rectification_task set status = 'CLOSED', closed_on = ?, closed_by = ?, evidence = ? where id = ? and status = 'OPEN' returning id`,
        [closedOn, ctx.viewer.subject ?? ctx.viewer.role, input.evidence.trim(), task.id],
      );
      if (!closed) throw WuyeError.conflict(`Task ${task.id} is already closed (销号).`);
      return (await ctx.em.fork().findOne(TaskEntity, { id: task.id }))!;
    },
  }),
}));
