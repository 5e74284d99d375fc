// Writes 龙岩's demo roll (units and owners) and votes into an empty plugin_longyan schema. Closed votes
// are inserted open, given their voters and ballots, then closed — the sealing triggers allow no other order.
import { demoCity, insertInChunks, sql, type SeedInput } from '@wuye/plugin-sdk';
import { generateRoll } from './demo/roll.js';
import { generateVotes } from './demo/votes.js';
import { BallotEntity, OwnerEntity, UnitEntity, VoteEntity, VoteVoterEntity } from './entities/index.js';
import { CITY, S } from './manifest.js';

export function demoData(scale?: number) {
  const city = demoCity(CITY, { scale });
  const roll = generateRoll(city);
  return { city, roll, votes: generateVotes(roll, city.asOfInstant) };
}

export async function seedLongyan({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const { roll, votes } = demoData(scale);
  await em.transactional(async (tx) => {
    await insertInChunks(tx, OwnerEntity, roll.owners);
    await insertInChunks(tx, UnitEntity, roll.units);
    await insertInChunks(tx, VoteEntity, votes.votes);
    await insertInChunks(tx, VoteVoterEntity, votes.voters);
    await insertInChunks(tx, BallotEntity, votes.ballots);
    for (const [id, c] of votes.closed) {
      await sql(tx, `update ${S}.vote set status = 'CLOSED', closed_at = ?, closed_by = ?, result = ?::jsonb, seal_digest = ? where id = ?`, [c.closedAt, c.closedBy, JSON.stringify(c.result), c.sealDigest, id]);
    }
    await sql(tx, `select setval('${S}.vote_id_seq', ?)`, [Math.max(votes.votes.length, 1)]);
  });
  const counts = { owners: roll.owners.length, units: roll.units.length, votes: votes.votes.length, closedVotes: votes.closed.size, ballots: votes.ballots.length };
  log(`plugin-longyan: ${counts.owners} owners, ${counts.units} units, ${counts.votes} votes (${counts.closedVotes} closed), ${counts.ballots} ballots`);
  return counts;
}
