// Auditable yet secret: each ballot is published only as (receipt, choice, units, area), where the
// receipt is SHA-256 over the vote, the choice and a salt only the voting owner holds — the owner can
// find their own line, nobody else can tell whose it is. At closing, the vote is sealed with SHA-256
// over a canonical text of the electorate, the sorted ballot lines and the result: anyone holding the
// published lines can recount and recompute it; an altered ballot changes it.
import { createHash, randomBytes } from 'node:crypto';
import { formatArea } from './area.js';
import type { Choice } from './matters.js';
import type { Decision, Tally } from './rules.js';

export const SEAL_ALGORITHM = 'SHA-256 over longyan-vote-seal/v1 (see the plugin README)';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** a fresh salt for the owner to keep (32 hex characters) */
export const newSalt = (): string => randomBytes(16).toString('hex');

/** 选票回执 — SHA-256("longyan-ballot/v1|<voteId>|<choice>|<salt>") */
export const ballotReceipt = (voteId: string, choice: Choice, salt: string): string => sha256(`longyan-ballot/v1|${voteId}|${choice}|${salt}`);

export interface PublishedBallot {
  receipt: string;
  choice: Choice;
  units: number;
  /** hundredths of a m² */
  area: bigint;
}

export interface SealInput {
  voteId: string;
  estateId: string;
  matter: string;
  electorate: { owners: number; units: number; area: bigint };
  ballots: readonly PublishedBallot[];
  tally: Tally;
  decision: Decision;
}

/** The canonical text the seal is the digest of: one line each, ballots sorted by receipt. */
export function sealDocument(input: SealInput): string {
  const w = (c: Choice) => `${input.tally.byChoice[c].owners}|${formatArea(input.tally.byChoice[c].area)}`;
  return [
    'longyan-vote-seal/v1',
    `vote|${input.voteId}|${input.estateId}|${input.matter}`,
    `electorate|${input.electorate.owners}|${input.electorate.units}|${formatArea(input.electorate.area)}`,
    ...[...input.ballots].sort((a, b) => (a.receipt < b.receipt ? -1 : a.receipt > b.receipt ? 1 : 0)).map((b) => `ballot|${b.receipt}|${b.choice}|${b.units}|${formatArea(b.area)}`),
    `tally|AGREE|${w('AGREE')}|DISAGREE|${w('DISAGREE')}|ABSTAIN|${w('ABSTAIN')}`,
    `outcome|${input.decision.outcome}|quorum|${input.decision.quorumArea}|${input.decision.quorumOwners}|${input.decision.threshold}|${input.decision.approvalArea}|${input.decision.approvalOwners}`,
    '',
  ].join('\n');
}

export const sealDigest = (input: SealInput): string => sha256(sealDocument(input));
