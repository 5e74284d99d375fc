// Votes as rows: the read model, and the loaders that batch every list and count in SQL (one
// statement per kind of read, however many votes or estates a request touches).
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql, type EntityManager, type PluginContext } from '@wuye/plugin-sdk';
import { S } from '../manifest.js';
import { parseArea } from './area.js';
import { emptyByChoice, type StoredResult } from './count.js';
import type { Choice, Matter } from './matters.js';
import type { Weight } from './rules.js';

export type VoteStatus = 'OPEN' | 'CLOSED';

export interface VoteRow {
  id: string;
  estateId: string;
  regionCode: string;
  matter: Matter;
  title: string;
  description: string | null;
  status: VoteStatus;
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  electorate: { owners: number; units: number; area: bigint };
  result: StoredResult | null;
  sealDigest: string | null;
}

export const VOTE_COLUMNS = `id, estate_id, region_code, matter, title, description, status, opened_at, closes_at, closed_at, electorate_owners, electorate_units, electorate_area::text as electorate_area, result, seal_digest`;

export function voteFromRow(r: Record<string, unknown>): VoteRow {
  return {
    id: String(r.id),
    estateId: String(r.estate_id),
    regionCode: String(r.region_code),
    matter: r.matter as Matter,
    title: String(r.title),
    description: (r.description as string | null) ?? null,
    status: r.status as VoteStatus,
    openedAt: new Date(r.opened_at as string),
    closesAt: new Date(r.closes_at as string),
    closedAt: r.closed_at ? new Date(r.closed_at as string) : null,
    electorate: { owners: Number(r.electorate_owners), units: Number(r.electorate_units), area: parseArea(String(r.electorate_area)) },
    result: (typeof r.result === 'string' ? JSON.parse(r.result) : r.result) as StoredResult | null,
    sealDigest: (r.seal_digest as string | null) ?? null,
  };
}

export async function findVote(em: EntityManager, id: string, lock: '' | 'for update' | 'for share' = ''): Promise<VoteRow | null> {
  const [row] = await sql<Record<string, unknown>>(em, `select ${VOTE_COLUMNS} from ${S}.vote where id = ? ${lock}`, [id]);
  return row ? voteFromRow(row) : null;
}

export const voteById = defineLoader<string, VoteRow | null, PluginContext>(async (ids, ctx) =>
  inKeyOrder(ids, (await sql<Record<string, unknown>>(ctx.em, `select ${VOTE_COLUMNS} from ${S}.vote where id = any(?)`, [[...ids]])).map(voteFromRow), (v) => v.id),
);

export const votesOfEstate = defineLoader<string, VoteRow[], PluginContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, (await sql<Record<string, unknown>>(ctx.em, `select ${VOTE_COLUMNS} from ${S}.vote where estate_id = any(?) order by opened_at desc, id desc`, [[...ids]])).map(voteFromRow), (v) => v.estateId),
);

export interface LiveTally {
  byChoice: Record<Choice, Weight & { units: number }>;
  participation: Weight & { units: number };
}

/** Ballots counted per vote and choice in SQL (for open votes' turnout, and recounts). */
export const liveTally = defineLoader<string, LiveTally, PluginContext>(async (ids, ctx) => {
  const rows = await sql<{ vote_id: string; choice: Choice; owners: number; units: number; area: string }>(
    ctx.em,
    `select vote_id, choice, count(*)::int as owners, sum(units)::int as units, sum(area)::text as area from ${S}.ballot where vote_id = any(?) group by vote_id, choice`,
    [[...ids]],
  );
  return ids.map((id) => {
    const byChoice = Object.fromEntries(Object.entries(emptyByChoice()).map(([c, w]) => [c, { ...w, units: 0 }])) as LiveTally['byChoice'];
    const participation = { owners: 0, units: 0, area: 0n };
    for (const r of rows.filter((row) => row.vote_id === id)) {
      byChoice[r.choice] = { owners: r.owners, units: r.units, area: parseArea(r.area) };
      participation.owners += r.owners;
      participation.units += r.units;
      participation.area += parseArea(r.area);
    }
    return { byChoice, participation };
  });
});

export interface BallotLine {
  voteId: string;
  receipt: string;
  choice: Choice;
  units: number;
  area: bigint;
}

/** The published ballot lines of votes (no owner), sorted by receipt. */
export async function ballotLines(em: EntityManager, voteIds: readonly string[]): Promise<BallotLine[]> {
  const rows = await sql<{ vote_id: string; receipt: string; choice: Choice; units: number; area: string }>(
    em,
    `select vote_id, receipt, choice, units, area::text as area from ${S}.ballot where vote_id = any(?) order by vote_id, receipt`,
    [[...voteIds]],
  );
  return rows.map((r) => ({ voteId: r.vote_id, receipt: r.receipt.trim(), choice: r.choice, units: r.units, area: parseArea(r.area) }));
}

export const publishedBallots = defineLoader<string, BallotLine[], PluginContext>(async (ids, ctx) => groupedInKeyOrder(ids, await ballotLines(ctx.em, ids), (b) => b.voteId));

export interface OwnBallot {
  voteId: string;
  ownerId: string;
  choice: Choice;
  units: number;
  area: bigint;
  receipt: string;
  castAt: Date;
}

/** The viewer's own ballots (by the token's subject), per vote. */
export const ownBallot = defineLoader<string, OwnBallot | null, PluginContext>(async (ids, ctx) => {
  const rows = await sql<Record<string, unknown>>(
    ctx.em,
    `select b.vote_id, b.owner_id, b.choice, b.units, b.area::text as area, b.receipt, b.cast_at from ${S}.ballot b join ${S}.owner o on o.id = b.owner_id where o.account = ? and b.vote_id = any(?)`,
    [ctx.viewer.subject ?? '', [...ids]],
  );
  return inKeyOrder(
    ids,
    rows.map((r) => ({ voteId: String(r.vote_id), ownerId: String(r.owner_id), choice: r.choice as Choice, units: Number(r.units), area: parseArea(String(r.area)), receipt: String(r.receipt).trim(), castAt: new Date(r.cast_at as string) })),
    (b) => b.voteId,
  );
});

export interface RollSummary {
  estateId: string;
  units: number;
  owners: number;
  multiUnitOwners: number;
  area: bigint;
}

/** 业主名册 figures per estate, counted in SQL. */
export const rollSummary = defineLoader<string, RollSummary | null, PluginContext>(async (ids, ctx) => {
  const rows = await sql<{ estate_id: string; units: number; owners: number; multi: number; area: string }>(
    ctx.em,
    `select estate_id, sum(n)::int as units, count(*)::int as owners, (count(*) filter (where n > 1))::int as multi, sum(area)::text as area
       from (select estate_id, owner_id, count(*) as n, sum(area) as area from ${S}.unit where estate_id = any(?) group by estate_id, owner_id) o
      group by estate_id`,
    [[...ids]],
  );
  return inKeyOrder(ids, rows.map((r) => ({ estateId: r.estate_id, units: r.units, owners: r.owners, multiUnitOwners: r.multi, area: parseArea(r.area) })), (r) => r.estateId);
});
