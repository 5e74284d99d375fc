// Party-building rules in one place.

/** 党章: a company may found its own organisation with at least this many party members. */
export const MIN_MEMBERS_TO_FOUND = 3;

/** 红色业委会 — when an owners' committee counts as "red". Configurable per query. */
export interface RedCommitteeRule {
  /** party members / members must reach this share */
  minPartyMemberShare: number;
  /** and the chair (主任) must be a party member */
  chairMustBePartyMember: boolean;
}

/** The rule behind the province's 2,372 (50.48%); 龙岩's drive is { minPartyMemberShare: 0.5, chairMustBePartyMember: false }. */
export const DEFAULT_RED_RULE: RedCommitteeRule = { minPartyMemberShare: 0.5, chairMustBePartyMember: true };

export const ruleKey = (rule: RedCommitteeRule): string => `${rule.minPartyMemberShare}|${rule.chairMustBePartyMember}`;

export function isRed(committee: { members: number; partyMembers: number; chairIsPartyMember: boolean }, rule: RedCommitteeRule): boolean {
  if (committee.members === 0) return false;
  return committee.partyMembers / committee.members >= rule.minPartyMemberShare && (!rule.chairMustBePartyMember || committee.chairIsPartyMember);
}
