// Development tokens by role and region: what `wuye token` prints and the console's demo sign-in
// hands out. Signed with the dev secret unless WUYE_JWT_SECRET says otherwise.
import { signToken, type TokenClaims } from './tokens.js';
import { ROLES } from './viewer.js';

export interface DevTokenRequest {
  role?: string;
  region?: string;
  company?: string;
  estate?: string;
  expires?: string;
}

/** A signed token for the request, or an Error that names the option to fix. */
export async function issueDevToken(request: DevTokenRequest): Promise<string> {
  const role = (request.role ?? 'PROVINCE_ADMIN').toUpperCase();
  if (!(ROLES as readonly string[]).includes(role) || role === 'PUBLIC') throw new Error(`role must be one of ${ROLES.filter((r) => r !== 'PUBLIC').join(', ')} (PUBLIC needs no token)`);
  if (role === 'COMPANY' && !request.company) throw new Error('company <id> is required for role COMPANY (e.g. C0001)');
  if (role === 'OWNER' && !request.estate) throw new Error('estate <id> is required for role OWNER (e.g. E000001)');
  return signToken({
    role: role as TokenClaims['role'],
    region: request.region ?? '350000',
    companyId: request.company,
    estateId: request.estate,
    expiresIn: request.expires ?? '12h',
  });
}

/** Tokens printed at start-up, one per kind of user. */
export const DEMO_VIEWERS = [
  { label: '省厅 province admin', role: 'PROVINCE_ADMIN', region: '350000' },
  { label: '厦门 city admin', role: 'CITY_ADMIN', region: '350200' },
  { label: '漳州 city admin', role: 'CITY_ADMIN', region: '350600' },
  { label: '思明区 county admin', role: 'COUNTY_ADMIN', region: '350203' },
] as const;
