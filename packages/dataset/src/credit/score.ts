// The score formula in integer hundredths, for calibrating the demo events to a grade distribution (the
// subgraph computes scores itself, in SQL and decimal.js; its tests compare with their own recount):
//   base + Σ clamp(round(weight × Σ points), floor, cap) + min(Σ min(bonus, item cap), bonusCap) + Σ penalties
import type { CreditRuleSetDocument } from './types.js';

export const hundredths = (points: string): number => Math.round(Number(points) * 100);
export const pointsText = (h: number): string => `${h < 0 ? '-' : ''}${Math.floor(Math.abs(h) / 100)}.${String(Math.abs(h) % 100).padStart(2, '0')}`;

/** weight (hundredths) × points (hundredths) / 100, rounded half away from zero */
const weighted = (w: number, p: number): number => Math.sign(w * p) * Math.round(Math.abs(w * p) / 100);

export function scoreHundredths(doc: CreditRuleSetDocument, events: readonly { item: string; points: string }[]): number {
  const sums = new Map<string, number>();
  for (const e of events) sums.set(e.item, (sums.get(e.item) ?? 0) + hundredths(e.points));
  let score = hundredths(doc.baseScore);
  for (const i of doc.indicators) score += Math.min(Math.max(weighted(hundredths(i.weight), sums.get(i.code) ?? 0), hundredths(i.floor)), hundredths(i.cap));
  let bonus = 0;
  for (const b of doc.bonuses) bonus += Math.min(sums.get(b.code) ?? 0, hundredths(b.cap));
  score += Math.min(bonus, hundredths(doc.bonusCap));
  for (const p of doc.penalties) score += sums.get(p.code) ?? 0;
  return score;
}

export function gradeOfHundredths(doc: CreditRuleSetDocument, score: number): string {
  return doc.grades.find((g) => score >= hundredths(g.minScore))?.grade ?? doc.grades.at(-1)!.grade;
}
