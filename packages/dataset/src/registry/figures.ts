// The seed document's registry figures at scale 1 (2024-09-10 reply of the provincial department).
// Every count is multiplied by the scale; the ratios (coverage 99%) hold at any scale.

export const FIGURES = {
  /** 住宅小区 1.7万 */
  estates: 17_000,
  /** 16,830 / 17,000 estates with property service = 99% coverage */
  withoutService: 170,
  /** estates without service brought under fallback service (兜底), by year; 1,064 in 2023 is the seed's */
  fallbackByYear: { 2022: 620, 2023: 1_064, 2024: 410 },
  /** property companies (793 of them eligible for party organisations, decided by party-building) */
  companies: 812,
  /** owners' committees: 2,372 red committees are 50.48% of them */
  committees: 4_699,
} as const;

/** a figure at the given scale */
export function scaled(count: number, scale: number): number {
  return Math.round(count * scale);
}
