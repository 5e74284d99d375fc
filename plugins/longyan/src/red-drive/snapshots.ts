// Progress over time: a snapshot copies, dated, what party-building and the registry say of every 龙岩
// committee at that moment (recorded by a 龙岩 official, e.g. at each quarter's end). Progress of any
// region is then counted in SQL over the snapshots' committees in its subtree.
import { chinaDate, defineLoader, groupedInKeyOrder, insertInChunks, regionPrefix, sql, type PluginContext } from '@wuye/plugin-sdk';
import { actorOf } from '../access.js';
import { RedSnapshotCommitteeEntity } from '../entities/index.js';
import { CITY, S } from '../manifest.js';
import { cityCommittees } from './facts.js';
import { meetsTarget } from './target.js';

export interface SnapshotFigures {
  regionCode: string;
  snapshotId: number;
  takenAt: Date;
  quarter: string;
  committees: number;
  atTarget: number;
  members: number;
  partyMembers: number;
}

export const quarterOf = (instant: Date): string => {
  const [year, month] = chinaDate(instant).split('-');
  return `${year}Q${Math.ceil(Number(month) / 3)}`;
};

/** Takes a snapshot of every 龙岩 committee now; returns its id. */
export async function recordSnapshot(ctx: PluginContext): Promise<number> {
  const committees = await cityCommittees(ctx).load(CITY);
  return ctx.em.transactional(async (em) => {
    const [{ id }] = (await sql<{ id: number }>(em, `insert into ${S}.red_snapshot (taken_at, quarter, taken_by) values (?, ?, ?) returning id`, [ctx.now, quarterOf(ctx.now), actorOf(ctx.viewer)])) as [{ id: number }];
    await insertInChunks(
      em,
      RedSnapshotCommitteeEntity,
      committees.map((c) => ({ snapshotId: id, committeeId: c.committeeId, estateId: c.estateId, regionCode: c.regionCode, members: c.members, partyMembers: c.partyMembers, meetsTarget: meetsTarget(c.partyMembers, c.members) })),
    );
    return id;
  });
}

/** Every snapshot's figures for each region's subtree, oldest first — one SQL statement for all regions. */
export const progressOf = defineLoader<string, SnapshotFigures[], PluginContext>(async (codes, ctx) => {
  const rows = await sql<{ code: string; snapshot_id: number; taken_at: string; quarter: string; committees: number; at_target: number; members: number; party_members: number }>(
    ctx.em,
    `select r.code, s.id as snapshot_id, s.taken_at, s.quarter, count(c.committee_id)::int as committees, (count(*) filter (where c.meets_target))::int as at_target,
            coalesce(sum(c.members), 0)::int as members, coalesce(sum(c.party_members), 0)::int as party_members
       from unnest(?::text[], ?::text[]) as r(code, prefix)
       cross join ${S}.red_snapshot s
       left join ${S}.red_snapshot_committee c on c.snapshot_id = s.id and c.region_code like r.prefix || '%'
      group by r.code, s.id, s.taken_at, s.quarter
      order by r.code, s.taken_at, s.id`,
    [[...codes], codes.map((c) => regionPrefix(c))],
  );
  return groupedInKeyOrder(
    codes,
    rows.map((r) => ({ regionCode: r.code, snapshotId: r.snapshot_id, takenAt: new Date(r.taken_at), quarter: r.quarter, committees: r.committees, atTarget: r.at_target, members: r.members, partyMembers: r.party_members })),
    (r) => r.regionCode,
  );
});
