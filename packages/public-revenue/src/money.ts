// Money on the way in: yuan as exact decimal strings (the Decimal scalar) that fit NUMERIC(14,2) —
// at most two decimal places, never negative — checked before anything is written.
import { Decimal } from 'decimal.js';
import { z } from 'zod';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** An amount in yuan: not negative (or, with `positive`, above zero), at most two decimals, below 10^12. */
export const amount = (options: { positive?: boolean } = {}) =>
  z
    .string()
    .refine((v) => !v.startsWith('-'), 'must not be negative')
    .refine((v) => !/\.\d{3,}$/.test(v), 'has more than two decimal places (amounts are in yuan and fen)')
    .refine((v) => AMOUNT.test(v), 'must be at most 999999999999.99')
    .refine((v) => !options.positive || new Decimal(v).gt(0), 'must be more than zero');

/** "12.3" → "12.30" (exact) */
export const normalised = (value: string): string => new Decimal(value).toFixed(2);
