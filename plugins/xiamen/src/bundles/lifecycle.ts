// The "大物业" bundle lifecycle as data: PROPOSED → APPROVED (by the street) → CONTRACTED (with a company)
// → ENDED. Nothing else: a step from any other state is refused (CONFLICT).

export const BUNDLE_STATES = ['PROPOSED', 'APPROVED', 'CONTRACTED', 'ENDED'] as const;
export type BundleState = (typeof BUNDLE_STATES)[number];

export const BUNDLE_STATE_LABEL: Record<BundleState, string> = {
  PROPOSED: '拟组建',
  APPROVED: '街道批准',
  CONTRACTED: '已签约',
  ENDED: '已终止',
};

export const BUNDLE_ACTIONS = {
  approve: { label: '街道批准', from: 'PROPOSED', to: 'APPROVED' },
  contract: { label: '签约', from: 'APPROVED', to: 'CONTRACTED' },
  end: { label: '终止', from: 'CONTRACTED', to: 'ENDED' },
} as const satisfies Record<string, { label: string; from: BundleState; to: BundleState }>;
export type BundleAction = keyof typeof BUNDLE_ACTIONS;

export const canTakeBundleAction = (action: BundleAction, state: BundleState): boolean => BUNDLE_ACTIONS[action].from === state;

export const bundleActionsFrom = (state: BundleState): BundleAction[] => (Object.keys(BUNDLE_ACTIONS) as BundleAction[]).filter((a) => canTakeBundleAction(a, state));

/** a bundle that has not ended holds its estates */
export const isActiveBundle = (state: BundleState): boolean => state !== 'ENDED';

/** The date `months` calendar months after `date` (YYYY-MM-DD), the day clamped to the month's end. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
