import { issueDevToken } from '@wuye/kit';
import { describe, expect, it } from 'vitest';
import { claimsOf, sessionFromToken } from './session.js';
import { canSee } from './scope.js';

describe('the session read from a token', () => {
  it('reads role, region and expiry from a token the kit issued', async () => {
    const token = await issueDevToken({ role: 'CITY_ADMIN', region: '350200' });
    const session = sessionFromToken(token);
    expect(session).toMatchObject({ role: 'CITY_ADMIN', region: '350200', token });
    expect(session.expiresAt! * 1000).toBeGreaterThan(Date.now());
  });

  it('refuses what is not a token, and an expired one', async () => {
    expect(claimsOf('not-a-token')).toBeNull();
    expect(() => sessionFromToken('a.b.c')).toThrow(/不是有效的令牌/);
    const token = await issueDevToken({ role: 'CITY_ADMIN', region: '350200', expires: '1s' });
    expect(() => sessionFromToken(token, Date.now() + 5_000)).toThrow(/已过期/);
  });

  it('lets a city admin open its own regions and estates, not another city’s', async () => {
    const xiamen = sessionFromToken(await issueDevToken({ role: 'CITY_ADMIN', region: '350200' }));
    expect(canSee(xiamen, '350203')).toBe(true); // 思明区
    expect(canSee(xiamen, '350203001001')).toBe(true); // a community in it
    expect(canSee(xiamen, '350602001001')).toBe(false); // 漳州
    expect(canSee(xiamen, '350000')).toBe(false); // the province above it
    const company = sessionFromToken(await issueDevToken({ role: 'COMPANY', region: '350000', company: 'C0001' }));
    expect(canSee(company, '350203')).toBe(false);
  });
});
