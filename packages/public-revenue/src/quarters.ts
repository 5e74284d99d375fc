// Quarters ('2024Q2'): their days, deadlines and the latest one that has ended — in China Standard Time.
import { chinaDate } from '@wuye/kit';

const QUARTER = /^(\d{4})Q([1-4])$/;

export function parseQuarter(quarter: string): { year: number; q: number } {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`"${quarter}" is not a quarter such as 2024Q2`);
  return { year: Number(m[1]), q: Number(m[2]) };
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** 2024Q2 → 2024-04-01 */
export function quarterStart(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  return iso(year, (q - 1) * 3 + 1, 1);
}

/** 2024Q2 → 2024-06-30 */
export function quarterEnd(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** the last day a quarter's statement is on time: N days after the quarter's end */
export const publicationDeadline = (quarter: string, lateAfterDays: number): string => addDays(quarterEnd(quarter), lateAfterDays);

export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function previousQuarter(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** the latest quarter that has ended by `now` (China time): on 2024-09-10 it is 2024Q2 */
export const latestEndedQuarter = (now: Date): string => previousQuarter(quarterOf(chinaDate(now)));

/** whether the quarter has ended by `now` (its last day lies before today) */
export const hasEnded = (quarter: string, now: Date): boolean => quarterEnd(quarter) < chinaDate(now);
