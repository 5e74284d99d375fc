import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckCharacter, usccProblem } from './uscc.js';

// published codes of real companies
const REAL = ['91350200260130346B', '91110000802100433B', '91440300708461136T'];

describe('USCC (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    for (const code of REAL) expect(usccProblem(code)).toBeNull();
  });

  it('computes the check character of the first 17', () => {
    for (const code of REAL) expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('rejects every single-character tampering of the check character, naming the expected one', () => {
    const code = REAL[0]!;
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace(code[17]!, '')) {
      expect(usccProblem(code.slice(0, 17) + c)).toMatch(/expected B/);
    }
  });

  it('rejects a changed body, wrong length and forbidden letters', () => {
    expect(isValidUscc('91350200260130347B')).toBe(false);
    expect(usccProblem('9135020026013034')).toMatch(/18 characters/);
    expect(usccProblem('91350200260130346I')).toMatch(/except I, O, S, V, Z/);
  });
});
