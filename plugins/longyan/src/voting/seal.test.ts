import { describe, expect, it } from 'vitest';
import { parseArea } from './area.js';
import { countAndSeal } from './count.js';
import { ballotReceipt, sealDocument, type PublishedBallot } from './seal.js';
import { createHash } from 'node:crypto';

const vote = { id: 'LV000001', estateId: 'E1', matter: 'MANAGEMENT_RULES' as const, electorate: { owners: 3, units: 4, area: parseArea('300.00') } };
const ballots: PublishedBallot[] = [
  { receipt: ballotReceipt('LV000001', 'AGREE', 'salt-a'), choice: 'AGREE', units: 2, area: parseArea('150.00') },
  { receipt: ballotReceipt('LV000001', 'DISAGREE', 'salt-b'), choice: 'DISAGREE', units: 1, area: parseArea('75.00') },
  { receipt: ballotReceipt('LV000001', 'AGREE', 'salt-c'), choice: 'AGREE', units: 1, area: parseArea('75.00') },
];

describe('seal', () => {
  it('is SHA-256 of the canonical text, whatever the order of the ballots', () => {
    const sealed = countAndSeal(vote, ballots);
    expect(sealed.digest).toBe(countAndSeal(vote, [...ballots].reverse()).digest);
    const text = sealDocument({ voteId: vote.id, estateId: vote.estateId, matter: vote.matter, electorate: vote.electorate, ballots, tally: sealed.tally, decision: sealed.decision });
    expect(sealed.digest).toBe(createHash('sha256').update(text).digest('hex'));
    expect(text).toContain('tally|AGREE|2|225.00|DISAGREE|1|75.00|ABSTAIN|0|0.00');
  });
  it('changes when a ballot is altered', () => {
    const altered = ballots.map((b, i) => (i === 1 ? { ...b, choice: 'AGREE' as const } : b));
    expect(countAndSeal(vote, altered).digest).not.toBe(countAndSeal(vote, ballots).digest);
  });
  it('lets the owner find their line with their salt, and nobody without it', () => {
    expect(ballots.map((b) => b.receipt)).toContain(ballotReceipt('LV000001', 'AGREE', 'salt-a'));
    expect(ballots.map((b) => b.receipt)).not.toContain(ballotReceipt('LV000001', 'DISAGREE', 'salt-a'));
  });
});
