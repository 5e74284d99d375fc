// The hash chain's building blocks: canonical JSON, the fast writer that must agree with it, and a hash
// that moves with every part of a revision.
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalLink, linkBody, linkHash, type ChainLink } from './chain.js';

const link: ChainLink = {
  estateId: 'E000001',
  chainNo: 3,
  statementId: 'RS000003',
  quarter: '2024Q2',
  companyId: 'C0154',
  revisionNo: 2,
  reason: '补录漏报的"充电桩"场地使用费\\n',
  author: 'company@350102',
  authorRole: 'COMPANY',
  createdAt: new Date('2024-07-12T10:23:00+08:00'),
  incomeTotal: '43757.88',
  expenseTotal: '21141.99',
  balance: '22615.89',
  previousHash: 'a'.repeat(64),
  lines: [
    { lineNo: 1, direction: 'INCOME', kind: 'PARKING', description: '地面停车位临时停车收入', amount: '43066.00' },
    { lineNo: 2, direction: 'EXPENSE', kind: 'MANAGEMENT_SHARE', description: '管理成本', amount: '21141.99' },
  ],
};

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: true } })).toBe('{"a":{"c":true,"d":[3,{"y":"x","z":null}]},"b":1}');
  });

  it('is what the fast writer writes, quotes and escapes included', () => {
    expect(canonicalLink(link)).toBe(canonicalJson(linkBody(link)));
    expect(canonicalLink({ ...link, reason: null, previousHash: null, lines: [] })).toBe(canonicalJson(linkBody({ ...link, reason: null, previousHash: null, lines: [] })));
  });
});

describe('link hash', () => {
  it('is a sha256 that changes with any part of the revision', () => {
    const hash = linkHash(link);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(linkHash({ ...link })).toBe(hash);
    const changes: Partial<ChainLink>[] = [
      { estateId: 'E000002' },
      { chainNo: 4 },
      { quarter: '2024Q1' },
      { companyId: 'C0155' },
      { revisionNo: 3 },
      { reason: null },
      { author: 'someone' },
      { createdAt: new Date('2024-07-12T10:23:00.001+08:00') },
      { incomeTotal: '43757.89' },
      { balance: '22615.88' },
      { previousHash: 'b'.repeat(64) },
      { lines: [link.lines[1]!, link.lines[0]!] },
      { lines: [{ ...link.lines[0]!, amount: '43066.01' }, link.lines[1]!] },
    ];
    for (const change of changes) expect(linkHash({ ...link, ...change }), JSON.stringify(change)).not.toBe(hash);
  });
});
