// The plugin's fields on core entities, each entity implemented once re-declaring only its key:
// ResidentialEstate.longyanVotes / longyanRoll, OwnersCommittee.longyanRedStatus, Region.longyanRedDrive /
// longyanVoteStats. All nullable; nothing for entities outside 龙岩 or for viewers who may not see it.
import { administers, defineLoader, inKeyOrder, isWithin, regionPrefix, sql, type PluginContext } from '@wuye/plugin-sdk';
import { seesLongyan, seesVotesOf } from '../access.js';
import { CITY, S } from '../manifest.js';
import { committeeFacts } from '../red-drive/facts.js';
import { displayShare, formatArea } from '../voting/area.js';
import { rollSummary, votesOfEstate, type RollSummary } from '../voting/store.js';
import { builder, core } from './builder.js';
import { CommitteeStatusRef, RedDriveRef, redDriveOf } from './red-drive.js';
import { StatusEnum, VoteRef } from './vote-types.js';

const RollRef = builder.objectRef<RollSummary>('LongyanOwnersRoll').implement({
  description: '业主名册 — the estate\'s units and owners on 龙岩\'s roll (who may vote): figures only, never names',
  fields: (t) => ({
    units: t.exposeInt('units', { description: '专有部分数 — units' }),
    owners: t.exposeInt('owners', { description: '业主人数 — heads: an owner of several units counts once (司法解释第九条)' }),
    multiUnitOwners: t.exposeInt('multiUnitOwners', { description: '多套业主 — owners holding more than one unit' }),
    area: t.field({ type: 'Decimal', description: '专有部分总面积 — m², exact', resolve: (r) => formatArea(r.area) }),
  }),
});

core.ResidentialEstate.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    longyanVotes: t.field({
      type: [VoteRef],
      nullable: true,
      description: '业主大会表决 — the estate\'s votes, newest first (龙岩 estates; for the officials over the estate and its owners, else empty)',
      args: { status: t.arg({ type: StatusEnum, description: '表决状态 — only votes in this state' }) },
      resolve: async (estate, { status }, ctx) => {
        const votes = await votesOfEstate(ctx).load(estate.id);
        return votes.filter((v) => seesVotesOf(ctx.viewer, v) && (!status || v.status === status));
      },
    }),
    longyanRoll: t.field({
      type: RollRef,
      nullable: true,
      description: '业主名册 — units, owners and area on 龙岩\'s roll (officials over the estate and its owners; null elsewhere and for estates without a roll)',
      resolve: async (estate, _args, ctx) => {
        const roll = await rollSummary(ctx).load(estate.id);
        if (!roll) return null;
        const [regionCode] = await estateRegion(ctx).load(estate.id);
        return regionCode && seesVotesOf(ctx.viewer, { estateId: estate.id, regionCode }) ? roll : null;
      },
    }),
  }),
});

/** the community of an estate on the roll (copied with the roll) */
const estateRegion = defineLoader<string, [string | null], PluginContext>(async (ids, ctx) =>
  inKeyOrder(ids, await sql<{ estate_id: string; region_code: string }>(ctx.em, `select distinct estate_id, region_code from ${S}.unit where estate_id = any(?)`, [[...ids]]), (r) => r.estate_id).map((r) => [r?.region_code ?? null]),
);

core.OwnersCommittee.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    longyanRedStatus: t.field({
      type: CommitteeStatusRef,
      nullable: true,
      description: '红色业委会达标情况 — against 龙岩\'s ≥ 50% target, from party-building and the registry now (committees of 龙岩 estates only; null elsewhere and for viewers outside 龙岩)',
      resolve: async (committee, _args, ctx) => {
        if (!seesLongyan(ctx.viewer)) return null;
        const facts = await committeeFacts(ctx).load(committee.id);
        return facts && isWithin(facts.regionCode, CITY) ? facts : null;
      },
    }),
  }),
});

interface VoteStats {
  open: number;
  closed: number;
  passed: number;
  rejected: number;
  noQuorum: number;
}

const VoteStatsRef = builder.objectRef<VoteStats>('LongyanVoteStats').implement({
  description: '表决统计 — votes of the estates in a 龙岩 region\'s subtree',
  fields: (t) => ({
    open: t.exposeInt('open', { description: '表决中' }),
    closed: t.exposeInt('closed', { description: '已唱票封存' }),
    passed: t.exposeInt('passed', { description: '通过' }),
    rejected: t.exposeInt('rejected', { description: '未通过' }),
    noQuorum: t.exposeInt('noQuorum', { description: '未达参与门槛' }),
    passRate: t.float({ nullable: true, description: '通过率 — passed / closed, 4 decimal places', resolve: (s) => displayShare(BigInt(s.passed), BigInt(s.closed)) }),
  }),
});

/** counted in SQL, one statement for all the regions of a request */
const voteStats = defineLoader<string, VoteStats, PluginContext>(async (codes, ctx) => {
  const rows = await sql<{ code: string } & VoteStats>(
    ctx.em,
    `select r.code, (count(v.id) filter (where v.status = 'OPEN'))::int as open, (count(v.id) filter (where v.status = 'CLOSED'))::int as closed,
            (count(v.id) filter (where v.result->>'outcome' = 'PASSED'))::int as passed, (count(v.id) filter (where v.result->>'outcome' = 'REJECTED'))::int as rejected,
            (count(v.id) filter (where v.result->>'outcome' = 'NO_QUORUM'))::int as "noQuorum"
       from unnest(?::text[], ?::text[]) as r(code, prefix) left join ${S}.vote v on v.region_code like r.prefix || '%' group by r.code`,
    [[...codes], codes.map((c) => regionPrefix(c))],
  );
  return inKeyOrder(codes, rows, (r) => r.code).map((r) => r ?? { open: 0, closed: 0, passed: 0, rejected: 0, noQuorum: 0 });
});

core.Region.implement({
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', resolve: (r) => r.code }),
    longyanRedDrive: t.field({
      type: RedDriveRef,
      nullable: true,
      description: '红色业委会推进 — 龙岩\'s ≥ 50% drive for the region\'s subtree (regions inside 龙岩 only; null elsewhere, the province included, and for viewers outside 龙岩)',
      resolve: (region, _args, ctx) => (seesLongyan(ctx.viewer) && isWithin(region.code, CITY) ? redDriveOf(ctx, region.code) : null),
    }),
    longyanVoteStats: t.field({
      type: VoteStatsRef,
      nullable: true,
      description: '表决统计 — 业主大会表决 counts for a region inside 龙岩 (officials over the region; null elsewhere)',
      resolve: (region, _args, ctx) => (isWithin(region.code, CITY) && administers(ctx.viewer, region.code) ? voteStats(ctx).load(region.code) : null),
    }),
  }),
});
