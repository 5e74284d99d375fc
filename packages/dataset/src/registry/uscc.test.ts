import { describe, expect, it } from 'vitest';
import { generateRegistry } from './index.js';
import { companyUscc, isValidUscc, organisationCheckChar, usccCheckChar } from './uscc.js';

// Written from GB 32100-2015 independently of uscc.ts: 31 characters (no I, O, S, V, Z), weights 3^i mod 31.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function independentlyValid(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(code[i] as string);
    if (value < 0) return false;
    sum += value * (3 ** i % 31);
  }
  return ALPHABET.indexOf(code[17] as string) === (31 - (sum % 31)) % 31;
}

// Published codes of real companies
const REAL = [
  '91350200260130346B', // the brief's example (厦门)
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
];

describe('USCC (统一社会信用代码)', () => {
  it('accepts real codes', () => {
    for (const code of REAL) {
      expect(independentlyValid(code), code).toBe(true);
      expect(isValidUscc(code), code).toBe(true);
      expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('rejects tampered codes', () => {
    for (const code of REAL) {
      // change one body character, swap two neighbours, or change the check character
      const digit = code.slice(0, 5) + String((Number(code[5]) + 1) % 10) + code.slice(6);
      const swapped = code.slice(0, 10) + code[11] + code[10] + code.slice(12);
      const check = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      for (const bad of [digit, swapped, check, code.slice(1), `${code}0`, code.replace(/^9/, 'I')]) {
        if (bad === code) continue;
        expect(independentlyValid(bad), bad).toBe(false);
        expect(isValidUscc(bad), bad).toBe(false);
      }
    }
  });

  it('computes the GB 11714 organisation-code check of real codes', () => {
    expect(organisationCheckChar('26013034')).toBe('6');
    expect(organisationCheckChar('80210043')).toBe('3');
    expect(organisationCheckChar('70846113')).toBe('6');
  });

  it('builds valid codes from a county and an organisation code', () => {
    expect(companyUscc('350200', '26013034')).toBe('91350200260130346B');
  });

  it('gives every generated company a valid, unique code of its own county', () => {
    const { companies } = generateRegistry();
    for (const c of companies) {
      expect(c.uscc).toHaveLength(18);
      expect(independentlyValid(c.uscc), c.uscc).toBe(true);
      expect(c.uscc.slice(0, 8)).toBe(`91${c.regionCode}`);
    }
    expect(new Set(companies.map((c) => c.uscc)).size).toBe(companies.length);
  });
});
