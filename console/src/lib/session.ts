// Who is signed in: the bearer token and the claims the console reads from it to choose its starting
// region and the links it offers. The gateway checks the token; the console only displays its claims.
import { levelOf } from '@wuye/kit/region-code';

export interface Session {
  token: string;
  role: string;
  region: string;
  companyId?: string;
  /** seconds since the epoch */
  expiresAt?: number;
  subject?: string;
}

const KEY = 'wuye.console.session';

/** The claims of a JWT (its payload, unverified — the gateway verifies), or null when it is not one. */
export function claimsOf(token: string): Omit<Session, 'token'> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    if (typeof claims.role !== 'string' || typeof claims.region !== 'string') return null;
    return {
      role: claims.role,
      region: claims.region,
      companyId: typeof claims.companyId === 'string' ? claims.companyId : undefined,
      expiresAt: typeof claims.exp === 'number' ? claims.exp : undefined,
      subject: typeof claims.sub === 'string' ? claims.sub : undefined,
    };
  } catch {
    return null;
  }
}

export function sessionFromToken(token: string, now = Date.now()): Session {
  const claims = claimsOf(token.trim());
  if (!claims) throw new Error('这不是有效的令牌 — not a token the console can read (a JWT with role and region claims)');
  if (claims.expiresAt !== undefined && claims.expiresAt * 1000 <= now) throw new Error('令牌已过期 — the token has expired: sign in again');
  if (!levelOf(claims.region)) throw new Error(`令牌的区划代码无效 — the token's region "${claims.region}" is not a region code`);
  return { token: token.trim(), ...claims };
}

export function loadSession(storage: Pick<Storage, 'getItem'> = sessionStorage, now = Date.now()): Session | null {
  const token = storage.getItem(KEY);
  if (!token) return null;
  try {
    return sessionFromToken(token, now);
  } catch {
    return null;
  }
}

export function saveSession(session: Session, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
  storage.setItem(KEY, session.token);
}

export function clearSession(storage: Pick<Storage, 'removeItem'> = sessionStorage): void {
  storage.removeItem(KEY);
}
