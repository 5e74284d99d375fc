// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character set
// (no I, O, S, V, Z); the last is a check character over the first 17 with fixed weights.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`"${first17[i]}" is not a USCC character`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Why a code is not a valid USCC, or null when it is. */
export function usccProblem(code: string): string | null {
  if (code.length !== 18) return `must have 18 characters, has ${code.length}`;
  if (!SHAPE.test(code)) return 'may contain only digits and the capital letters A–Y except I, O, S, V, Z (positions 3–8 are a region code)';
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return `check character is ${code[17]}, expected ${expected}: the code is mistyped or tampered with`;
  return null;
}

export const isValidUscc = (code: string): boolean => usccProblem(code) === null;
