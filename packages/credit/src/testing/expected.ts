// Scores recounted for tests, in plain TypeScript from the event rows and the rule set — independently of
// both the subgraph's SQL and its explanation code: integer hundredths, the formula as the brief states it.
import type { RuleSetDocument } from '../rules/document.js';

const h = (v: string): number => Math.round(Number(v) * 100);
const text = (x: number): string => `${x < 0 ? '-' : ''}${Math.floor(Math.abs(x) / 100)}.${String(Math.abs(x) % 100).padStart(2, '0')}`;

export function expectedScore(doc: RuleSetDocument, events: readonly { item: string; points: string }[]): { score: string; deductions: string; grade: string } {
  const sum = (item: string) => events.filter((e) => e.item === item).reduce((a, e) => a + h(e.points), 0);
  let score = h(doc.baseScore);
  for (const i of doc.indicators) {
    const exact = h(i.weight) * sum(i.code); // in 1/10000
    const rounded = Math.sign(exact) * Math.round(Math.abs(exact) / 100);
    score += Math.min(Math.max(rounded, h(i.floor)), h(i.cap));
  }
  score += Math.min(doc.bonuses.reduce((a, b) => a + Math.min(sum(b.code), h(b.cap)), 0), h(doc.bonusCap));
  for (const p of doc.penalties) score += sum(p.code);
  const deductions = events.reduce((a, e) => a + Math.min(h(e.points), 0), 0);
  const grade = doc.grades.find((g) => score >= h(g.minScore))?.grade ?? doc.grades.at(-1)!.grade;
  return { score: text(score), deductions: text(-deductions), grade };
}
