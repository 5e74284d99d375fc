import { describe, expect, it } from 'vitest';
import { amount, normalised } from './money.js';
import { hasEnded, latestEndedQuarter, publicationDeadline, quarterEnd, quarterOf, quarterStart } from './quarters.js';
import { iso } from './time.js';

describe('quarters', () => {
  it('know their days and deadlines', () => {
    expect([quarterStart('2024Q1'), quarterEnd('2024Q1'), quarterEnd('2024Q2'), quarterEnd('2023Q4')]).toEqual(['2024-01-01', '2024-03-31', '2024-06-30', '2023-12-31']);
    expect(publicationDeadline('2024Q2', 30)).toBe('2024-07-30');
    expect(publicationDeadline('2024Q4', 30)).toBe('2025-01-30');
    expect(quarterOf('2024-09-10')).toBe('2024Q3');
  });

  it('tell which quarter has ended, in China time', () => {
    expect(latestEndedQuarter(new Date('2024-09-10T00:00:00+08:00'))).toBe('2024Q2');
    expect(latestEndedQuarter(new Date('2024-01-01T00:00:00+08:00'))).toBe('2023Q4');
    // 2023-12-31T16:00Z is already 2024-01-01 in Fujian
    expect(hasEnded('2023Q4', new Date('2023-12-31T16:00:00Z'))).toBe(true);
    expect(hasEnded('2023Q4', new Date('2023-12-31T15:59:59Z'))).toBe(false);
  });
});

describe('money', () => {
  const check = (value: string) => amount({ positive: true }).safeParse(value);
  it('takes yuan with at most two decimals, never negative', () => {
    expect(['0.01', '12', '12.3', '999999999999.99'].map((v) => check(v).success)).toEqual([true, true, true, true]);
    expect(check('-1').error?.issues[0]?.message).toBe('must not be negative');
    expect(check('1.005').error?.issues[0]?.message).toMatch(/more than two decimal places/);
    expect(check('1000000000000').error?.issues[0]?.message).toMatch(/at most/);
    expect(check('0.00').error?.issues[0]?.message).toBe('must be more than zero');
    expect(amount().safeParse('0').success).toBe(true);
    expect(normalised('12.3')).toBe('12.30');
  });

  it('reads instants as ISO text in UTC', () => {
    expect(iso('t.at')).toBe(`to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  });
});
