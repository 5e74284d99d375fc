// One clock for every subgraph. `WUYE_NOW` (an ISO date or date-time) pins it; the demo deployment pins
// it to the dataset's "as of" date so that warnings and deadlines match the seed document.
export interface Clock {
  now(): Date;
  /** true when WUYE_NOW pinned the clock */
  readonly pinned: boolean;
}

export function createClock(pinnedAt: string | undefined = process.env.WUYE_NOW): Clock {
  if (!pinnedAt) return { now: () => new Date(), pinned: false };
  const at = parseInstant(pinnedAt);
  return { now: () => new Date(at.getTime()), pinned: true };
}

function parseInstant(value: string): Date {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value; // a date means midnight in Fujian
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`WUYE_NOW="${value}" is not an ISO date (2024-09-10) or date-time (2024-09-10T09:00:00+08:00).`);
  return at;
}

/** The calendar date (YYYY-MM-DD) of an instant in China Standard Time (UTC+8, no DST). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
