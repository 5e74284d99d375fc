// Xiamen in the real federation (startFederation: the core subgraphs, this plugin and a gateway, each
// its own process): 集美's deputy secretaries come from the real party-building at request time, with the
// company and organisation resolved at their owners; a bundle is proposed on the real registry's facts.
import { fileURLToPath } from 'node:url';
import { createTestDatabase, signToken, startFederation, type Federation } from '@wuye/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let federation: Federation;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase('xiamen_federation');
  federation = await startFederation({ pluginDir: fileURLToPath(new URL('..', import.meta.url)), databaseUrl: database.url });
}, 600_000);
afterAll(async () => {
  await federation?.stop();
  await database?.drop();
});

describe('through the gateway', () => {
  it('reads 集美区\'s company party leaders serving as 副书记 from party-building, as party-building lists them', async () => {
    const admin = await signToken({ role: 'COUNTY_ADMIN', region: '350211' });
    const res = await federation.query<{
      region: { name: string; xiamenJimeiDeputySecretaries: { id: string; personName: string; company: { name: string }; organization: { name: string; kind: string } }[] };
      crossAppointments: { edges: { node: { id: string; endsOn: string | null; startsOn: string } }[] };
    }>(
      `{ region(code: "350211") { name xiamenJimeiDeputySecretaries { id personName company { name } organization { name kind } } }
         crossAppointments(first: 1000, filter: { regionCode: "350211", side: COMPANY, organizationRole: DEPUTY_SECRETARY }) { edges { node { id startsOn endsOn } } } }`,
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    const current = res.data!.crossAppointments.edges.map((e) => e.node).filter((n) => n.startsOn <= '2024-09-10' && (!n.endsOn || n.endsOn >= '2024-09-10'));
    expect(current.length).toBeGreaterThan(0);
    const posts = res.data!.region.xiamenJimeiDeputySecretaries;
    expect(posts.map((p) => p.id).sort()).toEqual(current.map((n) => n.id).sort());
    expect(posts[0]!.company.name).toBeTruthy();
    expect(posts[0]!.organization.kind).toBe('COMMUNITY');
  }, 60_000);

  it('answers core and plugin fields in one query, and shows another city\'s viewer none of the plugin\'s', async () => {
    const q = `{ region(code: "350200") { name xiamenStats { bundledEstates } xiamenJimeiDeputySecretaries { id } } }`;
    const xm = await federation.query<{ region: { name: string; xiamenStats: { bundledEstates: number } } }>(q, { token: await signToken({ role: 'CITY_ADMIN', region: '350200' }) });
    expect(xm.errors).toBeUndefined();
    expect(xm.data!.region.name).toBe('厦门市');
    expect(xm.data!.region.xiamenStats.bundledEstates).toBeGreaterThan(0);
    const zz = await federation.query<{ region: unknown }>(q, { token: await signToken({ role: 'CITY_ADMIN', region: '350600' }) });
    expect(zz.errors).toBeUndefined();
    expect(zz.data!.region).toEqual({ name: '厦门市', xiamenStats: null, xiamenJimeiDeputySecretaries: null });
  }, 60_000);
});
