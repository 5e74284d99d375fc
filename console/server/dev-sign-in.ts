// The demo sign-in: pick a role and a region, get a development token from the kit's issuer (the one
// `wuye token` uses). Off unless WUYE_CONSOLE_DEV_TOKENS=true — a production console gets its token
// from the province's identity provider and the user pastes or is redirected with it instead.
import type http from 'node:http';
import { isRegionCode, issueDevToken } from '@wuye/kit';

/** what the sign-in page offers: officials at every level, and a property company */
export const SIGN_IN_ROLES = ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'STREET_STAFF', 'COMPANY'] as const;

const MAX_BODY = 4096;

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const refuse = (res: http.ServerResponse, status: number, code: string, message: string) => reply(res, status, { error: { code, message } });

export function signInOptions(devTokens: boolean) {
  return (_req: http.IncomingMessage, res: http.ServerResponse) => reply(res, 200, { devTokens, roles: devTokens ? SIGN_IN_ROLES : [] });
}

export function devTokenEndpoint(devTokens: boolean) {
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!devTokens) return refuse(res, 404, 'DEV_TOKENS_OFF', '演示登录未开启 — development sign-in is off (WUYE_CONSOLE_DEV_TOKENS=true turns it on; never in production)');
    if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'POST a JSON body {role, region, company?}');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return refuse(res, 413, 'BAD_USER_INPUT', `the body is larger than ${MAX_BODY} bytes`);
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8'); // decoded whole: a character may span two chunks
    let body: { role?: unknown; region?: unknown; company?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return refuse(res, 400, 'BAD_USER_INPUT', 'the body is not JSON: send {"role": "CITY_ADMIN", "region": "350200"}');
    }
    const { role, region, company } = body ?? {};
    if (typeof role !== 'string' || !(SIGN_IN_ROLES as readonly string[]).includes(role)) return refuse(res, 400, 'BAD_USER_INPUT', `role must be one of ${SIGN_IN_ROLES.join(', ')}`);
    if (typeof region !== 'string' || !isRegionCode(region)) return refuse(res, 400, 'BAD_USER_INPUT', 'region must be a six-digit GB/T 2260 code, e.g. 350200 (厦门)');
    if (company !== undefined && (typeof company !== 'string' || !/^C\d{4,}$/.test(company))) return refuse(res, 400, 'BAD_USER_INPUT', 'company must be a company id, e.g. C0001');
    try {
      return reply(res, 200, { token: await issueDevToken({ role, region, company: company as string | undefined }) });
    } catch (error) {
      return refuse(res, 400, 'BAD_USER_INPUT', (error as Error).message);
    }
  };
}
