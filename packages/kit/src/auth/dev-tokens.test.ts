import { describe, expect, it } from 'vitest';
import { issueDevToken } from './dev-tokens.js';
import { createTokenVerifier } from './tokens.js';

describe('development tokens', () => {
  const verifier = createTokenVerifier();

  it('carry the role, region and company asked for, and the gateway accepts them', async () => {
    const viewer = await verifier.viewerFrom(`Bearer ${await issueDevToken({ role: 'company', company: 'C0001' })}`);
    expect(viewer).toMatchObject({ role: 'COMPANY', region: '350000', companyId: 'C0001' });
    expect(await verifier.viewerFrom(`Bearer ${await issueDevToken({ role: 'CITY_ADMIN', region: '350200' })}`)).toMatchObject({ role: 'CITY_ADMIN', region: '350200' });
  });

  it('refuse what no viewer can be, naming the option', async () => {
    await expect(issueDevToken({ role: 'PUBLIC' })).rejects.toThrow(/^role must be one of .*PUBLIC needs no token/);
    await expect(issueDevToken({ role: 'MAYOR' })).rejects.toThrow(/^role must be one of/);
    await expect(issueDevToken({ role: 'COMPANY' })).rejects.toThrow(/^company <id> is required/);
    await expect(issueDevToken({ role: 'OWNER' })).rejects.toThrow(/^estate <id> is required/);
    await expect(issueDevToken({ role: 'CITY_ADMIN', region: '3502' })).rejects.toThrow(/not a GB\/T 2260 code/);
  });
});
