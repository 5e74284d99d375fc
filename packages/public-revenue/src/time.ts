// Instants read with plain SQL: MikroORM's driver hands timestamptz back as text in the session's time
// zone ('2024-07-12 02:23:00+00'), so queries select them as ISO 8601 in UTC and rows turn them into Dates.

/** SQL: a timestamptz column as ISO 8601 text in UTC, millisecond precision */
export const iso = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** the rows with the named ISO text columns turned into Dates */
export function withDates<T, K extends keyof T>(rows: (Omit<T, K> & Record<K, string>)[], ...keys: K[]): T[] {
  return rows.map((row) => {
    const copy = { ...row } as Record<string, unknown>;
    for (const key of keys) if (copy[key as string] != null) copy[key as string] = new Date(copy[key as string] as string);
    return copy as T;
  });
}
