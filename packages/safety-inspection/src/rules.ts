// Safety-inspection rules in one place: finding categories (which are fire problems), deadlines by
// severity, team size, the self-inspection month window.

export const CAMPAIGN_KINDS = ['RANDOM_DRAW', 'UNANNOUNCED', 'RESIDENT_SUPERVISION', 'SPECIAL'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const FINDING_CATEGORIES = {
  FIRE_LANE_BLOCKED: { name: '占用消防通道', fire: true },
  FIRE_EQUIPMENT: { name: '消防设施', fire: true },
  EVACUATION_BLOCKED: { name: '堵塞疏散通道、安全出口', fire: true },
  E_BIKE_CHARGING: { name: '电动车违规充电', fire: true },
  ILLEGAL_CONSTRUCTION: { name: '私搭乱建', fire: false },
  ILLEGAL_RENOVATION: { name: '违规装修', fire: false },
  TYPHOON_FLOOD: { name: '防台防汛', fire: false },
  ELEVATOR: { name: '电梯', fire: false },
  STRUCTURE: { name: '房屋及附属设施', fire: false },
  OTHER: { name: '其他', fire: false },
} as const;
export type FindingCategory = keyof typeof FINDING_CATEGORIES;
export const CATEGORY_KEYS = Object.keys(FINDING_CATEGORIES) as FindingCategory[];

/** 消防问题 — the categories counted as fire problems (督促整改消防问题) */
export const FIRE_CATEGORIES: readonly FindingCategory[] = CATEGORY_KEYS.filter((c) => FINDING_CATEGORIES[c].fire);

/** 整改期限 — days from the notice to the deadline */
export const DEADLINE_DAYS = { MAJOR: 7, GENERAL: 30 } as const;
export type Severity = keyof typeof DEADLINE_DAYS;

/** inspectors per estate in a draw, unless the organiser asks for another number (执法检查人员不少于2人) */
export const DEFAULT_TEAM_SIZE = 2;

/** a reference into the evidence store: a relative path or an object-store key, no spaces */
export const FILE_REF = /^[\w./:@-]{3,300}$/;
