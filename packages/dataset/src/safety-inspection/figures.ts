// The seed document's safety figures at scale 1 (section (七)二 of the 2024-09-10 reply): "各地共开展
// “双随机”检查37次，抽查787个物业小区，督促整改消防问题428个". Counts are multiplied by the scale.

import type { SafetyFindingCategory, SafetySeverity } from './types.js';

export const SAFETY_FIGURES = {
  /** “双随机”检查37次 — 37 checks, each one draw in one county */
  randomChecks: 37,
  /** 抽查787个物业小区 — the estates those draws picked (distinct: the checks' eligible lists are disjoint) */
  estatesSampled: 787,
  /** 督促整改消防问题428个 — fire problems found by the checks and rectified (RECTIFIED or VERIFIED) by AS_OF */
  fireProblemsRectified: 428,
  /** fire problems the checks found: 428 rectified, the rest still open on AS_OF */
  fireProblemsFound: 481,
} as const;

/** 消防问题 — the categories that count as fire problems */
export const FIRE_CATEGORIES: readonly SafetyFindingCategory[] = ['FIRE_LANE_BLOCKED', 'FIRE_EQUIPMENT', 'EVACUATION_BLOCKED', 'E_BIKE_CHARGING'];

/** days from the notice to the deadline */
export const DEADLINE_DAYS: Record<SafetySeverity, number> = { MAJOR: 7, GENERAL: 30 };

/** 月度自查 in the 闽政通 app: every month of 2024 before AS_OF's month */
export const SELF_INSPECTION_MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'] as const;

/** the share of estate-months without a self-inspection, overall (some companies are far less diligent) */
export const SELF_INSPECTION_MISSING_SHARE = 0.06;

/** AS_OF as an instant: 2024-09-10 00:00 in Fujian. Everything in the slice happens before it. */
export const AS_OF_INSTANT = '2024-09-09T16:00:00.000Z';
