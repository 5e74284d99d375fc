// Calendar arithmetic on 'YYYY-MM-DD' strings and 'YYYY-MM' months (China Standard Time dates, as
// chinaDate gives them). No time zones here: a date is a calendar day.

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** whole days from `from` to `to` (negative when `to` is earlier) */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** the first day of the month `n` months after (before, when negative) the month of `date` */
export function addMonths(date: string, n: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** the last month that has ended by `today` (its first day): a self-inspection of it is due */
export const lastCompleteMonth = (today: string): string => addMonths(today, -1);
