// Article labels as Chinese legal texts write them: 第二百七十八条, or 十一、 for the items of an opinion.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 11 → 十一, 101 → 一百零一, 278 → 二百七十八, 1010 → 一千零一十 (1–9999) */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + unit;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}

export type Numbering = 'ARTICLE' | 'ITEM';

export const articleLabel = (number: number, numbering: Numbering): string =>
  numbering === 'ARTICLE' ? `第${chineseNumeral(number)}条` : `${chineseNumeral(number)}、`;
