import type { DatasetOptions } from './types.js';

export const DEFAULT_SEED = 20240910;
export const DEFAULT_SCALE = 1;

export function resolveOptions(options: DatasetOptions): Required<DatasetOptions> {
  const { seed = DEFAULT_SEED, scale = DEFAULT_SCALE } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a positive number, got ${scale}`);
  return { seed, scale };
}
