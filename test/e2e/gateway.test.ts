// Through the gateway over HTTP, as a city front end or a provincial integrator would call it.
import { signToken } from '@wuye/kit';
import { describe, expect, inject, it } from 'vitest';

const gatewayUrl = inject('gatewayUrl');

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const query = (q: string, headers?: Record<string, string>) => post(JSON.stringify({ query: q }), headers);

describe('gateway', () => {
  it('answers the province coverage: 17,000 estates, 99% covered', async () => {
    const { json } = await query('{ region(code: "350000") { name coverage { estates covered rate } } }');
    expect(json.errors).toBeUndefined();
    expect(json.data).toEqual({ region: { name: '福建省', coverage: { estates: 17_000, covered: 16_830, rate: 0.99 } } });
  });

  it('refuses a bad token with UNAUTHENTICATED before asking any subgraph', async () => {
    const { status, json } = await query('{ region(code: "350000") { name } }', { authorization: 'Bearer not.a.token' });
    expect(status).toBe(401);
    expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('forwards a valid token to the subgraphs: a 厦门 admin sees 厦门 committee names, not 漳州 ones', async () => {
    const token = await signToken({ role: 'CITY_ADMIN', region: '350200' });
    const names = async (region: string) => {
      const { json } = await query(`{ estates(first: 200, filter: { regionCode: "${region}" }) { edges { node { ownersCommittee { members { nameMasked } } } } } }`, { authorization: `Bearer ${token}` });
      expect(json.errors).toBeUndefined();
      const edges = (json.data as { estates: { edges: { node: { ownersCommittee: { members: { nameMasked: boolean }[] } | null } }[] } }).estates.edges;
      return edges.flatMap((e) => e.node.ownersCommittee?.members ?? []);
    };
    const xiamen = await names('350200');
    const zhangzhou = await names('350600');
    expect(xiamen.length).toBeGreaterThan(0);
    expect(xiamen.every((m) => !m.nameMasked)).toBe(true);
    expect(zhangzhou.length).toBeGreaterThan(0);
    expect(zhangzhou.every((m) => m.nameMasked)).toBe(true);
  });

  it('answers a malformed query with a GraphQL error and keeps serving', async () => {
    const broken = await post('{"query":"{ region(code: "}');
    expect(broken.json.errors?.[0]).toBeDefined();
    const unknownField = await query('{ region(code: "350000") { nope } }');
    expect(unknownField.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await query('{ region(code: "350200") { name } }');
    expect(after.json.data).toEqual({ region: { name: '厦门市' } });
  });

  it('serves the explorer from the gateway itself (no CDN)', async () => {
    const response = await fetch(gatewayUrl, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//); // every script is inline
  });
});
