// The count at its exact edges (pure: no database). Areas in hundredths of a m².
import { describe, expect, it } from 'vitest';
import { parseArea } from './area.js';
import { tallyBallots } from './count.js';
import { decide, type Tally } from './rules.js';

const a = parseArea;
/** a tally from heads and areas per choice; electorate given */
function tally(electorate: [number, string], agree: [number, string], disagree: [number, string] = [0, '0'], abstain: [number, string] = [0, '0']): Tally {
  const w = ([owners, area]: [number, string]) => ({ owners, area: a(area) });
  return { electorate: w(electorate), byChoice: { AGREE: w(agree), DISAGREE: w(disagree), ABSTAIN: w(abstain) } };
}

describe('quorum: ≥ 2/3 of the area AND ≥ 2/3 of the owners take part', () => {
  it('passes at exactly 2/3 of both', () => {
    const d = decide('MANAGEMENT_RULES', tally([9, '300.00'], [6, '200.00']));
    expect(d).toMatchObject({ quorumArea: true, quorumOwners: true, quorum: true, outcome: 'PASSED' });
  });
  it('fails one owner short (5 of 9), whatever the area', () => {
    expect(decide('MANAGEMENT_RULES', tally([9, '300.00'], [5, '250.00']))).toMatchObject({ quorumArea: true, quorumOwners: false, outcome: 'NO_QUORUM' });
  });
  it('fails one hundredth of a m² short of 2/3 of the area', () => {
    expect(decide('MANAGEMENT_RULES', tally([9, '300.00'], [6, '199.99']))).toMatchObject({ quorumArea: false, quorumOwners: true, outcome: 'NO_QUORUM' });
  });
  it('fails when the unit that would have reached it stays away (6 units, 2/3 = 4 owners and 4/6 of the area)', () => {
    expect(decide('MANAGER_APPOINTMENT', tally([6, '600.00'], [4, '400.00'])).quorum).toBe(true);
    expect(decide('MANAGER_APPOINTMENT', tally([6, '600.00'], [3, '300.00'])).quorum).toBe(false);
  });
  it('counts abstentions as participants', () => {
    expect(decide('MANAGEMENT_RULES', tally([3, '300.00'], [1, '100.00'], [0, '0'], [1, '100.00'])).quorum).toBe(true);
  });
});

describe('major matters (Art. 278 items 6–8): ≥ 3/4 of the participating area AND owners agree', () => {
  it('passes at exactly 3/4 of both', () => {
    const d = decide('COMMON_PARTS_USE', tally([4, '400.00'], [3, '300.00'], [1, '100.00']));
    expect(d).toMatchObject({ threshold: 'THREE_QUARTERS', approvalArea: true, approvalOwners: true, outcome: 'PASSED' });
  });
  it('fails just below 3/4 of the area', () => {
    expect(decide('RAISE_MAINTENANCE_FUND', tally([4, '400.00'], [3, '299.99'], [1, '100.01']))).toMatchObject({ approvalArea: false, approvalOwners: true, outcome: 'REJECTED' });
  });
  it('fails just below 3/4 of the owners (5 of 7 ≈ 0.714)', () => {
    expect(decide('REBUILD', tally([7, '700.00'], [5, '600.00'], [2, '100.00']))).toMatchObject({ approvalArea: true, approvalOwners: false, outcome: 'REJECTED' });
  });
  it('uses the participants, not the electorate, as the denominator', () => {
    // 6 of 9 owners take part (quorum), 5 of them agree: 5/6 ≥ 3/4 although 5/9 of all owners
    expect(decide('REBUILD', tally([9, '900.00'], [5, '500.00'], [1, '100.00'])).outcome).toBe('PASSED');
  });
});

describe('ordinary matters: more than 1/2 of the participating area AND owners', () => {
  it('fails at exactly 1/2 (a tie)', () => {
    expect(decide('USE_MAINTENANCE_FUND', tally([4, '400.00'], [2, '200.00'], [2, '200.00']))).toMatchObject({ threshold: 'MORE_THAN_HALF', approvalArea: false, approvalOwners: false, outcome: 'REJECTED' });
  });
  it('passes just above 1/2 of both', () => {
    expect(decide('USE_MAINTENANCE_FUND', tally([5, '400.00'], [3, '200.01'], [2, '199.99'])).outcome).toBe('PASSED');
  });
  it('fails with more than half the area but exactly half the owners', () => {
    expect(decide('MANAGER_APPOINTMENT', tally([4, '400.00'], [2, '300.00'], [2, '100.00']))).toMatchObject({ approvalArea: true, approvalOwners: false, outcome: 'REJECTED' });
  });
  it('counts abstentions against the majority (they do not agree)', () => {
    expect(decide('MANAGEMENT_RULES', tally([3, '300.00'], [1, '150.00'], [0, '0'], [1, '50.00'])).outcome).toBe('REJECTED');
  });
  it('using the maintenance fund (item 5) is ordinary; raising it (item 6) is major', () => {
    const t = tally([3, '300.00'], [2, '200.00'], [1, '100.00']);
    expect(decide('USE_MAINTENANCE_FUND', t).outcome).toBe('PASSED');
    expect(decide('RAISE_MAINTENANCE_FUND', t).outcome).toBe('REJECTED');
  });
});

describe('heads and area', () => {
  it('counts an owner of several units once as a head but with all their area', () => {
    // owner A holds 3 units (250.00 m²) and is one ballot; B and C hold one each
    const t = tallyBallots({ owners: 3, area: a('400.00') }, [
      { choice: 'AGREE', area: a('250.00') },
      { choice: 'DISAGREE', area: a('75.00') },
      { choice: 'DISAGREE', area: a('75.00') },
    ]);
    expect(t.byChoice.AGREE).toEqual({ owners: 1, area: a('250.00') });
    // area 250/400 > 1/2 but heads 1/3: an ordinary matter fails on heads
    expect(decide('MANAGEMENT_RULES', t)).toMatchObject({ quorum: true, approvalArea: true, approvalOwners: false, outcome: 'REJECTED' });
  });
  it('never reaches a quorum with an empty electorate', () => {
    expect(decide('MANAGEMENT_RULES', tally([0, '0'], [0, '0'])).outcome).toBe('NO_QUORUM');
  });
});
