// Region codes: province / city / county are 6-digit GB/T 2260 codes; streets add 3 digits (9) and
// communities 3 more (12), as in the statistics bureau's 统计用区划代码. A region's subtree is every code
// that starts with its prefix, so "under region X" is one `LIKE 'prefix%'` in SQL.

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET' | 'COMMUNITY';

const CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

export function isRegionCode(code: string): boolean {
  return CODE.test(code) && levelOf(code) !== null;
}

export function levelOf(code: string): RegionLevel | null {
  if (!CODE.test(code)) return null;
  if (code.length === 12) return 'COMMUNITY';
  if (code.length === 9) return 'STREET';
  if (code.endsWith('0000')) return code.startsWith('00') ? null : 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The prefix every code in the region's subtree starts with: 35 for 350000, 3502 for 350200. */
export function regionPrefix(code: string): string {
  switch (levelOf(code)) {
    case 'PROVINCE': return code.slice(0, 2);
    case 'CITY': return code.slice(0, 4);
    case 'COUNTY': return code;
    case 'STREET': return code;
    case 'COMMUNITY': return code;
    default: throw new Error(`"${code}" is not a region code`);
  }
}

/** Whether `code` is `ancestor` itself or lies in its subtree. */
export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(regionPrefix(ancestor));
}

/** The parent code by the code's own structure (province has none). */
export function parentOf(code: string): string | null {
  switch (levelOf(code)) {
    case 'COMMUNITY': return code.slice(0, 9);
    case 'STREET': return code.slice(0, 6);
    case 'COUNTY': return `${code.slice(0, 4)}00`;
    case 'CITY': return `${code.slice(0, 2)}0000`;
    default: return null;
  }
}

/** Codes from the province down to `code` itself. */
export function ancestorsOf(code: string): string[] {
  const chain: string[] = [];
  for (let c: string | null = code; c; c = parentOf(c)) chain.unshift(c);
  return chain;
}

/** SQL LIKE pattern for the subtree of `code` (codes contain only digits, so nothing to escape). */
export function subtreePattern(code: string): string {
  return `${regionPrefix(code)}%`;
}
