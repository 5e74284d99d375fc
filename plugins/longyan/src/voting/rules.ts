// The count of an owners' assembly vote (《民法典》第二百七十八条), in exact integer arithmetic:
// heads are integers, areas hundredths of a m² (bigint); "≥ 2/3" is `part·3 ≥ whole·2`, never a float.
//   quorum   — participating owners hold ≥ 2/3 of the area AND are ≥ 2/3 of the owners;
//   major    — (items 6–8) AGREE ≥ 3/4 of the participating area AND ≥ 3/4 of the participating owners;
//   ordinary — AGREE more than 1/2 of each (a tie fails).
// Abstentions participate (they count in the denominators) but never agree.
import { isMajor, type Choice, type Matter } from './matters.js';

export interface Weight {
  /** heads: one per owner, however many units they hold (司法解释 Art. 9) */
  owners: number;
  /** hundredths of a m² */
  area: bigint;
}

export interface Tally {
  electorate: Weight;
  byChoice: Record<Choice, Weight>;
}

export type Threshold = 'THREE_QUARTERS' | 'MORE_THAN_HALF';
export type Outcome = 'PASSED' | 'REJECTED' | 'NO_QUORUM';

export interface Decision {
  participation: Weight;
  quorumArea: boolean;
  quorumOwners: boolean;
  quorum: boolean;
  threshold: Threshold;
  approvalArea: boolean;
  approvalOwners: boolean;
  outcome: Outcome;
}

const atLeast = (part: bigint, whole: bigint, num: bigint, den: bigint): boolean => part * den >= whole * num;
const moreThan = (part: bigint, whole: bigint, num: bigint, den: bigint): boolean => part * den > whole * num;

export const thresholdOf = (matter: Matter): Threshold => (isMajor(matter) ? 'THREE_QUARTERS' : 'MORE_THAN_HALF');

export function decide(matter: Matter, tally: Tally): Decision {
  const { AGREE, DISAGREE, ABSTAIN } = tally.byChoice;
  const participation: Weight = { owners: AGREE.owners + DISAGREE.owners + ABSTAIN.owners, area: AGREE.area + DISAGREE.area + ABSTAIN.area };
  const heads = (w: Weight) => BigInt(w.owners);
  // an empty electorate never reaches a quorum
  const quorumArea = tally.electorate.area > 0n && atLeast(participation.area, tally.electorate.area, 2n, 3n);
  const quorumOwners = tally.electorate.owners > 0 && atLeast(heads(participation), heads(tally.electorate), 2n, 3n);
  const threshold = thresholdOf(matter);
  const approves = (part: bigint, whole: bigint) => whole > 0n && (threshold === 'THREE_QUARTERS' ? atLeast(part, whole, 3n, 4n) : moreThan(part, whole, 1n, 2n));
  const approvalArea = approves(AGREE.area, participation.area);
  const approvalOwners = approves(heads(AGREE), heads(participation));
  const quorum = quorumArea && quorumOwners;
  return { participation, quorumArea, quorumOwners, quorum, threshold, approvalArea, approvalOwners, outcome: !quorum ? 'NO_QUORUM' : approvalArea && approvalOwners ? 'PASSED' : 'REJECTED' };
}
