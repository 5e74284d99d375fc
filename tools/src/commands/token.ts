// `wuye token`: development tokens signed with the dev secret (WUYE_JWT_SECRET overrides it).
import { ROLES, signToken, type TokenClaims } from '@wuye/kit';

export async function issueToken(options: { role?: string; region?: string; company?: string; estate?: string; expires?: string }): Promise<string> {
  const role = (options.role ?? 'PROVINCE_ADMIN').toUpperCase();
  const allowed = ROLES.filter((r) => r !== 'PUBLIC');
  if (!(allowed as readonly string[]).includes(role)) throw new Error(`--role must be one of ${allowed.join(', ')} (PUBLIC needs no token)`);
  if (role === 'COMPANY' && !options.company) throw new Error('--company <id> is required for role COMPANY (e.g. C0001)');
  if (role === 'OWNER' && !options.estate) throw new Error('--estate <id> is required for role OWNER (e.g. E000001)');
  return signToken({
    role: role as TokenClaims['role'],
    region: options.region ?? '350000',
    companyId: options.company,
    estateId: options.estate,
    expiresIn: options.expires ?? '12h',
  });
}

/** Tokens printed at start-up, one per kind of user. */
export const DEMO_VIEWERS = [
  { label: '省厅 province admin', role: 'PROVINCE_ADMIN', region: '350000' },
  { label: '厦门 city admin', role: 'CITY_ADMIN', region: '350200' },
  { label: '漳州 city admin', role: 'CITY_ADMIN', region: '350600' },
  { label: '思明区 county admin', role: 'COUNTY_ADMIN', region: '350203' },
] as const;
