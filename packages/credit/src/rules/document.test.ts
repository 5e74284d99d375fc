import { CREDIT_RULE_SET } from '@wuye/dataset';
import { describe, expect, it } from 'vitest';
import { categoryOf, parseRuleSet, RuleSetDocument } from './document.js';

const change = (f: (d: Record<string, any>) => void) => {
  const d = structuredClone(CREDIT_RULE_SET) as unknown as Record<string, any>;
  f(d);
  return parseRuleSet(d);
};

describe('rule set document', () => {
  it('accepts the demo rule set', () => expect(parseRuleSet(CREDIT_RULE_SET).ok).toBe(true));

  it('names the path of the first problem', () => {
    expect(change((d) => (d.indicators[0].weight = '1.5.0'))).toMatchObject({ ok: false, path: 'indicators.0.weight' });
    expect(change((d) => (d.indicators[1].code = d.indicators[0].code))).toMatchObject({ ok: false, path: 'indicators.1' });
    expect(change((d) => (d.bonuses[0].points = '-1.00'))).toMatchObject({ ok: false, path: 'bonuses.0.points' });
    expect(change((d) => (d.grades = [{ grade: 'A', minScore: '50' }, { grade: 'B', minScore: '60' }]))).toMatchObject({ ok: false, path: 'grades.1.minScore' });
    expect(change((d) => (d.penalties[0].code = 'SAFETY'))).toMatchObject({ ok: false, path: 'penalties' });
    expect(change((d) => (d.baseScore = 80))).toMatchObject({ ok: false, path: 'baseScore' });
    expect(change((d) => (d.officialPoints.max = '-1.00'))).toMatchObject({ ok: false, path: 'officialPoints.max' });
  });

  it('tells indicators, bonuses and penalties apart', () => {
    const doc = RuleSetDocument.parse(CREDIT_RULE_SET);
    expect([categoryOf(doc, 'SAFETY'), categoryOf(doc, 'HONOUR_CITY'), categoryOf(doc, 'ILLEGAL_FEES'), categoryOf(doc, 'NOPE')]).toEqual(['INDICATOR', 'BONUS', 'PENALTY', null]);
  });
});
