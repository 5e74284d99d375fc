// 龙岩's 红色业委会 target: party members make up at least half of every owners' committee. Exact:
// partyMembers × 2 ≥ members; the shortfall is how many more party members a committee needs.
export const TARGET = { numerator: 1, denominator: 2, label: '业委会委员中党员占比50%以上' } as const;

/** party-building's red-committee rule for the same target (no condition on the chair) */
export const RED_RULE = '{ minPartyMemberShare: 0.5, chairMustBePartyMember: false }';

export const meetsTarget = (partyMembers: number, members: number): boolean => members > 0 && partyMembers * TARGET.denominator >= members * TARGET.numerator;

/** the fewest party members the committee still needs: ceil(members / 2) − partyMembers, at least 0 */
export const shortfall = (partyMembers: number, members: number): number => Math.max(0, Math.ceil((members * TARGET.numerator) / TARGET.denominator) - partyMembers);
