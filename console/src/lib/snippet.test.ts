import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet.js';

describe('search snippets', () => {
  it('turns 【】 into marked parts and keeps the text between', () => {
    expect(snippetParts('…业主共有部分的【公共收益】应当【公示】。')).toEqual([
      { text: '…业主共有部分的', match: false },
      { text: '公共收益', match: true },
      { text: '应当', match: false },
      { text: '公示', match: true },
      { text: '。', match: false },
    ]);
  });

  it('leaves a snippet without matches as it is', () => {
    expect(snippetParts('物业服务合同')).toEqual([{ text: '物业服务合同', match: false }]);
  });
});
