// 专有部分面积 as exact hundredths of a m² (bigint): parsed from and printed to decimal strings, never a
// float, so that "exactly two thirds" is exactly two thirds.

const AREA = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/** "89.6" → 8960n; throws on anything but a non-negative decimal with at most 2 places */
export function parseArea(text: string): bigint {
  const match = AREA.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not an area in m² with at most 2 decimal places`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 8960n → "89.60" */
export function formatArea(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** part / whole rounded to 4 decimal places, for display only (decisions never use it); null when whole is 0 */
export function displayShare(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 20_000n + whole) / (2n * whole)) / 10_000; // round half up at the 4th place
}
