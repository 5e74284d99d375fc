// The draw: reproducible from its recorded inputs, unbiased over many draws, and never putting an
// inspector on an estate served by a company the inspector is tied to (回避).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalInputs, digest, DRAW_ALGORITHM, DrawError, runDraw, verifyDraw, type DrawInputs } from './draw.js';
import { DrawStream } from './stream.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);

function inputs(overrides: Partial<DrawInputs> = {}): DrawInputs {
  return {
    algorithm: DRAW_ALGORITHM,
    seed: '3ec08aac7564e7faf81aa59a398ce8d3',
    estateCount: 5,
    inspectorCount: 4,
    teamSize: 2,
    eligible: ids('E', 50).map((estateId, i) => ({ estateId, companyId: `C${i % 7}` })),
    pool: ids('P', 10).map((inspectorId, i) => ({ inspectorId, companyIds: i < 3 ? [`C${i}`] : [] })),
    ...overrides,
  };
}

describe('the stream', () => {
  it('is SHA-256 in counter mode: block k = sha256("seed:label:k"), words big-endian', () => {
    const stream = new DrawStream('abcdefgh', 'estates');
    const block0 = createHash('sha256').update('abcdefgh:estates:0').digest();
    const block1 = createHash('sha256').update('abcdefgh:estates:1').digest();
    const words = Array.from({ length: 9 }, () => stream.nextWord());
    expect(words.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => block0.readUInt32BE(i * 4)));
    expect(words[8]).toBe(block1.readUInt32BE(0));
  });

  it('takes integers below n by rejection, never out of range', () => {
    const stream = new DrawStream('abcdefgh', 'below');
    for (const n of [1, 2, 3, 7, 1000, 2 ** 31 + 1]) for (let k = 0; k < 200; k++) expect(stream.below(n)).toBeLessThan(n);
    expect(() => stream.below(0)).toThrow(RangeError);
  });
});

describe('reproducibility', () => {
  it('gives the same result for the same inputs, whatever order the lists come in', () => {
    const a = runDraw(inputs());
    const shuffled = inputs();
    shuffled.eligible.reverse();
    shuffled.pool.reverse();
    expect(runDraw(shuffled)).toEqual(a);
    expect(a.estateIds).toHaveLength(5);
    expect(new Set(a.estateIds).size).toBe(5);
    expect(a.inspectorIds).toHaveLength(4);
    expect(a.assignments.map((x) => x.estateId)).toEqual(a.estateIds);
  });

  it('is pinned: this seed and these inputs draw these estates (a change of algorithm must change its version)', () => {
    expect(digest(runDraw(inputs()))).toBe(digest(runDraw(inputs())));
    expect(runDraw(inputs()).estateIds).toMatchInlineSnapshot(`
      [
        "E039",
        "E008",
        "E031",
        "E049",
        "E001",
      ]
    `);
  });

  it('gives another pick for another seed', () => {
    expect(runDraw(inputs({ seed: 'another-seed' })).estateIds).not.toEqual(runDraw(inputs()).estateIds);
  });

  it('verifies a recorded draw, and catches a tampered one', () => {
    const recorded = runDraw(inputs());
    expect(verifyDraw(canonicalInputs(inputs()), recorded).matches).toBe(true);
    const tampered = { ...recorded, estateIds: [...recorded.estateIds.slice(0, 4), 'E050'] };
    expect(verifyDraw(canonicalInputs(inputs()), tampered).matches).toBe(false);
    const wrongInputs = canonicalInputs(inputs({ estateCount: 6 }));
    expect(verifyDraw(wrongInputs, recorded)).toMatchObject({ matches: false, problem: null });
    expect(verifyDraw({ ...canonicalInputs(inputs()), algorithm: 'other/9' }, recorded)).toMatchObject({ matches: false, recomputed: null });
  });

  it('refuses bad inputs naming the field', () => {
    const refused = (overrides: Partial<DrawInputs>) => {
      try {
        runDraw(inputs(overrides));
      } catch (error) {
        return error instanceof DrawError ? error.field : 'other';
      }
      return null;
    };
    expect(refused({ estateCount: 51 })).toBe('estateCount');
    expect(refused({ estateCount: 0 })).toBe('estateCount');
    expect(refused({ inspectorCount: 11 })).toBe('inspectorCount');
    expect(refused({ teamSize: 5 })).toBe('teamSize');
    expect(refused({ seed: 'short' })).toBe('seed');
    expect(refused({ eligible: [...inputs().eligible, { estateId: 'E001', companyId: null }] })).toBe('eligible');
  });
});

describe('fairness', () => {
  // 20,000 draws of 5 from 50: every estate is expected 2,000 times (σ ≈ 42.4). Seeds are fixed, so
  // the test is deterministic; the bounds are what an unbiased draw meets with overwhelming odds.
  it('picks every estate equally often: 20,000 draws of 5 from 50, each within 10% of 2,000, χ² below the 0.1% critical value', () => {
    const started = process.cpuUsage();
    const eligible = ids('E', 50).map((estateId) => ({ estateId, companyId: null }));
    const pool = ids('P', 10).map((inspectorId) => ({ inspectorId, companyIds: [] }));
    const picked = new Map(eligible.map((e) => [e.estateId, 0]));
    const first = new Map(eligible.map((e) => [e.estateId, 0]));
    const inspectors = new Map(pool.map((p) => [p.inspectorId, 0]));
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const result = runDraw({ seed: `fairness-${i}`, estateCount: 5, inspectorCount: 2, teamSize: 1, eligible, pool });
      for (const id of result.estateIds) picked.set(id, picked.get(id)! + 1);
      first.set(result.estateIds[0]!, first.get(result.estateIds[0]!)! + 1);
      for (const id of result.inspectorIds) inspectors.set(id, inspectors.get(id)! + 1);
    }
    const chiSquare = (counts: Iterable<number>, expected: number) => [...counts].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);

    const expected = (draws * 5) / 50;
    for (const n of picked.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
    expect(chiSquare(picked.values(), expected)).toBeLessThan(85.35); // df 49, p = 0.001
    // the order drawn is unbiased too: every estate comes first about 400 times
    expect(chiSquare(first.values(), draws / 50)).toBeLessThan(85.35);
    // inspectors: 2 of 10 per draw, 4,000 each
    for (const n of inspectors.values()) expect(Math.abs(n - 4_000) / 4_000).toBeLessThan(0.1);
    expect(chiSquare(inspectors.values(), 4_000)).toBeLessThan(27.88); // df 9, p = 0.001
    // fast: well under 2 s of CPU (wall-clock time would measure the machine's load, not the draw)
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2_000);
  });
});

describe('回避', () => {
  it('never assigns an inspector to an estate served by a company the inspector is tied to, over 2,000 draws', () => {
    let conflictsMet = 0;
    const violations: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      // ties dense enough that the drawn inspectors often include one tied to a drawn estate's company
      const given = inputs({
        seed: `avoid-seed-${i}`,
        estateCount: 8,
        inspectorCount: 4,
        pool: ids('P', 8).map((inspectorId, k) => ({ inspectorId, companyIds: [`C${k % 7}`] })),
      });
      const result = runDraw(given);
      const company = new Map(given.eligible.map((e) => [e.estateId, e.companyId!]));
      const ties = new Map(given.pool.map((p) => [p.inspectorId, p.companyIds]));
      for (const { estateId, inspectorIds } of result.assignments) {
        if (new Set(inspectorIds).size !== 2) violations.push(`${given.seed}: team ${inspectorIds}`);
        for (const id of inspectorIds) if (ties.get(id)!.includes(company.get(estateId)!)) violations.push(`${given.seed}: ${id} on ${estateId}`);
        if (result.inspectorIds.some((id) => ties.get(id)!.includes(company.get(estateId)!))) conflictsMet++;
      }
    }
    expect(violations).toEqual([]);
    expect(conflictsMet).toBeGreaterThan(1_000); // the rule was really exercised
  });

  it('spreads estates evenly over the drawn inspectors when nothing is in the way', () => {
    const result = runDraw(inputs({ estateCount: 20, inspectorCount: 6, pool: ids('P', 10).map((inspectorId) => ({ inspectorId, companyIds: [] })) }));
    const load = new Map<string, number>();
    for (const a of result.assignments) for (const id of a.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
  });

  it('fails clearly when no valid assignment exists', () => {
    // every inspector is tied to C0, which serves every estate
    const given = inputs({ eligible: ids('E', 10).map((estateId) => ({ estateId, companyId: 'C0' })), pool: ids('P', 4).map((inspectorId, k) => ({ inspectorId, companyIds: k === 0 ? [] : ['C0'] })) });
    expect(() => runDraw(given)).toThrow(DrawError);
    expect(() => runDraw(given)).toThrow(/回避: estate E0\d\d is served by company C0, to which [34] of the 4 inspectors drawn are tied; a team of 2 cannot be formed from the other [01]/);
  });
});

describe('digests', () => {
  it('do not depend on the order keys are stored in (jsonb reorders them)', () => {
    expect(digest({ estateIds: ['a'], inspectorIds: ['b'], assignments: [] })).toBe(digest({ assignments: [], inspectorIds: ['b'], estateIds: ['a'] }));
    expect(digest({ a: [1, 2] })).not.toBe(digest({ a: [2, 1] }));
  });
});
