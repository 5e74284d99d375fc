// The demo grid cases follow the workflow they demonstrate, and come out the same on every run.
import { demoCity } from '@wuye/plugin-sdk';
import { describe, expect, it, vi } from 'vitest';
import { generateGridCases } from './demo-data.js';
import { ACTIONS, timeInStates } from './workflow.js';

const city = demoCity('350600');
const demo = generateGridCases(city);

describe('demo grid cases', () => {
  it('are the same on every run, and never ask Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    try {
      expect(JSON.stringify(generateGridCases(city))).toBe(JSON.stringify(demo));
    } finally {
      random.mockRestore();
    }
  });

  it('are a few hundred over 漳州\'s estates, with the estates\' community codes', () => {
    expect(demo.cases.length).toBeGreaterThanOrEqual(200);
    expect(demo.cases.length).toBeLessThanOrEqual(500);
    const estates = new Map(city.estates.map((e) => [e.id, e]));
    for (const c of demo.cases) expect(c.regionCode).toBe(estates.get(c.estateId)?.regionCode);
    expect(new Set(demo.cases.map((c) => c.reporterKind))).toEqual(new Set(['URBAN_MANAGEMENT_OFFICER', 'SMART_CITY_COLLECTOR']));
  });

  it('move only along the workflow, in time order, before the demo clock; each case row is its last step', () => {
    const legal = new Set([':REPORTED', ...Object.values(ACTIONS).flatMap((a) => a.from.map((from) => `${from}:${a.to}`))]);
    const byCase = new Map<string, typeof demo.transitions>();
    for (const t of demo.transitions) byCase.set(t.caseId, [...(byCase.get(t.caseId) ?? []), t]);
    for (const c of demo.cases) {
      const steps = byCase.get(c.id)!;
      steps.forEach((s, i) => {
        expect(legal.has(`${s.fromState ?? ''}:${s.toState}`), `${c.id}: ${s.fromState} → ${s.toState}`).toBe(true);
        expect(s.fromState).toBe(steps[i - 1]?.toState ?? null);
        if (i) expect(s.at.getTime()).toBeGreaterThanOrEqual(steps[i - 1]!.at.getTime());
        expect(s.at.getTime()).toBeLessThan(demo.asOf.getTime());
        if (s.toState === 'DISPATCHED') expect(s.deadline!.getTime()).toBeGreaterThan(s.at.getTime());
      });
      expect(c.state).toBe(steps.at(-1)!.toState);
      expect(c.updatedAt).toEqual(steps.at(-1)!.at);
      expect(c.reportedAt).toEqual(steps[0]!.at);
      expect(c.category).toBe(steps.find((s) => s.toState === 'CLASSIFIED')?.category ?? null);
      expect(c.deadline).toEqual(steps.findLast((s) => s.toState === 'DISPATCHED')?.deadline ?? null);
    }
  });

  it('include rejections sent back and dispatched again', () => {
    const rejected = new Set(demo.transitions.filter((t) => t.toState === 'REJECTED').map((t) => t.caseId));
    expect(rejected.size).toBeGreaterThan(10);
    expect(demo.transitions.filter((t) => t.fromState === 'REJECTED' && t.toState === 'DISPATCHED').length).toBeGreaterThan(10);
  });
});

describe('timeInStates', () => {
  const at = (h: number) => new Date(Date.UTC(2024, 8, 1) + h * 3_600_000);
  it('sums visits, runs the current state until now, and leaves out VERIFIED', () => {
    const steps = [
      { toState: 'REPORTED', at: at(0), deadline: null },
      { toState: 'CLASSIFIED', at: at(2), deadline: null },
      { toState: 'DISPATCHED', at: at(3), deadline: at(27) },
      { toState: 'HANDLED', at: at(13), deadline: null },
      { toState: 'REJECTED', at: at(14), deadline: null },
      { toState: 'DISPATCHED', at: at(20), deadline: at(32) },
    ];
    expect(timeInStates(steps, at(25))).toEqual([
      { state: 'REPORTED', hours: 2, visits: 1 },
      { state: 'CLASSIFIED', hours: 1, visits: 1 },
      { state: 'DISPATCHED', hours: 15, visits: 2 },
      { state: 'HANDLED', hours: 1, visits: 1 },
      { state: 'REJECTED', hours: 6, visits: 1 },
    ]);
    expect(timeInStates([...steps, { toState: 'HANDLED', at: at(30), deadline: null }, { toState: 'VERIFIED', at: at(31), deadline: null }], at(500)).map((s) => s.state)).not.toContain('VERIFIED');
  });
});
