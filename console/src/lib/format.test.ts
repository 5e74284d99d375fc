import { describe, expect, it } from 'vitest';
import { count, decimal, money, percent } from './format.js';

describe('numbers as officials read them', () => {
  it('keeps every digit of a decimal string and groups its integer part', () => {
    expect(decimal('1234567.5')).toBe('1,234,567.50');
    expect(decimal('90071992547409931.37')).toBe('90,071,992,547,409,931.37'); // beyond a float's precision
    expect(decimal('-51952.575', 2)).toBe('-51,952.575');
    expect(money('0')).toBe('¥0.00');
  });

  it('says — for a missing figure instead of 0', () => {
    expect(percent(null)).toBe('—');
    expect(decimal(null)).toBe('—');
    expect(count(undefined)).toBe('—');
  });

  it('shows rates in per cent', () => {
    expect(percent(0.9973)).toBe('99.7%');
    expect(percent(1, 0)).toBe('100%');
  });
});
