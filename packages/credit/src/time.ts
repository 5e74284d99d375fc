// Dates of facts: a credit event belongs to the China-time (UTC+8) year of the fact's date; plain SQL
// reads instants back as ISO 8601 text in UTC.
import { chinaDate } from '@wuye/kit';

/** the calendar year of an instant in China Standard Time */
export const chinaYear = (at: Date): number => Number(chinaDate(at).slice(0, 4));

/** a date (YYYY-MM-DD) or an ISO instant → the instant (a bare date is midnight in Fujian) */
export function instantOf(value: string): Date {
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a date or instant: ${value}`);
  return at;
}

/** the last day of a month 'YYYY-MM', midnight in Fujian: when a missed monthly self-inspection became a fact */
export function monthEnd(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return instantOf(`${month}-${String(last).padStart(2, '0')}`);
}

/** SQL: a timestamptz column as ISO 8601 text in UTC, millisecond precision */
export const iso = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
