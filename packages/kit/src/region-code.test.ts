import { describe, expect, it } from 'vitest';
import { ancestorsOf, isRegionCode, isWithin, levelOf, parentOf, regionPrefix } from './region-code.js';

describe('region codes', () => {
  it('know their level from their shape', () => {
    expect(levelOf('350000')).toBe('PROVINCE');
    expect(levelOf('350200')).toBe('CITY');
    expect(levelOf('350203')).toBe('COUNTY');
    expect(levelOf('350203001')).toBe('STREET');
    expect(levelOf('350203001002')).toBe('COMMUNITY');
    expect(isRegionCode('3502')).toBe(false);
    expect(isRegionCode('000000')).toBe(false);
  });

  it('contain their subtree and nothing else', () => {
    expect(isWithin('350203001002', '350200')).toBe(true);
    expect(isWithin('350603001002', '350200')).toBe(false);
    expect(isWithin('350200', '350000')).toBe(true);
    expect(isWithin('360100', '350000')).toBe(false);
    expect(regionPrefix('350200')).toBe('3502');
  });

  it('walk up to the province', () => {
    expect(parentOf('350203001002')).toBe('350203001');
    expect(ancestorsOf('350203001002')).toEqual(['350000', '350200', '350203', '350203001', '350203001002']);
  });
});
