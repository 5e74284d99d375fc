// Opening, casting and closing — each in one transaction that locks the vote row: casting takes a
// share lock, closing an exclusive one, so no ballot slips in while a vote is counted and sealed.
import { isWithin, lookupCore, sql, WuyeError } from '@wuye/plugin-sdk';
import { actorOf, requireAdministers, requireSeesLongyan, requireSeesVote } from '../access.js';
import { CITY, S } from '../manifest.js';
import { parseArea } from './area.js';
import { countAndSeal } from './count.js';
import type { Choice, Matter } from './matters.js';
import { ballotReceipt, newSalt } from './seal.js';
import { ballotLines, findVote, type OwnBallot, type VoteRow } from './store.js';
import type { PluginContext } from '@wuye/plugin-sdk';

const DAY = 86_400_000;
/** the longest voting period an official may announce */
export const MAX_VOTING_DAYS = 90;

export interface OpenVoteInput {
  estateId: string;
  matter: Matter;
  title: string;
  description?: string | null;
  closesAt: Date;
}

export async function openVote(ctx: PluginContext, input: OpenVoteInput): Promise<VoteRow> {
  requireSeesLongyan(ctx.viewer);
  if (input.closesAt <= ctx.now) throw WuyeError.badInput('input.closesAt', `must lie after now (${ctx.now.toISOString()})`);
  if (input.closesAt.getTime() > ctx.now.getTime() + MAX_VOTING_DAYS * DAY) throw WuyeError.badInput('input.closesAt', `must lie within ${MAX_VOTING_DAYS} days`);
  // where the estate lies is the registry's fact, asked now and copied beside the vote
  const [estate] = await lookupCore<{ id: string; regionCode: string }>(ctx, 'ResidentialEstate', [{ id: input.estateId }], 'id regionCode');
  if (!estate?.regionCode) throw WuyeError.badInput('input.estateId', `no estate ${input.estateId} in the registry`);
  if (!isWithin(estate.regionCode, CITY)) throw WuyeError.badInput('input.estateId', `estate ${input.estateId} lies in ${estate.regionCode}, outside 龙岩 (${CITY}): this plugin runs 龙岩's votes only`);
  requireAdministers(ctx.viewer, estate.regionCode, 'open votes');
  return ctx.em.transactional(async (em) => {
    const [{ n }] = (await sql<{ n: number }>(em, `select nextval('${S}.vote_id_seq')::int as n`)) as [{ n: number }];
    const id = `LV${String(n).padStart(6, '0')}`;
    // the electorate is frozen now: every owner on the roll, with their units and area
    const [inserted] = await sql<{ id: string }>(
      em,
      `insert into ${S}.vote (id, estate_id, region_code, matter, title, description, status, opened_at, closes_at, opened_by, electorate_owners, electorate_units, electorate_area)
       select ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, count(distinct owner_id), count(*), sum(area) from ${S}.unit where estate_id = ? having count(*) > 0 returning id`,
      [id, estate.id, estate.regionCode, input.matter, input.title.trim(), input.description?.trim() || null, ctx.now, input.closesAt, actorOf(ctx.viewer), estate.id],
    );
    if (!inserted) throw WuyeError.badInput('input.estateId', `estate ${estate.id} has no units on 龙岩's owners' roll: register its units and owners first`);
    await sql(em, `insert into ${S}.vote_voter (vote_id, owner_id, units, area) select ?, owner_id, count(*), sum(area) from ${S}.unit where estate_id = ? group by owner_id`, [id, estate.id]);
    return (await findVote(em, id))!;
  });
}

export interface CastResult {
  vote: VoteRow;
  ballot: OwnBallot;
  salt: string;
}

export async function castBallot(ctx: PluginContext, voteId: string, choice: Choice): Promise<CastResult> {
  requireSeesLongyan(ctx.viewer);
  return ctx.em.transactional(async (em) => {
    const vote = await findVote(em, voteId, 'for share');
    if (!vote) throw WuyeError.notFound('Vote', voteId);
    requireSeesVote(ctx.viewer, vote);
    if (vote.status === 'CLOSED') throw WuyeError.conflict(`Vote ${voteId} is closed and sealed (${vote.closedAt!.toISOString()}): no more ballots.`);
    if (ctx.now >= vote.closesAt) throw WuyeError.conflict(`Voting on ${voteId} ended at ${vote.closesAt.toISOString()}: it awaits the count.`);
    const [voter] = await sql<{ owner_id: string; units: number; area: string }>(
      em,
      `select v.owner_id, v.units, v.area::text as area from ${S}.vote_voter v join ${S}.owner o on o.id = v.owner_id where v.vote_id = ? and o.account = ?`,
      [voteId, ctx.viewer.subject ?? ''],
    );
    if (!voter) throw WuyeError.forbidden(`You (${ctx.viewer.subject}) are not on the roll of vote ${voteId}: only the owners registered when it opened vote.`);
    const salt = newSalt();
    const receipt = ballotReceipt(voteId, choice, salt);
    const [row] = await sql<{ cast_at: string }>(
      em,
      `insert into ${S}.ballot (vote_id, owner_id, choice, units, area, receipt, cast_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (vote_id, owner_id) do nothing returning cast_at`,
      [voteId, voter.owner_id, choice, voter.units, voter.area, receipt, ctx.now],
    );
    if (!row) throw WuyeError.conflict(`You have already voted on ${voteId}: a ballot cannot be cast twice or changed.`);
    return { vote, salt, ballot: { voteId, ownerId: voter.owner_id, choice, units: voter.units, area: parseArea(voter.area), receipt, castAt: ctx.now } };
  });
}

export async function closeVote(ctx: PluginContext, voteId: string): Promise<VoteRow> {
  requireSeesLongyan(ctx.viewer);
  return ctx.em.transactional(async (em) => {
    const vote = await findVote(em, voteId, 'for update');
    if (!vote) throw WuyeError.notFound('Vote', voteId);
    requireAdministers(ctx.viewer, vote.regionCode, 'close votes');
    if (vote.status === 'CLOSED') throw WuyeError.conflict(`Vote ${voteId} was closed and sealed at ${vote.closedAt!.toISOString()}: a closed vote never changes.`);
    const ballots = await ballotLines(em, [voteId]);
    // before the announced end only when every registered owner has voted
    if (ctx.now < vote.closesAt && ballots.length < vote.electorate.owners) {
      throw WuyeError.conflict(`Voting on ${voteId} runs until ${vote.closesAt.toISOString()} (${ballots.length} of ${vote.electorate.owners} owners have voted): close it then.`);
    }
    const { result, digest } = countAndSeal(vote, ballots);
    await sql(em, `update ${S}.vote set status = 'CLOSED', closed_at = ?, closed_by = ?, result = ?::jsonb, seal_digest = ? where id = ?`, [ctx.now, actorOf(ctx.viewer), JSON.stringify(result), digest, voteId]);
    return (await findVote(em, voteId))!;
  });
}
