import DataLoader from 'dataloader';
// Helpers for DataLoader batch functions: one SQL statement returns rows in any order; DataLoader
// needs one result per key, in the order of the keys.

/** Rows in the order of `keys`, null where a key has no row. */
export function inKeyOrder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Rows grouped by key, in the order of `keys` (an empty list where a key has none). */
export function groupedInKeyOrder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A DataLoader per request: `const byUscc = defineLoader((keys, ctx) => …)` at module level, then
 * `byUscc(ctx).load(key)` in resolvers. Loads of one request are batched into one call of `batch`;
 * nothing is shared between requests (the loader lives as long as the context object).
 */
export function defineLoader<K, V, C extends object>(
  batch: (keys: readonly K[], ctx: C) => Promise<readonly (V | Error)[]>,
  options: DataLoader.Options<K, V> = {},
): (ctx: C) => DataLoader<K, V> {
  const perRequest = new WeakMap<C, DataLoader<K, V>>();
  return (ctx) => {
    let loader = perRequest.get(ctx);
    if (!loader) perRequest.set(ctx, (loader = new DataLoader<K, V>((keys) => batch(keys, ctx), options)));
    return loader;
  };
}
