import { describe, expect, it } from 'vitest';
import { chinaDate, createClock } from './clock.js';

describe('clock', () => {
  it('is pinned by WUYE_NOW: a date means midnight in Fujian', () => {
    const clock = createClock('2024-09-10');
    expect(clock.pinned).toBe(true);
    expect(chinaDate(clock.now())).toBe('2024-09-10');
    expect(clock.now().toISOString()).toBe('2024-09-09T16:00:00.000Z');
  });

  it('refuses a value that is not a date, saying what it expects', () => {
    expect(() => createClock('yesterday')).toThrow(/ISO date/);
  });
});
