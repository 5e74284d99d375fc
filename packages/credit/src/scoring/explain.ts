// 评分说明 — a company's score for a year, line by line, in exact decimals:
//   score = base + Σ_indicator clamp(round(weight × Σ points, 2), floor, cap)
//               + min(Σ_bonus min(Σ points, item cap), bonusCap) + Σ penalty points
// One line per event (its raw and weighted points) and an explicit line for every rounding, cap and
// floor, so that the lines add up to the score exactly. The SQL of ./sql.ts computes the same score for
// many companies at once; tests hold the two together.
import { Decimal } from 'decimal.js';
import { BONUSES, categoryOf, gradeOf, INDICATORS, type RuleSetDocument } from '../rules/document.js';

export interface ScoredEvent {
  id: string;
  item: string;
  /** raw points as stored, e.g. "-2.00" */
  points: string;
}

export type LineKind = 'BASE' | 'EVENT' | 'ROUNDING' | 'CAP' | 'FLOOR' | 'ITEM_CAP' | 'BONUS_CAP';

export interface ExplanationLine {
  kind: LineKind;
  /** the indicator, bonus or penalty item the line belongs to (null for BASE and BONUS_CAP) */
  item: string | null;
  eventId: string | null;
  /** the event's points as recorded (EVENT lines) */
  rawPoints: string | null;
  /** the multiplier applied (EVENT lines of indicators; 1 for bonuses and penalties) */
  weight: string | null;
  /** what the line adds to the score (negative: takes away) */
  points: string;
  note: string;
}

export interface Explained {
  score: string;
  grade: string;
  /** 扣分合计 — the absolute sum of all negative raw points (the ranking's first tie-breaker) */
  deductions: string;
  lines: ExplanationLine[];
}

const fixed = (d: Decimal) => d.toFixed(2);
/** exact, trailing zeros dropped below two places: 0.375 stays 0.375, 2 becomes 2.00 */
const exact = (d: Decimal) => (d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed());

export function explainScore(doc: RuleSetDocument, events: readonly ScoredEvent[]): Explained {
  const lines: ExplanationLine[] = [{ kind: 'BASE', item: null, eventId: null, rawPoints: null, weight: null, points: fixed(new Decimal(doc.baseScore)), note: '基础分 — base score' }];
  let score = new Decimal(doc.baseScore);
  let deductions = new Decimal(0);
  const byItem = new Map<string, ScoredEvent[]>();
  for (const e of events) {
    byItem.set(e.item, [...(byItem.get(e.item) ?? []), e]);
    if (new Decimal(e.points).isNeg()) deductions = deductions.minus(e.points);
  }
  const adjust = (kind: LineKind, item: string | null, amount: Decimal, note: string) => {
    if (amount.isZero()) return;
    lines.push({ kind, item, eventId: null, rawPoints: null, weight: null, points: exact(amount), note });
    score = score.plus(amount);
  };

  for (const indicator of doc.indicators) {
    const list = byItem.get(indicator.code) ?? [];
    let weighted = new Decimal(0);
    for (const e of list) {
      const w = new Decimal(indicator.weight).times(e.points);
      lines.push({ kind: 'EVENT', item: indicator.code, eventId: e.id, rawPoints: fixed(new Decimal(e.points)), weight: indicator.weight, points: exact(w), note: `${indicator.name} × ${indicator.weight}` });
      weighted = weighted.plus(w);
      score = score.plus(w);
    }
    const rounded = weighted.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    adjust('ROUNDING', indicator.code, rounded.minus(weighted), `${indicator.name}: 加权分四舍五入到两位小数 — weighted total rounded to 0.01`);
    const clamped = Decimal.min(Decimal.max(rounded, indicator.floor), indicator.cap);
    if (rounded.gt(indicator.cap)) adjust('CAP', indicator.code, clamped.minus(rounded), `${indicator.name}: 加分上限 ${indicator.cap} — capped`);
    if (rounded.lt(indicator.floor)) adjust('FLOOR', indicator.code, clamped.minus(rounded), `${indicator.name}: 扣分下限 ${indicator.floor} — floored`);
  }

  let bonusTotal = new Decimal(0);
  for (const bonus of doc.bonuses) {
    let sum = new Decimal(0);
    for (const e of byItem.get(bonus.code) ?? []) {
      lines.push({ kind: 'EVENT', item: bonus.code, eventId: e.id, rawPoints: fixed(new Decimal(e.points)), weight: '1', points: fixed(new Decimal(e.points)), note: bonus.name });
      sum = sum.plus(e.points);
      score = score.plus(e.points);
    }
    if (sum.gt(bonus.cap)) adjust('ITEM_CAP', bonus.code, new Decimal(bonus.cap).minus(sum), `${bonus.name}: 单项加分上限 ${bonus.cap} — capped`);
    bonusTotal = bonusTotal.plus(Decimal.min(sum, bonus.cap));
  }
  if (bonusTotal.gt(doc.bonusCap)) adjust('BONUS_CAP', null, new Decimal(doc.bonusCap).minus(bonusTotal), `加分合计上限 ${doc.bonusCap} — all bonuses capped`);

  for (const penalty of doc.penalties) {
    for (const e of byItem.get(penalty.code) ?? []) {
      lines.push({ kind: 'EVENT', item: penalty.code, eventId: e.id, rawPoints: fixed(new Decimal(e.points)), weight: '1', points: fixed(new Decimal(e.points)), note: penalty.name });
      score = score.plus(e.points);
    }
  }
  // events of items this rule set does not know (a penalty dropped by a later version) count nothing
  for (const [item, list] of byItem) {
    if (categoryOf(doc, item) === 'PENALTY' || (INDICATORS as readonly string[]).includes(item) || (BONUSES as readonly string[]).includes(item)) continue;
    for (const e of list) lines.push({ kind: 'EVENT', item, eventId: e.id, rawPoints: fixed(new Decimal(e.points)), weight: '0', points: '0.00', note: `${item}: 本年度规则无此项 — not an item of this rule set` });
  }
  return { score: fixed(score), grade: gradeOf(doc, score), deductions: fixed(deductions), lines };
}
