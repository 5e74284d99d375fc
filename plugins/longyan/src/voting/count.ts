// From ballots to a tally and a sealed result — the same code for the demo data, closing a vote and
// verifying a seal later, so that the three can never disagree.
import { formatArea, parseArea } from './area.js';
import { CHOICES, type Choice, type Matter } from './matters.js';
import { decide, type Decision, type Tally, type Weight } from './rules.js';
import { sealDigest, type PublishedBallot } from './seal.js';

export const emptyByChoice = (): Record<Choice, Weight> => ({ AGREE: { owners: 0, area: 0n }, DISAGREE: { owners: 0, area: 0n }, ABSTAIN: { owners: 0, area: 0n } });

/** one ballot = one head (whatever its units) plus all its area */
export function tallyBallots(electorate: Weight, ballots: readonly Pick<PublishedBallot, 'choice' | 'area'>[]): Tally {
  const byChoice = emptyByChoice();
  for (const b of ballots) {
    byChoice[b.choice].owners += 1;
    byChoice[b.choice].area += b.area;
  }
  return { electorate, byChoice };
}

/** What is stored in vote.result: exact figures as strings, the decision's flags. */
export interface StoredResult {
  byChoice: Record<Choice, { owners: number; area: string }>;
  participation: { owners: number; area: string };
  quorumArea: boolean;
  quorumOwners: boolean;
  quorum: boolean;
  threshold: Decision['threshold'];
  approvalArea: boolean;
  approvalOwners: boolean;
  outcome: Decision['outcome'];
}

export function storedResult(tally: Tally, decision: Decision): StoredResult {
  const byChoice = Object.fromEntries(CHOICES.map((c) => [c, { owners: tally.byChoice[c].owners, area: formatArea(tally.byChoice[c].area) }])) as StoredResult['byChoice'];
  const { participation, ...flags } = decision;
  return { byChoice, participation: { owners: participation.owners, area: formatArea(participation.area) }, ...flags };
}

export const tallyFromStored = (electorate: Weight, stored: StoredResult): Tally => ({
  electorate,
  byChoice: Object.fromEntries(CHOICES.map((c) => [c, { owners: stored.byChoice[c].owners, area: parseArea(stored.byChoice[c].area) }])) as Record<Choice, Weight>,
});

export interface VoteFacts {
  id: string;
  estateId: string;
  matter: Matter;
  electorate: { owners: number; units: number; area: bigint };
}

/** Counts the ballots and seals the result. */
export function countAndSeal(vote: VoteFacts, ballots: readonly PublishedBallot[]): { tally: Tally; decision: Decision; result: StoredResult; digest: string } {
  const tally = tallyBallots({ owners: vote.electorate.owners, area: vote.electorate.area }, ballots);
  const decision = decide(vote.matter, tally);
  const digest = sealDigest({ voteId: vote.id, estateId: vote.estateId, matter: vote.matter, electorate: vote.electorate, ballots, tally, decision });
  return { tally, decision, result: storedResult(tally, decision), digest };
}
