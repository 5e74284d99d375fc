// 红色业委会 drive types and the snapshot mutation. Figures are computed from party-building's and the
// registry's answers of this request; `partyBuilding` shows party-building's own region figures beside.
import { administers, isWithin, regionPrefix, share, WuyeError } from '@wuye/plugin-sdk';
import { requireSeesLongyan } from '../access.js';
import { CITY } from '../manifest.js';
import { cityCommittees, partyBuildingFigures, type CommitteeFacts, type PartyBuildingFigures } from '../red-drive/facts.js';
import { progressOf, recordSnapshot, type SnapshotFigures } from '../red-drive/snapshots.js';
import { meetsTarget, shortfall, TARGET } from '../red-drive/target.js';
import { builder, core } from './builder.js';

export const CommitteeStatusRef = builder.objectRef<CommitteeFacts>('LongyanCommitteeRedStatus').implement({
  description: '红色业委会达标情况 — one committee against 龙岩\'s target (party members ≥ 50% of its members), from party-building and the registry now',
  fields: (t) => ({
    committee: t.field({ type: core.OwnersCommittee, description: '业主委员会', resolve: (c) => ({ id: c.committeeId }) }),
    estate: t.field({ type: core.ResidentialEstate, description: '小区', resolve: (c) => ({ id: c.estateId }) }),
    members: t.exposeInt('members', { description: '委员数 — the committee\'s members (registry)' }),
    partyMembers: t.exposeInt('partyMembers', { description: '党员委员数 — members who are party members (party-building)' }),
    partyMemberShare: t.float({ nullable: true, description: '党员占比 — 4 decimal places, display only', resolve: (c) => share(c.partyMembers, c.members) }),
    meetsTarget: t.boolean({ description: '是否达标 — partyMembers × 2 ≥ members (exact)', resolve: (c) => meetsTarget(c.partyMembers, c.members) }),
    shortfall: t.int({ description: '尚缺党员委员 — party members still needed to reach the target (0 when met)', resolve: (c) => shortfall(c.partyMembers, c.members) }),
    redByPartyBuilding: t.boolean({ description: '红色业委会（党建口径） — party-building\'s own verdict under the same rule (share ≥ 0.5, any chair)', resolve: (c) => c.isRed }),
  }),
});

const PartyBuildingRef = builder.objectRef<PartyBuildingFigures>('LongyanPartyBuildingFigures').implement({
  description: '党建统计（原始口径） — party-building\'s own figures for the region under 龙岩\'s rule, as it answered this request',
  fields: (t) => ({
    committees: t.exposeInt('committees', { description: '业委会数' }),
    redCommittees: t.exposeInt('redCommittees', { description: '红色业委会数 — party members ≥ 50%, any chair' }),
    redCommitteeShare: t.float({ nullable: true, description: '红色业委会占比 — 4 decimal places', resolve: (f) => f.redCommitteeShare }),
    committeePartyMemberShare: t.float({ nullable: true, description: '委员党员占比 — party members among all committee members, 4 decimal places', resolve: (f) => f.committeePartyMemberShare }),
  }),
});

const SnapshotRef = builder.objectRef<SnapshotFigures>('LongyanRedDriveSnapshot').implement({
  description: '进度快照 — the region\'s committees as party-building and the registry gave them at `takenAt`',
  fields: (t) => ({
    id: t.exposeID('snapshotId', { description: '快照编号' }),
    takenAt: t.field({ type: 'DateTime', description: '快照时间', resolve: (s) => s.takenAt }),
    quarter: t.field({ type: 'Quarter', description: '季度 — of takenAt, China time', resolve: (s) => s.quarter }),
    committees: t.exposeInt('committees', { description: '业委会数' }),
    atTarget: t.exposeInt('atTarget', { description: '达标业委会 — party members ≥ 50%' }),
    belowTarget: t.int({ description: '未达标业委会', resolve: (s) => s.committees - s.atTarget }),
    atTargetShare: t.float({ nullable: true, description: '达标率 — atTarget / committees, 4 decimal places', resolve: (s) => share(s.atTarget, s.committees) }),
    partyMemberShare: t.float({ nullable: true, description: '委员党员占比 — over all the committees\' members, 4 decimal places', resolve: (s) => share(s.partyMembers, s.members) }),
  }),
});

export interface RedDriveView {
  code: string;
  committees: CommitteeFacts[];
}

export const RedDriveRef = builder.objectRef<RedDriveView>('LongyanRedDrive').implement({
  description: '红色业委会推进 — 龙岩\'s drive for party members to make up ≥ 50% of every owners\' committee, for a region\'s subtree: now (from party-building through the federation) and over the recorded snapshots',
  fields: (t) => ({
    region: t.field({ type: core.Region, description: '区域', resolve: (d) => ({ code: d.code }) }),
    target: t.string({ description: `目标 — ${TARGET.label}`, resolve: () => TARGET.label }),
    targetShare: t.float({ description: '目标占比 — 0.5: party members × 2 ≥ members on each committee', resolve: () => TARGET.numerator / TARGET.denominator }),
    committees: t.int({ description: '业委会数 — current committees in the region', resolve: (d) => d.committees.length }),
    atTarget: t.int({ description: '达标业委会', resolve: (d) => d.committees.filter((c) => meetsTarget(c.partyMembers, c.members)).length }),
    belowTarget: t.int({ description: '未达标业委会', resolve: (d) => d.committees.filter((c) => !meetsTarget(c.partyMembers, c.members)).length }),
    atTargetShare: t.float({ nullable: true, description: '达标率 — 4 decimal places', resolve: (d) => share(d.committees.filter((c) => meetsTarget(c.partyMembers, c.members)).length, d.committees.length) }),
    members: t.int({ description: '委员总数', resolve: (d) => d.committees.reduce((s, c) => s + c.members, 0) }),
    partyMembers: t.int({ description: '党员委员总数', resolve: (d) => d.committees.reduce((s, c) => s + c.partyMembers, 0) }),
    partyMemberShare: t.float({ nullable: true, description: '委员党员占比 — 4 decimal places', resolve: (d) => share(d.committees.reduce((s, c) => s + c.partyMembers, 0), d.committees.reduce((s, c) => s + c.members, 0)) }),
    shortfall: t.int({ description: '尚缺党员委员 — summed over the committees below target', resolve: (d) => d.committees.reduce((s, c) => s + shortfall(c.partyMembers, c.members), 0) }),
    belowTargetCommittees: t.field({
      type: [CommitteeStatusRef],
      description: '未达标业委会名单 — largest shortfall first, then by committee id',
      args: { first: t.arg.int({ description: '至多 — default 50, at most 1000' }) },
      resolve: (d, { first }) => {
        const n = first ?? 50;
        if (n < 0 || n > 1000) throw WuyeError.badInput('first', 'must be between 0 and 1000');
        return d.committees
          .filter((c) => !meetsTarget(c.partyMembers, c.members))
          .sort((a, b) => shortfall(b.partyMembers, b.members) - shortfall(a.partyMembers, a.members) || a.committeeId.localeCompare(b.committeeId))
          .slice(0, n);
      },
    }),
    partyBuilding: t.field({ type: PartyBuildingRef, nullable: true, description: '党建统计（原始口径） — party-building\'s own region figures under the same rule', resolve: (d, _args, ctx) => partyBuildingFigures(ctx).load(d.code) }),
    progress: t.field({ type: [SnapshotRef], description: '推进进度 — the recorded snapshots, oldest first', resolve: (d, _args, ctx) => progressOf(ctx).load(d.code) }),
  }),
});

/** The drive for a region inside 龙岩 (its subtree's committees of this request's city read). */
export async function redDriveOf(ctx: Parameters<typeof cityCommittees>[0], code: string): Promise<RedDriveView> {
  const prefix = regionPrefix(code);
  const committees = (await cityCommittees(ctx).load(CITY)).filter((c) => c.regionCode.startsWith(prefix));
  return { code, committees };
}

builder.mutationFields((t) => ({
  longyanRecordRedDriveSnapshot: t.field({
    type: SnapshotRef,
    description: '记录推进快照 — a 龙岩 city official (or the province) records, dated now, every 龙岩 committee as party-building and the registry give it',
    authScopes: { role: ['CITY_ADMIN', 'PROVINCE_ADMIN'] },
    resolve: async (_root, _args, ctx) => {
      requireSeesLongyan(ctx.viewer);
      if (!administers(ctx.viewer, CITY)) throw WuyeError.forbidden(`Snapshots cover all of 龙岩 (${CITY}): a 龙岩 city admin or the province records them.`);
      const id = await recordSnapshot(ctx);
      return (await progressOf(ctx).load(CITY)).find((s) => s.snapshotId === id)!;
    },
  }),
}));

export const isLongyanRegion = (code: string): boolean => isWithin(code, CITY);
