// Dates skewed towards the recent end of a range: party-building was a drive of the last few years.

import { dayNumber, isoDate, minDate } from '../dates.js';
import type { Rng } from '../random.js';

/**
 * A date in [from, to] (both inclusive; `from` is clamped to `to`), skewed towards `to` by `recent`
 * (1 = uniform, 2 = the later half three times as likely as the earlier one).
 */
export function recentDate(rng: Rng, from: string, to: string, recent = 1): string {
  const first = dayNumber(minDate(from, to));
  const last = dayNumber(to);
  return isoDate(first + Math.floor((last - first + 1) * rng.next() ** (1 / recent)));
}

/** the first of January after a year (an estate built in 2010 has residents from 2011 on) */
export const afterYear = (year: number) => `${year + 1}-01-01`;
