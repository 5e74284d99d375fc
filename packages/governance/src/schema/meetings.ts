// 物业管理联席会议: streets convene departments on property-management problems; each resolution has an
// owning department and a deadline and is followed up until done (OPEN → DONE, once); overdue is derived
// from the request's clock.
import { defineLoader, groupedInKeyOrder, levelOf, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder, type GovernanceContext } from './builder.js';
import { actorOf, mustAdminister, nextIds, notBefore, notFuture, regionLike, S, sqlConnection, today } from './common.js';
import { RegionRef } from './core-entities.js';
import { ResolutionStateEnum } from './enums.js';

interface MeetingRow {
  id: string;
  street_code: string;
  held_on: string;
  topic: string;
  departments: string[];
  matters: string[];
}

interface ResolutionRow {
  id: string;
  meeting_id: string;
  street_code: string;
  text: string;
  owner_department: string;
  deadline: string;
  state: 'OPEN' | 'DONE';
  done_on: string | null;
  done_note: string | null;
}

const resolutionsOf = defineLoader<string, ResolutionRow[], GovernanceContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<ResolutionRow>(ctx.em, `select * from ${S}.joint_resolution where meeting_id = any(?::text[]) order by id`, [ids]), (r) => r.meeting_id),
);

const ResolutionRef = builder.objectRef<ResolutionRow>('GovernanceJointResolution').implement({
  description: '会议决议 — a joint meeting\'s resolution, its owner, deadline and follow-up',
  fields: (t) => ({
    id: t.exposeID('id', { description: '决议编号' }),
    meetingId: t.exposeID('meeting_id', { description: '会议编号' }),
    text: t.exposeString('text', { description: '决议内容' }),
    ownerDepartment: t.exposeString('owner_department', { description: '责任部门' }),
    deadline: t.field({ type: 'Date', description: '办理期限', resolve: (r) => r.deadline }),
    state: t.field({ type: ResolutionStateEnum, description: '办理状态', resolve: (r) => r.state }),
    doneOn: t.field({ type: 'Date', nullable: true, description: '办结日期', resolve: (r) => r.done_on }),
    doneNote: t.exposeString('done_note', { nullable: true, description: '办结情况' }),
    overdue: t.boolean({ description: '逾期 — open past its deadline at the request\'s clock', resolve: (r, _a, ctx) => r.state === 'OPEN' && r.deadline < today(ctx) }),
  }),
});

const MeetingRef = builder.objectRef<MeetingRow>('GovernanceJointMeeting').implement({
  description: '物业管理联席会议 — a street\'s joint meeting on property management',
  fields: (t) => ({
    id: t.exposeID('id', { description: '会议编号' }),
    street: t.field({ type: RegionRef, description: '召集街道 — the convening street', resolve: (m) => ({ code: m.street_code }) }),
    heldOn: t.field({ type: 'Date', description: '会议日期', resolve: (m) => m.held_on }),
    topic: t.exposeString('topic', { description: '会议主题' }),
    departments: t.exposeStringList('departments', { description: '参会部门 — attending departments' }),
    matters: t.exposeStringList('matters', { description: '研究事项 — matters raised' }),
    resolutions: t.field({ type: [ResolutionRef], description: '会议决议', resolve: (m, _a, ctx) => resolutionsOf(ctx).load(m.id) }),
  }),
});

const ResolutionInput = builder.inputType('GovernanceJointResolutionInput', {
  description: '会议决议 — a resolution with its owner and deadline',
  fields: (t) => ({
    text: t.string({ required: true, description: '决议内容', validate: z.string().trim().min(2).max(2000) }),
    ownerDepartment: t.string({ required: true, description: '责任部门', validate: z.string().trim().min(2).max(100) }),
    deadline: t.field({ type: 'Date', required: true, description: '办理期限 — on or after the meeting' }),
  }),
});

const MeetingInput = builder.inputType('RecordJointMeetingInput', {
  description: '登记联席会议 — a street\'s joint meeting and its resolutions',
  fields: (t) => ({
    streetCode: t.field({ type: 'RegionCode', required: true, description: '召集街道 (9 digits)' }),
    heldOn: t.field({ type: 'Date', required: true, description: '会议日期 — not in the future' }),
    topic: t.string({ required: true, description: '会议主题', validate: z.string().trim().min(2).max(200) }),
    departments: t.stringList({ required: true, description: '参会部门 — at least one' }),
    matters: t.stringList({ required: true, description: '研究事项 — at least one' }),
    resolutions: t.field({ type: [ResolutionInput], required: true, description: '会议决议' }),
  }),
});

const CompleteInput = builder.inputType('CompleteJointMeetingResolutionInput', {
  description: '决议办结 — a resolution done',
  fields: (t) => ({
    id: t.id({ required: true, description: '决议编号' }),
    doneOn: t.field({ type: 'Date', required: true, description: '办结日期 — not in the future, not before the meeting' }),
    note: t.string({ required: true, description: '办结情况', validate: z.string().trim().min(2).max(2000) }),
  }),
});

const ResolutionFilter = builder.inputType('GovernanceJointResolutionFilter', {
  description: '决议筛选 — filters for resolutions',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区' }),
    state: t.field({ type: ResolutionStateEnum, description: '办理状态' }),
    overdue: t.boolean({ description: '逾期 — true: open past the deadline only' }),
  }),
});

builder.queryFields((t) => ({
  governanceJointMeetings: t.connection({
    type: MeetingRef,
    description: '物业管理联席会议 — streets\' joint meetings in a region, paged by id',
    args: { regionCode: t.arg({ type: 'RegionCode', description: '地区' }) },
    resolve: (_root, args, ctx) => sqlConnection<MeetingRow>(ctx, args, `${S}.joint_meeting`, ['t.street_code like ?', 't.held_on <= ?::date'], [regionLike(args.regionCode), today(ctx)]),
  }, { description: '会议列表' }, { description: '会议' }),
  governanceJointResolutions: t.connection({
    type: ResolutionRef,
    description: '联席会议决议 — resolutions and their follow-up, paged by id',
    args: { filter: t.arg({ type: ResolutionFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      const conditions = ['t.street_code like ?'];
      const params: unknown[] = [regionLike(f.regionCode)];
      if (f.state) {
        conditions.push('t.state = ?');
        params.push(f.state);
      }
      if (f.overdue) {
        conditions.push(`t.state = 'OPEN' and t.deadline < ?::date`);
        params.push(today(ctx));
      }
      return sqlConnection<ResolutionRow>(ctx, args, `${S}.joint_resolution`, conditions, params);
    },
  }, { description: '决议列表' }, { description: '决议' }),
}));

builder.mutationFields((t) => ({
  recordJointMeeting: t.field({
    type: MeetingRef,
    description: '登记联席会议 — officials (street staff and above) over the street record a meeting with its resolutions',
    authScopes: { official: true },
    args: { input: t.arg({ type: MeetingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.streetCode) !== 'STREET') throw WuyeError.badInput('input.streetCode', `${input.streetCode} is not a street code`);
      mustAdminister(ctx, input.streetCode, `Street ${input.streetCode}`);
      notFuture(ctx, 'input.heldOn', input.heldOn);
      if (input.departments.length === 0) throw WuyeError.badInput('input.departments', 'name the attending departments');
      if (input.matters.length === 0) throw WuyeError.badInput('input.matters', 'name the matters raised');
      input.resolutions.forEach((r, i) => notBefore(`input.resolutions.${i}.deadline`, r.deadline, input.heldOn, 'the meeting'));
      return ctx.em.transactional(async (em) => {
        const [id] = await nextIds(em, 'meeting');
        const [row] = await sql<MeetingRow>(em, `insert into ${S}.joint_meeting (id, street_code, held_on, topic, departments, matters, recorded_by) values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) returning *`, [
          id, input.streetCode, input.heldOn, input.topic.trim(), JSON.stringify(input.departments.map((d) => d.trim())), JSON.stringify(input.matters.map((m) => m.trim())), actorOf(ctx),
        ]);
        const ids = await nextIds(em, 'resolution', input.resolutions.length);
        for (const [i, r] of input.resolutions.entries()) {
          await sql(em, `insert into ${S}.joint_resolution (id, meeting_id, street_code, text, owner_department, deadline, state) values (?, ?, ?, ?, ?, ?, 'OPEN')`, [ids[i], id, input.streetCode, r.text.trim(), r.ownerDepartment.trim(), r.deadline]);
        }
        return row!;
      });
    },
  }),
  completeJointMeetingResolution: t.field({
    type: ResolutionRef,
    description: '决议办结 — officials over the street mark an OPEN resolution done, once (CONFLICT when done)',
    authScopes: { official: true },
    args: { input: t.arg({ type: CompleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.doneOn', input.doneOn);
      const [r] = await sql<ResolutionRow & { held_on: string }>(ctx.em, `select r.*, m.held_on from ${S}.joint_resolution r join ${S}.joint_meeting m on m.id = r.meeting_id where r.id = ?`, [input.id]);
      if (!r) throw WuyeError.badInput('input.id', `no resolution ${input.id}`);
      mustAdminister(ctx, r.street_code, `Resolution ${r.id}`);
      if (r.state === 'DONE') throw WuyeError.conflict(`Resolution ${r.id} was done on ${r.done_on}.`);
      notBefore('input.doneOn', input.doneOn, r.held_on, 'the meeting');
      const [row] = await sql<ResolutionRow>(ctx.em, `update ${S}.joint_resolution set state = 'DONE', done_on = ?, done_note = ? where id = ? and state = 'OPEN' returning *`, [input.doneOn, input.note.trim(), r.id]);
      if (!row) throw WuyeError.conflict(`Resolution ${r.id} was done meanwhile: reload it.`);
      return row;
    },
  }),
}));
