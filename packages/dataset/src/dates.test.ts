import { describe, expect, it } from 'vitest';
import { addYears, dayNumber, isoDate } from './dates.js';

describe('dates', () => {
  it('agrees with the calendar (Date in UTC) for 1900–2100', () => {
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(day) !== iso || dayNumber(iso) !== day) expect(isoDate(day)).toBe(iso);
    }
  });

  it('moves 29 February to 28 February in common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-09-10', -5)).toBe('2018-09-10');
  });
});
