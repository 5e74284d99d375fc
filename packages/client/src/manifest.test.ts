// The safelist manifest: Apollo's persisted-query manifest in the shape the gateway's WUYE_SAFELIST reads
// (gateway/src/persisted.ts `loadSafelist`: `operations[].id` must be the sha256 of `operations[].body`),
// with the very text the client sends.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { operationDocuments } from './documents.js';
import { manifestJson, persistedQueryManifest } from './manifest.js';
import { RegionFiguresFragmentDoc } from './generated/graphql.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('persisted-operations.json', () => {
  const manifest = persistedQueryManifest(operationDocuments);

  it("is Apollo's persisted-query manifest: format, version, operations { id, name, type, body }", () => {
    const json = JSON.parse(manifestJson(manifest)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'version', 'operations']);
    expect(json.format).toBe('apollo-persisted-query-manifest');
    expect(json.version).toBe(1);
    expect(manifest.operations.map((o) => [o.name, o.type])).toEqual([
      ['CompanyCredit', 'query'],
      ['CreditRanking', 'query'],
      ['EstatePage', 'query'],
      ['ProvinceOverview', 'query'],
      ['Rankings', 'query'],
      ['RegionDrillDown', 'query'],
      ['RegionTree', 'query'],
      ['SearchRegulations', 'query'],
    ]);
    for (const op of manifest.operations) {
      expect(Object.keys(op)).toEqual(['id', 'name', 'type', 'body']);
      expect(op.id).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('as the gateway checks it: each id is the sha256 of its body, and the body is exactly what the client sends', () => {
    const sent = new Map(operationDocuments.map((d) => [sha256(d.toString()), d.toString()]));
    for (const op of manifest.operations) {
      expect(op.id).toBe(sha256(op.body));
      expect(sent.get(op.id)).toBe(op.body);
    }
    expect(new Set(manifest.operations.map((o) => o.id)).size).toBe(operationDocuments.length);
  });

  it('carries the fragments inside the operations that use them, never on their own', () => {
    const overview = manifest.operations.find((o) => o.name === 'ProvinceOverview')!;
    expect(overview.body).toContain('fragment RegionFigures on Region');
    expect(manifest.operations.some((o) => o.body === RegionFiguresFragmentDoc.toString())).toBe(false);
  });

  it('is stable: the same documents in any order give the same bytes', () => {
    expect(manifestJson(persistedQueryManifest([...operationDocuments].reverse()))).toBe(manifestJson(manifest));
  });

  it('refuses anonymous and duplicate operations', () => {
    expect(() => persistedQueryManifest(['{ estate(id: "1") { name } }'])).toThrow(/needs a name/);
    expect(() => persistedQueryManifest(['query A { a }', 'query A { b }'])).toThrow(/two operations are named A/);
  });
});
