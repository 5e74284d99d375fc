import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { signToken } from './auth/tokens.js';
import { createLogger, redactCredentials } from './logger.js';

/** a logger whose lines are kept */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  return { log: createLogger('test', 'debug', stream), text: () => lines.join('') };
}

describe('the logs', () => {
  it('never carry a token, wherever a caller puts it', async () => {
    const token = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const { log, text } = capture();
    log.info({ authorization: `Bearer ${token}` }, 'header at the top');
    log.info({ headers: { authorization: `Bearer ${token}`, 'x-request-id': 'r1' } }, 'headers');
    log.info({ req: { headers: { Authorization: `Bearer ${token}` } } }, 'a capitalised header');
    log.warn(`refused Bearer ${token} for 350200`);
    log.error({ err: new Error(`upstream said: invalid token ${token}`) }, 'in an error');
    log.child({ requestId: 'r2' }).info({ url: `https://example.gov.cn/cb?access_token=${token}` }, 'in a URL');
    await new Promise((resolve) => setImmediate(resolve));
    const out = text();
    expect(out.split('\n').filter(Boolean)).toHaveLength(6);
    expect(out).not.toContain(token);
    expect(out).not.toContain(token.split('.')[1]!); // not even its claims
    expect(out).toContain('[redacted]');
    expect(out).toContain('"x-request-id":"r1"'); // the rest of the line stays
  });

  it('leave ordinary text alone', () => {
    expect(redactCredentials('{"msg":"estate E000123 in 350203, bearer of the notice: 王建国"}')).toBe('{"msg":"estate E000123 in 350203, bearer of the notice: 王建国"}');
  });
});
