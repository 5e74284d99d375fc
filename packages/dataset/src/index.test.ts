import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AS_OF, CITY_CODES, COUNTIES, generateProvince, generateRegistry, regionContains, regionLevelOf } from './index.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('determinism', () => {
  it('gives the same output for the same seed, and another for another seed', () => {
    const a = sha256(generateRegistry({ seed: 42 }));
    expect(sha256(generateRegistry({ seed: 42 }))).toBe(a);
    expect(sha256(generateRegistry({ seed: 43 }))).not.toBe(a);
  });

  it('defaults to seed 20240910 at scale 1', () => {
    expect(sha256(generateRegistry())).toBe(sha256(generateRegistry({ seed: 20240910, scale: 1 })));
  });
});

describe('generateProvince', () => {
  it('describes the province as of the seed document, memoised per seed and scale', () => {
    const province = generateProvince();
    expect(AS_OF).toBe('2024-09-10');
    expect(province).toMatchObject({ asOf: '2024-09-10', seed: 20240910, scale: 1 });
    expect(generateProvince({ seed: 20240910 })).toBe(province);
    expect(generateProvince({ seed: 1 })).not.toBe(province);
  });

  it('is frozen, since every caller shares it', () => {
    const { registry } = generateProvince();
    expect(Object.isFrozen(registry.estates)).toBe(true);
    expect(() => {
      (registry.estates[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });

  it('refuses a scale that is not positive', () => {
    expect(() => generateProvince({ scale: 0 })).toThrow(RangeError);
    expect(() => generateRegistry({ scale: Number.NaN })).toThrow(RangeError);
  });
});

describe('lookups', () => {
  it('list the 9 cities and 84 counties', () => {
    expect(CITY_CODES).toEqual(['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900']);
    expect(COUNTIES).toHaveLength(84);
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(84);
    expect(COUNTIES.every((c) => CITY_CODES.includes(c.cityCode) && c.code.startsWith(c.cityCode.slice(0, 4)))).toBe(true);
  });

  it('read levels and containment from codes', () => {
    expect(['350000', '350200', '350203', '350203001', '350203001001'].map(regionLevelOf)).toEqual([
      'PROVINCE',
      'CITY',
      'COUNTY',
      'STREET',
      'COMMUNITY',
    ]);
    expect(regionContains('350000', '350203001001')).toBe(true);
    expect(regionContains('350200', '350203001001')).toBe(true);
    expect(regionContains('350203001', '350203001001')).toBe(true);
    expect(regionContains('350100', '350203')).toBe(false);
    expect(regionContains('350203001', '350203002001')).toBe(false);
  });
});
