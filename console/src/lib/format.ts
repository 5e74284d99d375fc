// Numbers as officials read them: rates in per cent, counts with separators, money exactly as the API
// sends it (decimal strings — never through a float).

const EMPTY = '—';

export function percent(rate: number | null | undefined, digits = 1): string {
  if (rate == null) return EMPTY;
  return `${(rate * 100).toFixed(digits)}%`;
}

export function count(value: number | null | undefined): string {
  if (value == null) return EMPTY;
  return value.toLocaleString('zh-CN');
}

/** "1234567.5" → "1,234,567.50": groups the integer part of a decimal string, keeps every digit */
export function decimal(value: string | null | undefined, fractionDigits = 2): string {
  if (value == null) return EMPTY;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = fraction.length >= fractionDigits ? fraction : fraction.padEnd(fractionDigits, '0');
  return `${sign}${grouped}${digits ? `.${digits}` : ''}`;
}

export const money = (value: string | null | undefined): string => (value == null ? EMPTY : `¥${decimal(value)}`);

export const date = (value: string | null | undefined): string => (value ? value.slice(0, 10) : EMPTY);
