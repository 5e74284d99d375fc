// 执法进社区: departments' enforcement actions at estates against 私搭乱建, 违规装修 and 占用消防通道 — recorded
// PENDING, then concluded once (RECTIFIED, FINED or — illegal construction only — DEMOLISHED).
import { sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder } from './builder.js';
import { mustAdminister, nextIds, notBefore, notFuture, regionLike, S, sqlConnection, today } from './common.js';
import { EstateRef, RegionRef } from './core-entities.js';
import { DepartmentEnum, OutcomeEnum, ViolationEnum } from './enums.js';
import { estateRegion } from './registry-facts.js';

export interface EnforcementRow {
  id: string;
  estate_id: string;
  region_code: string;
  department: 'URBAN_MANAGEMENT';
  violation: 'ILLEGAL_CONSTRUCTION' | 'ILLEGAL_RENOVATION' | 'FIRE_LANE_BLOCKED';
  found_on: string;
  outcome: 'PENDING' | 'RECTIFIED' | 'FINED' | 'DEMOLISHED';
  concluded_on: string | null;
  note: string;
}

export const EnforcementRef = builder.objectRef<EnforcementRow>('GovernanceEnforcementAction').implement({
  description: '执法进社区 — a department\'s enforcement action at an estate',
  fields: (t) => ({
    id: t.exposeID('id', { description: '执法编号' }),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (a) => ({ id: a.estate_id }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (a) => ({ code: a.region_code }) }),
    department: t.field({ type: DepartmentEnum, description: '执法部门', resolve: (a) => a.department }),
    violation: t.field({ type: ViolationEnum, description: '违法违规行为', resolve: (a) => a.violation }),
    foundOn: t.field({ type: 'Date', description: '发现日期', resolve: (a) => a.found_on }),
    outcome: t.field({ type: OutcomeEnum, description: '处置结果', resolve: (a) => a.outcome }),
    concludedOn: t.field({ type: 'Date', nullable: true, description: '办结日期', resolve: (a) => a.concluded_on }),
    note: t.exposeString('note', { description: '情况 — what was found' }),
  }),
});

const EnforcementFilter = builder.inputType('GovernanceEnforcementFilter', {
  description: '执法筛选 — filters for enforcement actions',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区' }),
    estateId: t.id({ description: '住宅小区' }),
    violation: t.field({ type: ViolationEnum, description: '违法违规行为' }),
    outcome: t.field({ type: OutcomeEnum, description: '处置结果' }),
  }),
});

const RecordInput = builder.inputType('RecordEnforcementActionInput', {
  description: '登记执法 — a violation a department found at an estate',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '住宅小区' }),
    department: t.field({ type: DepartmentEnum, required: true, description: '执法部门' }),
    violation: t.field({ type: ViolationEnum, required: true, description: '违法违规行为' }),
    foundOn: t.field({ type: 'Date', required: true, description: '发现日期 — not in the future' }),
    note: t.string({ required: true, description: '情况', validate: z.string().trim().min(2).max(2000) }),
  }),
});

const ConcludeInput = builder.inputType('ConcludeEnforcementActionInput', {
  description: '办结执法 — how a pending action ended',
  fields: (t) => ({
    id: t.id({ required: true, description: '执法编号' }),
    outcome: t.field({ type: OutcomeEnum, required: true, description: '处置结果 — RECTIFIED, FINED or DEMOLISHED' }),
    concludedOn: t.field({ type: 'Date', required: true, description: '办结日期 — not in the future, not before it was found' }),
  }),
});

builder.queryFields((t) => ({
  governanceEnforcementActions: t.connection({
    type: EnforcementRef,
    description: '执法进社区 — enforcement actions at estates, filtered and paged by id',
    args: { filter: t.arg({ type: EnforcementFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      const conditions = ['t.region_code like ?', 't.found_on <= ?::date'];
      const params: unknown[] = [regionLike(f.regionCode), today(ctx)];
      if (f.estateId) {
        conditions.push('t.estate_id = ?');
        params.push(f.estateId);
      }
      if (f.violation) {
        conditions.push('t.violation = ?');
        params.push(f.violation);
      }
      if (f.outcome) {
        conditions.push('t.outcome = ?');
        params.push(f.outcome);
      }
      return sqlConnection<EnforcementRow>(ctx, args, `${S}.enforcement_action`, conditions, params);
    },
  }, { description: '执法列表' }, { description: '执法' }),
}));

builder.mutationFields((t) => ({
  recordEnforcementAction: t.field({
    type: EnforcementRef,
    description: '登记执法 — officials (street staff and above) over the estate record an action; it starts PENDING',
    authScopes: { official: true },
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.foundOn', input.foundOn);
      const regionCode = await estateRegion(ctx, String(input.estateId), 'input.estateId');
      mustAdminister(ctx, regionCode, `Estate ${input.estateId}`);
      const [id] = await nextIds(ctx.em, 'enforcement');
      const [row] = await sql<EnforcementRow>(ctx.em, `insert into ${S}.enforcement_action (id, estate_id, region_code, department, violation, found_on, outcome, note) values (?, ?, ?, ?, ?, ?, 'PENDING', ?) returning *`, [
        id, input.estateId, regionCode, input.department, input.violation, input.foundOn, input.note.trim(),
      ]);
      return row!;
    },
  }),
  concludeEnforcementAction: t.field({
    type: EnforcementRef,
    description: '办结执法 — officials over the estate conclude a PENDING action, once (CONFLICT when concluded)',
    authScopes: { official: true },
    args: { input: t.arg({ type: ConcludeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.concludedOn', input.concludedOn);
      if (input.outcome === 'PENDING') throw WuyeError.badInput('input.outcome', 'conclude with RECTIFIED, FINED or DEMOLISHED');
      const [action] = await sql<EnforcementRow>(ctx.em, `select * from ${S}.enforcement_action where id = ?`, [input.id]);
      if (!action) throw WuyeError.badInput('input.id', `no enforcement action ${input.id}`);
      mustAdminister(ctx, action.region_code, `Enforcement action ${action.id}`);
      if (action.outcome !== 'PENDING') throw WuyeError.conflict(`Enforcement action ${action.id} was concluded ${action.outcome} on ${action.concluded_on}.`);
      if (input.outcome === 'DEMOLISHED' && action.violation !== 'ILLEGAL_CONSTRUCTION') throw WuyeError.badInput('input.outcome', 'only illegal construction is demolished');
      notBefore('input.concludedOn', input.concludedOn, action.found_on, 'the day it was found');
      const [row] = await sql<EnforcementRow>(ctx.em, `update ${S}.enforcement_action set outcome = ?, concluded_on = ? where id = ? and outcome = 'PENDING' returning *`, [input.outcome, input.concludedOn, action.id]);
      if (!row) throw WuyeError.conflict(`Enforcement action ${action.id} was concluded meanwhile: reload it.`);
      return row;
    },
  }),
}));
