// Calendar quarters ('2024Q2') and instants in China Standard Time, as plain strings.

import { addDays } from '../dates.js';

export const quarterYear = (quarter: string) => Number(quarter.slice(0, 4));
export const quarterNumber = (quarter: string) => Number(quarter.slice(5, 6));

/** the first day of the quarter: 2024Q2 → 2024-04-01 */
export function quarterStart(quarter: string): string {
  const month = (quarterNumber(quarter) - 1) * 3 + 1;
  return `${quarterYear(quarter)}-${String(month).padStart(2, '0')}-01`;
}

/** the last day of the quarter: 2024Q2 → 2024-06-30 */
export function quarterEnd(quarter: string): string {
  return addDays(quarterStart(nextQuarter(quarter)), -1);
}

export function nextQuarter(quarter: string): string {
  const q = quarterNumber(quarter);
  return q === 4 ? `${quarterYear(quarter) + 1}Q1` : `${quarterYear(quarter)}Q${q + 1}`;
}

export function previousQuarter(quarter: string): string {
  const q = quarterNumber(quarter);
  return q === 1 ? `${quarterYear(quarter) - 1}Q4` : `${quarterYear(quarter)}Q${q - 1}`;
}

/** an instant on a calendar day in China Standard Time: ('2024-07-12', 623) → 2024-07-12T10:23:00+08:00 */
export function chinaInstant(date: string, minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+08:00`;
}

/** the calendar day of an instant written by chinaInstant */
export const dayOf = (instant: string) => instant.slice(0, 10);

/** cents → "1234.50" (exact; negative amounts keep their sign) */
export function yuan(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1234.50" → cents (exact) */
export function cents(amount: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new RangeError(`not an amount with two decimals: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}
