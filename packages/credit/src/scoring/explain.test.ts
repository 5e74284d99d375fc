// The explanation: lines that add up to the score exactly, whatever caps, floors and rounding do.
import { CREDIT_RULE_SET } from '@wuye/dataset';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { RuleSetDocument } from '../rules/document.js';
import { expectedScore } from '../testing/expected.js';
import { explainScore } from './explain.js';

const rules = RuleSetDocument.parse(CREDIT_RULE_SET);
const sum = (lines: { points: string }[]) => lines.reduce((a, l) => a.plus(l.points), new Decimal(0)).toFixed(2);
let n = 0;
const ev = (item: string, points: string) => ({ id: `CE${++n}`, item, points });

describe('explainScore', () => {
  it('adds a CAP line when an indicator exceeds its cap, and a FLOOR line below its floor', () => {
    const events = [ev('SERVICE_QUALITY', '5.00'), ev('SERVICE_QUALITY', '5.00'), ev('SERVICE_QUALITY', '4.00'), ...Array.from({ length: 4 }, () => ev('COMPLAINTS', '-5.00'))];
    const x = explainScore(rules, events);
    expect(x.lines.filter((l) => l.kind === 'CAP')).toEqual([expect.objectContaining({ item: 'SERVICE_QUALITY', points: '-4.00' })]);
    expect(x.lines.filter((l) => l.kind === 'FLOOR')).toEqual([expect.objectContaining({ item: 'COMPLAINTS', points: '5.00' })]);
    expect(x.score).toBe('75.00'); // 80 + 10 − 15
    expect(sum(x.lines)).toBe(x.score);
    expect(x).toMatchObject(expectedScore(rules, events));
  });

  it('rounds a weighted total to 0.01 with a ROUNDING line, weighted lines staying exact', () => {
    const events = [ev('SAFETY', '0.25'), ev('SAFETY', '0.01'), ev('PARTY_OPINION', '0.01')];
    const x = explainScore(rules, events);
    expect(x.lines.filter((l) => l.kind === 'EVENT').map((l) => l.points)).toEqual(['0.015', '0.30', '0.012']);
    expect(x.lines.filter((l) => l.kind === 'ROUNDING').map((l) => [l.item, l.points])).toEqual([['PARTY_OPINION', '0.005'], ['SAFETY', '-0.002']]);
    expect(sum(x.lines)).toBe(x.score);
    expect(x).toMatchObject(expectedScore(rules, events));
  });

  it('caps each bonus item and then all bonuses together; penalties count in full', () => {
    const events = [ev('ELDERLY_CARE', '2.00'), ev('ELDERLY_CARE', '2.00'), ev('ELDERLY_CARE', '2.00'), ev('HONOUR_PROVINCE', '3.00'), ev('HONOUR_PROVINCE', '3.00'), ev('HONOUR_NATIONAL', '5.00'), ev('ILLEGAL_FEES', '-8.00')];
    const x = explainScore(rules, events);
    expect(x.lines.filter((l) => l.kind === 'ITEM_CAP')).toEqual([expect.objectContaining({ item: 'ELDERLY_CARE', points: '-2.00' })]);
    expect(x.lines.filter((l) => l.kind === 'BONUS_CAP')).toEqual([expect.objectContaining({ points: '-5.00' })]);
    expect(x.score).toBe('82.00'); // 80 + min(4 + 6 + 5, 10) − 8
    expect(x.deductions).toBe('8.00');
    expect(x.grade).toBe('A');
    expect(sum(x.lines)).toBe(x.score);
    expect(x).toMatchObject(expectedScore(rules, events));
  });

  it('grades by the thresholds, the last grade below them all', () => {
    expect(explainScore(rules, [ev('MAJOR_ACCIDENT', '-20.00'), ev('FALSE_MATERIALS', '-10.00'), ev('ILLEGAL_FEES', '-8.00'), ev('ILLEGAL_FEES', '-8.00'), ev('ILLEGAL_FEES', '-8.00'), ev('MAJOR_ACCIDENT', '-20.00'), ev('MAJOR_ACCIDENT', '-20.00')])).toMatchObject({ score: '-14.00', grade: 'C' });
    expect(explainScore(rules, [ev('SERVICE_QUALITY', '5.00'), ev('SERVICE_QUALITY', '5.00'), ev('BASIC_CONDUCT', '5.00')]).grade).toBe('AAA');
  });
});
