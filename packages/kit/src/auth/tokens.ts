// JWTs: HS256 with a shared secret in development, a JWKS endpoint in production. The gateway verifies
// and forwards the Authorization header; every subgraph verifies again (zero trust between services).
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { WuyeError } from '../errors.js';
import { isRegionCode } from '../region-code.js';
import { PUBLIC_VIEWER, isRole, type Role, type Viewer } from './viewer.js';

export const DEV_SECRET = 'wuye-dev-secret-change-me-in-production-0123456789';
export const ISSUER = 'wuye-federation';
export const AUDIENCE = 'wuye-api';

export interface AuthConfig {
  /** HS256 secret (dev); ignored when jwksUrl is set */
  secret?: string;
  /** production: verify RS256/ES256 tokens against this JWKS */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return { secret: env.WUYE_JWT_SECRET ?? DEV_SECRET, jwksUrl: env.WUYE_JWKS_URL, issuer: env.WUYE_JWT_ISSUER ?? ISSUER, audience: env.WUYE_JWT_AUDIENCE ?? AUDIENCE };
}

export interface TokenVerifier {
  /** The viewer of a request: PUBLIC without a header; UNAUTHENTICATED error for a bad token. */
  viewerFrom(authorization: string | undefined | null): Promise<Viewer>;
}

export function createTokenVerifier(config: AuthConfig = authConfigFromEnv()): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : new TextEncoder().encode(config.secret ?? DEV_SECRET);
  const options = { issuer: config.issuer ?? ISSUER, audience: config.audience ?? AUDIENCE };
  return {
    async viewerFrom(authorization) {
      if (!authorization) return PUBLIC_VIEWER;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw WuyeError.unauthenticated('The Authorization header must read "Bearer <token>".');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1]!, key as Uint8Array, options));
      } catch (error) {
        throw WuyeError.unauthenticated(`The token was refused (${(error as { code?: string }).code ?? 'invalid'}): get a new one.`);
      }
      return viewerFromClaims(payload);
    },
  };
}

function viewerFromClaims(claims: JWTPayload): Viewer {
  const { role, region, companyId, estateId } = claims as Record<string, unknown>;
  if (!isRole(role) || role === 'PUBLIC') throw WuyeError.unauthenticated('The token has no valid "role" claim.');
  if (typeof region !== 'string' || !isRegionCode(region)) throw WuyeError.unauthenticated('The token has no valid "region" claim (a GB/T 2260 code).');
  return {
    role,
    region,
    subject: claims.sub ?? null,
    companyId: typeof companyId === 'string' ? companyId : null,
    estateId: typeof estateId === 'string' ? estateId : null,
  };
}

export interface TokenClaims {
  role: Exclude<Role, 'PUBLIC'>;
  region: string;
  subject?: string;
  companyId?: string;
  estateId?: string;
  /** e.g. '12h' (default), '30d' */
  expiresIn?: string;
}

/** Signs a development token with the HS256 secret (`wuye token`, tests, service calls). */
export async function signToken(claims: TokenClaims, config: AuthConfig = authConfigFromEnv()): Promise<string> {
  if (!isRegionCode(claims.region)) throw new Error(`region "${claims.region}" is not a GB/T 2260 code`);
  const { role, region, companyId, estateId } = claims;
  return new SignJWT({ role, region, ...(companyId ? { companyId } : {}), ...(estateId ? { estateId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject ?? `${role.toLowerCase()}@${region}`)
    .setIssuer(config.issuer ?? ISSUER)
    .setAudience(config.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(config.secret ?? DEV_SECRET));
}
