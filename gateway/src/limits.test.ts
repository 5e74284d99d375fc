// Each limit at its edge (answered) and one over (refused with its code, before any subgraph is asked).
import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from './gateway.js';
import { codes, post, startGateway, startTestFederation, testConfig, type TestFederation } from './test/federation.js';

let federation: TestFederation;
let gateway: RunningGateway;

const LIMITS = {
  maxDepth: 5,
  maxAliases: 3,
  maxRootFields: 3,
  maxDirectives: 2,
  maxTokens: 40,
  maxDocumentBytes: 300,
  maxBodyBytes: 1000,
  maxListSize: 100,
  maxCost: 201,
  costWeights: { 'Query.hello': 1 },
};

beforeAll(async () => {
  federation = await startTestFederation();
  gateway = await startGateway(testConfig(federation.supergraphPath, { limits: LIMITS }));
});
afterAll(async () => {
  await gateway?.close();
  await federation?.close();
});

const q = (query: string, variables?: Record<string, unknown>) => post(gateway, { query, variables });

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
}

async function expectAnswered(query: string, variables?: Record<string, unknown>) {
  const r = await q(query, variables);
  expect(r.json.errors, JSON.stringify(r.json.errors)).toBeUndefined();
  expect(r.status).toBe(200);
  return r;
}

async function expectRefused(query: string, code: string, variables?: Record<string, unknown>) {
  const before = federation.core.requests;
  const r = await q(query, variables);
  expect(codes(r)).toContain(code);
  expect(r.status).toBe(400);
  expect(r.json.data ?? null).toBeNull();
  expect(federation.core.requests).toBe(before); // refused before any subgraph was asked
  return r;
}

describe('operation limits', () => {
  it('depth: 5 levels pass, 6 are refused with MAX_DEPTH_EXCEEDED', async () => {
    await expectAnswered('{ region(code: "35") { children { children { children { code } } } } }');
    const r = await expectRefused('{ region(code: "35") { children { children { children { children { code } } } } } }', 'MAX_DEPTH_EXCEEDED');
    expect(r.json.errors?.[0]?.extensions).toMatchObject({ max: 5, found: 6 });
  });

  it('aliases: 3 pass, 4 are refused with MAX_ALIASES_EXCEEDED', async () => {
    await expectAnswered('{ estate(id: "1") { a: name b: name c: name } }');
    await expectRefused('{ estate(id: "1") { a: name b: name c: name d: name } }', 'MAX_ALIASES_EXCEEDED');
  });

  it('root fields: 3 pass, 4 are refused with MAX_ROOT_FIELDS_EXCEEDED (fragments count)', async () => {
    await expectAnswered('{ hello estate(id: "1") { id } ...R } fragment R on Query { extraPing }');
    const r = await expectRefused('{ hello estate(id: "1") { id } ...R } fragment R on Query { extraPing region(code: "35") { code } }', 'MAX_ROOT_FIELDS_EXCEEDED');
    expect(r.json.errors?.[0]?.extensions).toMatchObject({ max: 3, found: 4 });
  });

  it('directives: 2 pass, 3 are refused with MAX_DIRECTIVES_EXCEEDED', async () => {
    await expectAnswered('{ estate(id: "1") { id @include(if: true) name @skip(if: false) } }');
    await expectRefused('{ estate(id: "1") { id @include(if: true) name @skip(if: false) @include(if: true) } }', 'MAX_DIRECTIVES_EXCEEDED');
  });

  it('tokens: 40 pass, 41 are refused with MAX_TOKENS_EXCEEDED', async () => {
    const doc = (n: number) => `{ estate(id: "1") { ${'id '.repeat(n)}} }`;
    const base = tokens(doc(0));
    const edge = doc(40 - base);
    expect(tokens(edge)).toBe(40);
    await expectAnswered(edge);
    expect(tokens(doc(41 - base))).toBe(41);
    await expectRefused(doc(41 - base), 'MAX_TOKENS_EXCEEDED');
  });

  it('document size: 300 bytes pass, 301 are refused with MAX_DOCUMENT_SIZE_EXCEEDED', async () => {
    const doc = (bytes: number) => {
      const head = '{ hello }\n# ';
      return head + '注'.repeat(Math.floor((bytes - head.length) / 3)) + 'x'.repeat((bytes - head.length) % 3);
    };
    expect(Buffer.byteLength(doc(300))).toBe(300);
    await expectAnswered(doc(300));
    expect(Buffer.byteLength(doc(301))).toBe(301);
    await expectRefused(doc(301), 'MAX_DOCUMENT_SIZE_EXCEEDED');
  });

  it('request body: 1000 bytes pass, 1001 are refused with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = (bytes: number) => {
      const empty = JSON.stringify({ query: '{ hello }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ hello }', variables: { pad: 'x'.repeat(bytes - empty.length) } });
    };
    expect(body(1000).length).toBe(1000);
    expect((await post(gateway, body(1000))).json).toEqual({ data: { hello: 'world' } });
    const over = await post(gateway, body(1001));
    expect(over.status).toBe(413);
    expect(codes(over)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('list size: first 100 passes, 101 is refused with MAX_LIST_SIZE_EXCEEDED (literal or variable)', async () => {
    await expectAnswered('{ estates(first: 100) { totalCount } }');
    await expectRefused('{ estates(first: 101) { totalCount } }', 'MAX_LIST_SIZE_EXCEEDED');
    await expectAnswered('query($n: Int) { estates(first: $n) { totalCount } }', { n: 100 });
    await expectRefused('query($n: Int) { estates(first: $n) { totalCount } }', 'MAX_LIST_SIZE_EXCEEDED', { n: 101 });
  });

  it('cost: pages multiply their fields; 201 passes, 202 (a weighted field more) is refused with MAX_COST_EXCEEDED', async () => {
    // estates 1 + 100 × (edges 1 + node 1) = 201
    await expectAnswered('{ estates(first: 100) { totalCount edges { node { id name } } } }');
    const r = await expectRefused('{ estates(first: 100) { totalCount edges { node { id name } } } hello }', 'MAX_COST_EXCEEDED');
    expect(r.json.errors?.[0]?.extensions).toMatchObject({ max: 201, found: 202 });
    // the multiplier comes from variables too
    await expectAnswered('query($n: Int) { estates(first: $n) { edges { node { id } } } }', { n: 100 });
    await expectRefused('query($n: Int = 100) { estates(first: $n) { edges { node { id } } } hello }', 'MAX_COST_EXCEEDED');
  });

  it('a refused request leaves the gateway serving', async () => {
    await expectRefused('{ estates(first: 101) { totalCount } }', 'MAX_LIST_SIZE_EXCEEDED');
    await expectAnswered('{ hello }');
  });
});
