// 《民法典》第二百七十八条: the matters the owners decide together, and which need the larger majority.
// Items 6–8 need ≥ 3/4 of the participating area and owners; the others more than half of each.
// Note: item 5 (using the maintenance fund) is an ordinary matter since the Civil Code (it was a
// two-thirds matter under the old Property Law, Art. 76); raising the fund (item 6) is a major one.

export const MATTERS = {
  RULES_OF_PROCEDURE: { item: 1, label: '制定和修改业主大会议事规则' },
  MANAGEMENT_RULES: { item: 2, label: '制定和修改管理规约' },
  COMMITTEE_ELECTION: { item: 3, label: '选举业主委员会或者更换业主委员会成员' },
  MANAGER_APPOINTMENT: { item: 4, label: '选聘和解聘物业服务企业或者其他管理人' },
  USE_MAINTENANCE_FUND: { item: 5, label: '使用建筑物及其附属设施的维修资金' },
  RAISE_MAINTENANCE_FUND: { item: 6, label: '筹集建筑物及其附属设施的维修资金' },
  REBUILD: { item: 7, label: '改建、重建建筑物及其附属设施' },
  COMMON_PARTS_USE: { item: 8, label: '改变共有部分的用途或者利用共有部分从事经营活动' },
  OTHER_COMMON_MATTER: { item: 9, label: '有关共有和共同管理权利的其他重大事项' },
} as const;

export type Matter = keyof typeof MATTERS;
export const MATTER_KEYS = Object.keys(MATTERS) as Matter[];

/** 特别多数事项 — Art. 278 items 6–8 */
export const isMajor = (matter: Matter): boolean => MATTERS[matter].item >= 6 && MATTERS[matter].item <= 8;

export const CHOICES = ['AGREE', 'DISAGREE', 'ABSTAIN'] as const;
export type Choice = (typeof CHOICES)[number];
