import { describe, expect, it } from 'vitest';
import { diffText, diffVersions, similarity } from './diff.js';
import { articleLabel, chineseNumeral } from './numerals.js';

const article = (number: number, text: string) => ({ id: `A${number}-${text.length}`, number, chapter: null, text });

describe('diffVersions', () => {
  const before = [article(1, '为了规范物业管理活动，制定本条例。'), article(2, '物业管理应当坚持政府指导、业主自治的原则。'), article(3, '业主所得收益应当主要用于补充专项维修资金。'), article(4, '本条例自2018年6月1日起施行。')];
  const after = [
    article(1, '为了规范物业管理活动，制定本条例。'),
    article(2, '物业管理应当坚持党的领导，坚持政府指导、业主自治的原则。'),
    article(3, '推动业主委员会中建立党组织。'),
    article(4, '公共收益应当单独列账、专款专用，任何单位和个人不得侵占、挪用。'),
    article(5, '本条例自2018年6月1日起施行。'),
  ];
  const changes = diffVersions(before, after);

  it('pairs articles by text, not number, and finds what was added, removed and reworded', () => {
    expect(changes.map((c) => [c.kind, c.before?.number ?? null, c.after?.number ?? null])).toEqual([
      ['UNCHANGED', 1, 1],
      ['MODIFIED', 2, 2],
      ['REMOVED', 3, null],
      ['ADDED', null, 3],
      ['ADDED', null, 4],
      ['UNCHANGED', 4, 5],
    ]);
    expect(changes.at(-1)!.renumbered).toBe(true);
  });

  it('gives the modified article a character diff with the inserted words', () => {
    const modified = changes.find((c) => c.kind === 'MODIFIED')!;
    expect(modified.segments).toEqual([
      { kind: 'EQUAL', text: '物业管理应当坚持' },
      { kind: 'INSERTED', text: '党的领导，坚持' },
      { kind: 'EQUAL', text: '政府指导、业主自治的原则。' },
    ]);
  });

  it('treats identical versions as unchanged throughout', () => {
    expect(diffVersions(before, before).every((c) => c.kind === 'UNCHANGED' && !c.renumbered)).toBe(true);
  });
});

describe('diffText', () => {
  it('reassembles both texts from its segments', () => {
    const a = '业主委员会应当每半年公布工作情况以及专项维修资金使用情况。';
    const b = '业主委员会应当每季度公布工作情况、专项维修资金使用情况以及公共收益收支情况。';
    const segments = diffText(a, b);
    expect(segments.filter((s) => s.kind !== 'INSERTED').map((s) => s.text).join('')).toBe(a);
    expect(segments.filter((s) => s.kind !== 'DELETED').map((s) => s.text).join('')).toBe(b);
  });

  it('rates similarity from 0 to 1', () => {
    expect(similarity('公共收益', '公共收益')).toBe(1);
    expect(similarity('公共收益', '维修资金')).toBe(0);
  });
});

describe('numerals', () => {
  it('writes article numbers as Chinese legal texts do', () => {
    expect([1, 10, 11, 20, 21, 100, 101, 110, 278, 950, 1000, 1010, 1260].map(chineseNumeral)).toEqual([
      '一', '十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十', '二百七十八', '九百五十', '一千', '一千零一十', '一千二百六十',
    ]);
    expect(articleLabel(278, 'ARTICLE')).toBe('第二百七十八条');
    expect(articleLabel(3, 'ITEM')).toBe('三、');
  });
});
