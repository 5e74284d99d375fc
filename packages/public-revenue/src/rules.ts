// 自动预警 rules in one place: when a statement counts as late, and how far income may fall against the
// previous quarter before it is flagged. Both are configurable per query (`rule`) and per deployment
// (WUYE_PUBLIC_REVENUE_LATE_DAYS, WUYE_PUBLIC_REVENUE_INCOME_DROP).

export interface WarningRule {
  /** a quarter's statement is due this many days after the quarter's end (and on time up to then) */
  lateAfterDays: number;
  /** income below (1 − share) × the previous quarter's raises a warning */
  incomeDropShare: number;
}

export const WARNING_KINDS = ['NOT_PUBLISHED', 'ONLINE_WITHOUT_OFFLINE', 'OFFLINE_WITHOUT_ONLINE', 'NEGATIVE_BALANCE', 'INCOME_DROP'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const MAX_LATE_DAYS = 365;

function fromEnv(env: NodeJS.ProcessEnv): WarningRule {
  const days = Number(env.WUYE_PUBLIC_REVENUE_LATE_DAYS ?? 30);
  const drop = Number(env.WUYE_PUBLIC_REVENUE_INCOME_DROP ?? 0.5);
  if (!Number.isInteger(days) || days < 0 || days > MAX_LATE_DAYS) throw new Error(`WUYE_PUBLIC_REVENUE_LATE_DAYS must be a whole number of days between 0 and ${MAX_LATE_DAYS}, got ${env.WUYE_PUBLIC_REVENUE_LATE_DAYS}`);
  if (!(drop > 0 && drop < 1)) throw new Error(`WUYE_PUBLIC_REVENUE_INCOME_DROP must be a share between 0 and 1 (0.5 = a fall of more than half), got ${env.WUYE_PUBLIC_REVENUE_INCOME_DROP}`);
  return { lateAfterDays: days, incomeDropShare: drop };
}

/** The deployment's default rule: 30 days, a fall of more than half — the demo data's. */
export const DEFAULT_WARNING_RULE: WarningRule = Object.freeze(fromEnv(process.env));

export const ruleKey = (rule: WarningRule): string => `${rule.lateAfterDays}|${rule.incomeDropShare}`;
export const ruleFromKey = (key: string): WarningRule => {
  const [days, share] = key.split('|');
  return { lateAfterDays: Number(days), incomeDropShare: Number(share) };
};
