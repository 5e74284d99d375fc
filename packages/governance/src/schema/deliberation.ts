// 议事协商: matters owners raise at an estate (群众接待日, 业主恳谈会, 近邻恳谈会, 民主协商议事会) and where each
// was settled — ESTATE, COMMUNITY or STREET ("小事不出小区、大事不出社区") — and how long it took.
import { sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder } from './builder.js';
import { mustAdminister, nextIds, notBefore, notFuture, regionLike, S, sqlConnection, today } from './common.js';
import { EstateRef, RegionRef } from './core-entities.js';
import { ForumEnum, SettlementLevelEnum } from './enums.js';
import { estateRegion } from './registry-facts.js';

export interface MatterRow {
  id: string;
  estate_id: string;
  region_code: string;
  forum: 'RECEPTION_DAY';
  subject: string;
  raised_on: string;
  settled_level: 'ESTATE' | 'COMMUNITY' | 'STREET' | null;
  settled_on: string | null;
  resolution: string | null;
}

export const MatterRef = builder.objectRef<MatterRow>('GovernanceMatter').implement({
  description: '议事事项 — a matter owners raised at an estate, and where it was settled',
  fields: (t) => ({
    id: t.exposeID('id', { description: '事项编号' }),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (m) => ({ id: m.estate_id }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (m) => ({ code: m.region_code }) }),
    forum: t.field({ type: ForumEnum, description: '议事形式', resolve: (m) => m.forum }),
    subject: t.exposeString('subject', { description: '事项' }),
    raisedOn: t.field({ type: 'Date', description: '提出日期', resolve: (m) => m.raised_on }),
    settledLevel: t.field({ type: SettlementLevelEnum, nullable: true, description: '化解层级 — null while open', resolve: (m) => m.settled_level }),
    settledOn: t.field({ type: 'Date', nullable: true, description: '化解日期', resolve: (m) => m.settled_on }),
    daysToSettle: t.int({ nullable: true, description: '化解用时 — raised → settled, in days', resolve: (m) => (m.settled_on ? (Date.parse(m.settled_on) - Date.parse(m.raised_on)) / 86_400_000 : null) }),
    resolution: t.exposeString('resolution', { nullable: true, description: '化解结果' }),
  }),
});

const MatterFilter = builder.inputType('GovernanceMatterFilter', {
  description: '事项筛选 — filters for deliberation matters',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区' }),
    estateId: t.id({ description: '住宅小区' }),
    settledLevel: t.field({ type: SettlementLevelEnum, description: '化解层级' }),
    open: t.boolean({ description: '未化解 — true: open matters only; false: settled only' }),
  }),
});

const RaiseInput = builder.inputType('RaiseGovernanceMatterInput', {
  description: '登记议事事项 — a matter owners raised at an estate',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '住宅小区' }),
    forum: t.field({ type: ForumEnum, required: true, description: '议事形式' }),
    subject: t.string({ required: true, description: '事项', validate: z.string().trim().min(2).max(200) }),
    raisedOn: t.field({ type: 'Date', required: true, description: '提出日期 — not in the future' }),
  }),
});

const SettleInput = builder.inputType('SettleGovernanceMatterInput', {
  description: '化解议事事项 — where and when a matter was settled',
  fields: (t) => ({
    id: t.id({ required: true, description: '事项编号' }),
    level: t.field({ type: SettlementLevelEnum, required: true, description: '化解层级' }),
    settledOn: t.field({ type: 'Date', required: true, description: '化解日期 — not in the future, not before it was raised' }),
    resolution: t.string({ required: true, description: '化解结果', validate: z.string().trim().min(2).max(2000) }),
  }),
});

builder.queryFields((t) => ({
  governanceMatters: t.connection({
    type: MatterRef,
    description: '议事协商事项 — matters raised at estates, filtered and paged by id',
    args: { filter: t.arg({ type: MatterFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      const conditions = ['t.region_code like ?', 't.raised_on <= ?::date'];
      const params: unknown[] = [regionLike(f.regionCode), today(ctx)];
      if (f.estateId) {
        conditions.push('t.estate_id = ?');
        params.push(f.estateId);
      }
      if (f.settledLevel) {
        conditions.push('t.settled_level = ?');
        params.push(f.settledLevel);
      }
      if (f.open != null) conditions.push(f.open ? 't.settled_on is null' : 't.settled_on is not null');
      return sqlConnection<MatterRow>(ctx, args, `${S}.deliberation_matter`, conditions, params);
    },
  }, { description: '事项列表' }, { description: '事项' }),
}));

builder.mutationFields((t) => ({
  raiseGovernanceMatter: t.field({
    type: MatterRef,
    description: '登记议事事项 — officials (street staff and above) over the estate record a matter owners raised',
    authScopes: { official: true },
    args: { input: t.arg({ type: RaiseInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.raisedOn', input.raisedOn);
      const regionCode = await estateRegion(ctx, String(input.estateId), 'input.estateId');
      mustAdminister(ctx, regionCode, `Estate ${input.estateId}`);
      const [id] = await nextIds(ctx.em, 'matter');
      const [row] = await sql<MatterRow>(ctx.em, `insert into ${S}.deliberation_matter (id, estate_id, region_code, forum, subject, raised_on) values (?, ?, ?, ?, ?, ?) returning *`, [
        id, input.estateId, regionCode, input.forum, input.subject.trim(), input.raisedOn,
      ]);
      return row!;
    },
  }),
  settleGovernanceMatter: t.field({
    type: MatterRef,
    description: '化解议事事项 — officials over the estate record where and when it was settled, once (CONFLICT when settled)',
    authScopes: { official: true },
    args: { input: t.arg({ type: SettleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.settledOn', input.settledOn);
      const [matter] = await sql<MatterRow>(ctx.em, `select * from ${S}.deliberation_matter where id = ?`, [input.id]);
      if (!matter) throw WuyeError.badInput('input.id', `no matter ${input.id}`);
      mustAdminister(ctx, matter.region_code, `Matter ${matter.id}`);
      if (matter.settled_on) throw WuyeError.conflict(`Matter ${matter.id} was settled at ${matter.settled_level} on ${matter.settled_on}.`);
      notBefore('input.settledOn', input.settledOn, matter.raised_on, 'the day it was raised');
      const [row] = await sql<MatterRow>(ctx.em, `update ${S}.deliberation_matter set settled_level = ?, settled_on = ?, resolution = ? where id = ? and settled_on is null returning *`, [
        input.level, input.settledOn, input.resolution.trim(), matter.id,
      ]);
      if (!row) throw WuyeError.conflict(`Matter ${matter.id} was settled meanwhile: reload it.`);
      return row;
    },
  }),
}));
