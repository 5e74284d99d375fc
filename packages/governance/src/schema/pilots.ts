// 完整社区: the provincial complete-community pilots, each with its 党群服务中心 and the estates it serves.
// The province admin designates a pilot; the estates must lie in the pilot community's street.
import { defineLoader, groupedInKeyOrder, inKeyOrder, levelOf, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder, type GovernanceContext } from './builder.js';
import { nextIds, notFuture, regionLike, S, today } from './common.js';
import { EstateRef, RegionRef } from './core-entities.js';
import { estateRegions } from './registry-facts.js';

export interface PilotRow {
  id: string;
  name: string;
  community_code: string;
  batch: number;
  designated_on: string;
  centre_name: string;
  centre_opened_on: string | null;
  sign_hung: boolean;
}

const estatesOfPilot = defineLoader<string, { pilot_id: string; estate_id: string }[], GovernanceContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<{ pilot_id: string; estate_id: string }>(ctx.em, `select pilot_id, estate_id from ${S}.pilot_estate where pilot_id = any(?::text[]) order by pilot_id, estate_id`, [ids]), (r) => r.pilot_id),
);

export const pilotById = defineLoader<string, PilotRow | null, GovernanceContext>(async (ids, ctx) =>
  inKeyOrder(ids, await sql<PilotRow>(ctx.em, `select * from ${S}.pilot where id = any(?::text[])`, [ids]), (p) => p.id),
);

const CentreRef = builder.objectRef<PilotRow>('GovernancePartyMassServiceCentre').implement({
  description: '党群服务中心 — a pilot community\'s party-mass service centre',
  fields: (t) => ({
    name: t.string({ description: '名称', resolve: (p) => p.centre_name }),
    openedOn: t.field({ type: 'Date', nullable: true, description: '启用日期', resolve: (p) => p.centre_opened_on }),
    signHung: t.boolean({ description: '规范悬挂标识 — the centre\'s sign hung in plain view', resolve: (p) => p.sign_hung }),
  }),
});

export const PilotRef = builder.objectRef<PilotRow>('GovernancePilot').implement({
  description: '完整社区建设试点 — a provincial complete-community pilot',
  fields: (t) => ({
    id: t.exposeID('id', { description: '试点编号' }),
    name: t.exposeString('name', { description: '试点名称' }),
    community: t.field({ type: RegionRef, description: '社区 — the pilot community', resolve: (p) => ({ code: p.community_code }) }),
    batch: t.exposeInt('batch', { description: '批次 — 1: the first provincial batch' }),
    designatedOn: t.field({ type: 'Date', description: '确定日期', resolve: (p) => p.designated_on }),
    centre: t.field({ type: CentreRef, description: '党群服务中心 — its party-mass service centre', resolve: (p) => p }),
    estates: t.field({ type: [EstateRef], description: '服务小区 — the estates it serves', resolve: async (p, _a, ctx) => (await estatesOfPilot(ctx).load(p.id)).map((r) => ({ id: r.estate_id })) }),
  }),
});

const PilotInput = builder.inputType('DesignateCompleteCommunityPilotInput', {
  description: '确定完整社区试点 — a pilot community with its party-mass service centre and the estates it serves',
  fields: (t) => ({
    name: t.string({ required: true, description: '试点名称', validate: z.string().trim().min(4).max(200) }),
    communityCode: t.field({ type: 'RegionCode', required: true, description: '社区 — a community code (12 digits)' }),
    batch: t.int({ required: true, description: '批次', validate: z.number().int().min(1).max(20) }),
    designatedOn: t.field({ type: 'Date', required: true, description: '确定日期' }),
    centreName: t.string({ required: true, description: '党群服务中心名称', validate: z.string().trim().min(4).max(200) }),
    centreOpenedOn: t.field({ type: 'Date', description: '党群服务中心启用日期' }),
    signHung: t.boolean({ required: true, description: '规范悬挂标识' }),
    estateIds: t.idList({ required: true, description: '服务小区 — estates of the community\'s street' }),
  }),
});

builder.queryFields((t) => ({
  governancePilots: t.field({
    type: [PilotRef],
    description: '完整社区试点 — the pilots in a region (default: the province), by id',
    args: { regionCode: t.arg({ type: 'RegionCode', description: '地区' }), batch: t.arg.int({ description: '批次' }) },
    resolve: (_root, args, ctx) =>
      sql<PilotRow>(ctx.em, `select * from ${S}.pilot where community_code like ? and designated_on <= ?::date and (?::int is null or batch = ?) order by id`, [regionLike(args.regionCode), today(ctx), args.batch ?? null, args.batch ?? null]),
  }),
}));

builder.mutationFields((t) => ({
  designateCompleteCommunityPilot: t.field({
    type: PilotRef,
    description: '确定完整社区试点 — the province admin designates a pilot; its estates must lie in the community\'s street',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { input: t.arg({ type: PilotInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.communityCode) !== 'COMMUNITY') throw WuyeError.badInput('input.communityCode', `${input.communityCode} is not a community code`);
      notFuture(ctx, 'input.designatedOn', input.designatedOn);
      if (input.centreOpenedOn) notFuture(ctx, 'input.centreOpenedOn', input.centreOpenedOn);
      if (input.estateIds.length === 0) throw WuyeError.badInput('input.estateIds', 'a pilot serves at least one estate');
      const regions = await estateRegions(ctx, input.estateIds.map(String), 'input.estateIds');
      for (const [id, code] of regions) if (!code.startsWith(input.communityCode.slice(0, 9))) throw WuyeError.badInput('input.estateIds', `estate ${id} lies in ${code}, outside the street of ${input.communityCode}`);
      return ctx.em.transactional(async (em) => {
        const [id] = await nextIds(em, 'pilot');
        const [row] = await sql<PilotRow>(em, `insert into ${S}.pilot (id, name, community_code, batch, designated_on, centre_name, centre_opened_on, sign_hung) values (?, ?, ?, ?, ?, ?, ?, ?) returning *`, [
          id, input.name.trim(), input.communityCode, input.batch, input.designatedOn, input.centreName.trim(), input.centreOpenedOn ?? null, input.signHung,
        ]);
        for (const [estateId, code] of regions) await sql(em, `insert into ${S}.pilot_estate (pilot_id, estate_id, region_code) values (?, ?, ?)`, [id, estateId, code]);
        return row!;
      });
    },
  }),
}));
