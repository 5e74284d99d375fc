import { describe, expect, it } from 'vitest';
import { coreFieldSource, lookupCoreFields } from './core-fields.js';

describe('coreFieldSource', () => {
  it('routes a core entity\'s fields to the subgraph the contract says resolves them', () => {
    expect(coreFieldSource('OwnersCommittee', 'id partyMembers isRed(rule: { minPartyMemberShare: 0.5 })')).toEqual({ subgraph: 'party-building', requires: [] });
    expect(coreFieldSource('OwnersCommittee', 'id members { id }')).toEqual({ subgraph: 'registry', requires: [] });
    expect(coreFieldSource('Region', 'code partyBuilding { committees }')).toEqual({ subgraph: 'party-building', requires: ['estateCount'] });
  });

  it('names the fix for fields of several subgraphs or unknown fields', () => {
    expect(() => coreFieldSource('OwnersCommittee', 'members { id } partyMembers')).toThrow(/ask each subgraph with its own lookupCoreFields call/);
    expect(() => coreFieldSource('OwnersCommittee', 'partyShare')).toThrow(/OwnersCommittee\.partyShare is not in the published contract/);
  });
});

describe('lookupCoreFields', () => {
  it('refuses keys without the @requires fields, and asks the right subgraph otherwise', async () => {
    const asked: string[] = [];
    const ctx = { services: { query: async () => ({}) as never, entities: async <T>(subgraph: string, typename: string, keys: Record<string, unknown>[]) => (asked.push(`${subgraph}:${typename}:${keys.length}`), keys.map(() => null as T | null)) } };
    await expect(lookupCoreFields(ctx, 'Region', [{ code: '350800' }], 'partyBuilding { committees }')).rejects.toThrow(/@require estateCount: add "estateCount" to every key/);
    await lookupCoreFields(ctx, 'Region', [{ code: '350800', estateCount: 813 }], 'partyBuilding { committees }');
    expect(asked).toEqual(['party-building:Region:1']);
  });
});
