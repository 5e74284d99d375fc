// The credit slice: deterministic, the seed's 美好家园 honours exactly, a plausible grade distribution, and
// events that point at real facts of the other slices.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCredit, generatePartyBuilding, generateProvince, generatePublicRevenue, generateRegistry, generateSafetyInspection } from '../index.js';
import { CREDIT_FIGURES, generateCreditSlice, gradesOf } from './index.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('credit slice', () => {
  const slice = generateCredit();

  it('is deterministic, memoised and frozen', () => {
    const o = { seed: 20240910, scale: 1 };
    const fresh = generateCreditSlice(20240910, generateProvince(o).registry, generatePartyBuilding(o), generateSafetyInspection(o), generatePublicRevenue(o));
    expect(sha256(fresh)).toBe(sha256(slice));
    expect(generateCredit({ seed: 20240910 })).toBe(slice);
    expect(Object.isFrozen(slice.events[0])).toBe(true);
    const other = generateRegistry({ seed: 7, scale: 0.1 });
    expect(other.companies.length).toBeGreaterThan(0);
  });

  it('has exactly 97 city, 20 province and 3 national honours, on distinct served estates', () => {
    const count = (level: string) => slice.honours.filter((h) => h.level === level).length;
    expect([count('CITY'), count('PROVINCE'), count('NATIONAL')]).toEqual([CREDIT_FIGURES.honoursCity, CREDIT_FIGURES.honoursProvince, CREDIT_FIGURES.honoursNational]);
    expect(new Set(slice.honours.map((h) => h.estateId)).size).toBe(120);
    const estates = new Map(generateProvince().registry.estates.map((e) => [e.id, e]));
    for (const h of slice.honours) expect(estates.get(h.estateId)!.companyId).toBe(h.companyId);
    const events = new Map(slice.events.map((e) => [e.id, e]));
    for (const h of slice.honours) expect(events.get(h.creditEventId)).toMatchObject({ item: `HONOUR_${h.level}`, estateId: h.estateId, category: 'BONUS' });
  });

  it('gives 2023 a plausible grade distribution: most A/AA, few AAA, some B, a handful C', () => {
    const grades = [...gradesOf(slice).values()];
    const n = (g: string) => grades.filter((x) => x === g).length;
    expect(grades).toHaveLength(812);
    expect(n('A') + n('AA')).toBeGreaterThan(grades.length * 0.7);
    expect(n('AAA')).toBeGreaterThan(5);
    expect(n('AAA')).toBeLessThan(grades.length * 0.1);
    expect(n('B')).toBeGreaterThan(grades.length * 0.05);
    expect(n('B')).toBeLessThan(grades.length * 0.3);
    expect(n('C')).toBeGreaterThan(0);
    expect(n('C')).toBeLessThan(25);
  });

  it('derives domain events from the other slices\' facts, with unique ids and exact points', () => {
    const safety = generateSafetyInspection();
    const findings = new Set(safety.findings.map((f) => f.id));
    const domain = slice.events.filter((e) => e.sourceKind === 'DOMAIN_EVENT');
    expect(domain.length).toBeGreaterThan(1000);
    for (const e of domain.filter((d) => d.item === 'SAFETY')) expect(findings.has(e.evidenceRefs[0]!.replace('safety-inspection:', ''))).toBe(true);
    expect(new Set(slice.events.map((e) => e.id)).size).toBe(slice.events.length);
    expect(new Set(domain.map((e) => `${e.sourceEventId}|${e.companyId}`)).size).toBe(domain.length);
    for (const e of slice.events) expect(e.points).toMatch(/^-?\d+\.\d{2}$/);
    expect(slice.events.some((e) => e.year === 2024)).toBe(true);
    expect(slice.events.filter((e) => e.item === 'ELDERLY_CARE').length).toBeGreaterThan(20);
  });
});
