// The client against a real HTTP server speaking the gateway's protocol over the published contract:
// tokens, typed data, error codes, partial data, APQ and the safelist.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createWuyeClient, type WuyeResult } from './client.js';
import { operationDocuments } from './documents.js';
import { isWuyeClientError, WuyeClientError, WuyeErrorCode } from './errors.js';
import {
  CompanyCreditDocument,
  EstatePageDocument,
  ProvinceOverviewDocument,
  SearchRegulationsDocument,
  TypedDocumentString,
  type EstatePageQuery,
  type ProvinceOverviewQuery,
} from './generated/graphql.js';
import { persistedQueryManifest } from './manifest.js';
import { startTestServer, type TestServer } from './test/server.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const servers: TestServer[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  servers.push(server);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** what a promise rejects with */
const rejection = async (promise: Promise<unknown>): Promise<WuyeClientError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WuyeClientError);
    return error as WuyeClientError;
  }
  throw new Error('expected a rejection');
};

describe('requests', () => {
  it('sends the token as Authorization: Bearer and returns typed data', async () => {
    const client = createWuyeClient({ url: server.url, token: 'tok-1' });
    const data = await client.request(ProvinceOverviewDocument, { quarter: '2024Q2' });
    expectTypeOf(data).toEqualTypeOf<ProvinceOverviewQuery>();
    expect(data.region?.name).toBe('福建省');
    expect(data.region?.coverage).toEqual({ estates: 17000, covered: 16830, withoutService: 170, rate: 0.99 });
    expect(data.region?.publicRevenue.depositsTotal).toBe('923000000.00');
    expect(data.region?.credit.grades.map((g) => g.count)).toEqual([24, 265, 384, 134, 5]);
    expect(data.region?.children.map((c) => c.name)).toEqual(['厦门市', '福州市']);
    expect(data.publicRevenueRanking?.[0]?.region.name).toBe('厦门市');
    const sent = server.requests.at(-1)!;
    expect(sent.headers.authorization).toBe('Bearer tok-1');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.body).toMatchObject({ operationName: 'ProvinceOverview', variables: { quarter: '2024Q2' }, query: ProvinceOverviewDocument.toString() });
  });

  it('asks getToken before every request; no token, no Authorization header', async () => {
    let n = 0;
    const client = createWuyeClient({ url: server.url, getToken: async () => (n++ === 0 ? 'first' : null) });
    await client.request(SearchRegulationsDocument, { query: '维修资金' });
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer first');
    await client.request(SearchRegulationsDocument, { query: '维修资金' });
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('types the variables: required ones must be given', () => {
    const client = createWuyeClient({ url: server.url });
    // only type-checked (tsc in `npm test`), never run
    const typeOnly = () => {
      // @ts-expect-error EstatePage needs $id
      void client.request(EstatePageDocument);
      // @ts-expect-error $query is a String
      void client.request(SearchRegulationsDocument, { query: 1 });
      // @ts-expect-error no such variable
      void client.request(SearchRegulationsDocument, { query: '维修资金', regionCode: '350200' });
      void client.request(EstatePageDocument, { id: 'E000001' });
      void client.request(ProvinceOverviewDocument); // every variable has a default or is optional
    };
    expect(typeof typeOnly).toBe('function');
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const client = createWuyeClient({
      url: server.url,
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await client.request(SearchRegulationsDocument, { query: '公共收益', first: 1 });
    expect(seen).toEqual([server.url]);
  });
});

describe('errors', () => {
  it('maps extensions.code: UNAUTHENTICATED without a token, FORBIDDEN with a token that may not', async () => {
    const anonymous = createWuyeClient({ url: server.url });
    const e1 = await rejection(anonymous.request(CompanyCreditDocument, { id: 'C0001' }));
    expect(e1.code).toBe(WuyeErrorCode.UNAUTHENTICATED);
    expect(e1.data).toEqual({ company: null });
    const stranger = createWuyeClient({ url: server.url, token: 'owner' });
    const e2 = await rejection(stranger.request(CompanyCreditDocument, { id: 'C0001' }));
    expect(e2.code).toBe('FORBIDDEN');
    expect(isWuyeClientError(e2, 'FORBIDDEN')).toBe(true);
    expect(isWuyeClientError(e2, 'NOT_FOUND')).toBe(false);
    const official = createWuyeClient({ url: server.url, token: 'official' });
    const { company } = await official.request(CompanyCreditDocument, { id: 'C0001', year: 2024 });
    expect(company?.credit.live?.explanation.map((l) => l.points)).toEqual(['90.00', '7.00']);
  });

  it('BAD_USER_INPUT carries the field; NOT_FOUND', async () => {
    const client = createWuyeClient({ url: server.url });
    const bad = await rejection(client.request(SearchRegulationsDocument, { query: ' ' }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.field).toBe('query');
    expect(bad.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query', path: ['searchRegulations'] });
    const missing = await rejection(client.request(EstatePageDocument, { id: 'E404' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.errors[0]?.extensions.id).toBe('E404');
  });

  it('keeps partial data when a subgraph is down: execute gives data and errors, request throws with the data', async () => {
    const client = createWuyeClient({ url: server.url });
    const result = await client.execute(EstatePageDocument, { id: 'E000002' });
    expectTypeOf(result).toEqualTypeOf<WuyeResult<EstatePageQuery>>();
    expect(result.data?.estate?.name).toBe('海滨花园');
    expect(result.data?.estate?.publicRevenue.latestStatement?.balance).toBe('11222.70');
    expect(result.data?.estate?.partyBranch).toBeNull();
    expect(result.errors.map((e) => [e.code, e.serviceName, e.path?.join('.')])).toEqual([
      ['SUBGRAPH_UNAVAILABLE', 'party-building', 'estate.partyBranch'],
      ['SUBGRAPH_UNAVAILABLE', 'party-building', 'estate.partyInstructor'],
    ]);
    const error = await rejection(client.request(EstatePageDocument, { id: 'E000002' }));
    expect(error.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(error.errors).toHaveLength(2);
    expect((error as WuyeClientError<EstatePageQuery>).data?.estate?.safety.inspections).toBe(2);
  });

  it('limits and refusals keep their code and HTTP status; a non-GraphQL answer is HTTP_ERROR; no answer is NETWORK_ERROR', async () => {
    const limited = createWuyeClient({
      url: server.url,
      fetch: async () => new Response(JSON.stringify({ errors: [{ message: 'Query depth 16 is over 15', extensions: { code: 'MAX_DEPTH_EXCEEDED' } }] }), { status: 400 }),
    });
    const depth = await rejection(limited.request(ProvinceOverviewDocument));
    expect([depth.code, depth.status, depth.data]).toEqual(['MAX_DEPTH_EXCEEDED', 400, undefined]);
    const proxy = createWuyeClient({ url: server.url, fetch: async () => new Response('<html>502 Bad Gateway</html>', { status: 502 }) });
    const bad = await rejection(proxy.request(ProvinceOverviewDocument));
    expect([bad.code, bad.status]).toEqual(['HTTP_ERROR', 502]);
    const down = createWuyeClient({ url: 'http://127.0.0.1:9/graphql' });
    expect((await rejection(down.request(ProvinceOverviewDocument))).code).toBe('NETWORK_ERROR');
  });
});

describe('persisted operations', () => {
  it('APQ: the hash first; on PERSISTED_QUERY_NOT_FOUND the text with it; then the hash alone', async () => {
    const apqServer = await startTestServer();
    servers.push(apqServer);
    const client = createWuyeClient({ url: apqServer.url, persisted: 'apq' });
    const text = SearchRegulationsDocument.toString();
    const hash = sha256(text);

    const first = await client.request(SearchRegulationsDocument, { query: '业主大会' });
    expect(first.searchRegulations.edges[0]?.node.snippet).toBe('…【业主大会】…');
    expect(apqServer.requests.map((r) => [r.body.extensions?.persistedQuery?.sha256Hash, r.body.query !== undefined])).toEqual([
      [hash, false],
      [hash, true],
    ]);
    expect(apqServer.requests[1]!.body.query).toBe(text);
    expect(apqServer.persisted.get(hash)).toBe(text);

    await client.request(SearchRegulationsDocument, { query: '物业服务' });
    expect(apqServer.requests).toHaveLength(3);
    expect(apqServer.requests[2]!.body).toEqual({ operationName: 'SearchRegulations', variables: { query: '物业服务' }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
  });

  it('safelist: the hash alone runs the registered operation; an unregistered one is refused with 403 OPERATION_NOT_IN_SAFELIST', async () => {
    const manifest = persistedQueryManifest(operationDocuments);
    const safe = await startTestServer({ safelist: manifest });
    servers.push(safe);
    const client = createWuyeClient({ url: safe.url, persisted: 'safelist', token: 'official' });
    const data = await client.request(CompanyCreditDocument, { id: 'C0001' });
    expect(data.company?.credit.result?.grade).toBe('AAA');
    expect(safe.requests.at(-1)!.body.query).toBeUndefined();
    expect(manifest.operations.map((o) => o.id)).toContain(safe.requests.at(-1)!.body.extensions?.persistedQuery?.sha256Hash);

    const adHoc = new TypedDocumentString('query Mine { estate(id: "E000001") { name } }') as unknown as TypedDocumentString<{ estate: { name: string } | null }, Record<string, never>>;
    const refused = await rejection(client.request(adHoc));
    expect([refused.code, refused.status]).toEqual(['OPERATION_NOT_IN_SAFELIST', 403]);
    // nor does the text of an unlisted operation pass; a listed one sent as text does
    const asText = createWuyeClient({ url: safe.url });
    expect((await rejection(asText.request(adHoc))).code).toBe('OPERATION_NOT_IN_SAFELIST');
    expect((await asText.request(SearchRegulationsDocument, { query: '维修资金' })).searchRegulations.totalCount).toBe(2);
  });

  it('hashes with the sha256 it is given (no Web Crypto in a non-secure context)', async () => {
    const calls: string[] = [];
    const client = createWuyeClient({ url: server.url, persisted: 'apq', sha256: (t) => (calls.push(t), sha256(t)) });
    await client.request(SearchRegulationsDocument, { query: 'a' });
    await client.request(SearchRegulationsDocument, { query: 'b' });
    expect(calls).toEqual([SearchRegulationsDocument.toString()]); // once per document
  });
});
