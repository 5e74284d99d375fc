// A small federation for the gateway's own tests: two subgraphs served in this process (no database),
// composed into a supergraph file, each one stoppable and restartable on the same port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger, sendJson, serveApolloHttp, type HttpServed } from '@wuye/kit';
import { parse } from 'graphql';
import { gatewayConfigFromEnv, startGateway, type GatewayConfig, type RunningGateway } from '../index.js';

const CORE = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    hello: String
    estate(id: ID!): Estate
    estates(first: Int = 10): EstateConnection!
    region(code: String!): Region
  }
  type EstateConnection { totalCount: Int! edges: [EstateEdge!]! }
  type EstateEdge { node: Estate! }
  type Estate @key(fields: "id") { id: ID! name: String! }
  type Region { code: String! name: String! children: [Region!]! }
`;
const EXTRA = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Estate @key(fields: "id") { id: ID! score: Int }
  type Query { extraPing: String }
`;

const estate = (id: string) => ({ id, name: `小区${id}` });
const region = (code: string): Record<string, unknown> => ({ code, name: `区域${code}`, children: [] });

const resolvers = {
  core: {
    Query: {
      hello: () => 'world',
      estate: (_: unknown, { id }: { id: string }) => estate(id),
      estates: (_: unknown, { first }: { first: number }) => ({ totalCount: first, edges: Array.from({ length: first }, (_, i) => ({ node: estate(String(i + 1)) })) }),
      region: (_: unknown, { code }: { code: string }) => region(code),
    },
    Region: { children: (r: { code: string }) => [region(`${r.code}01`)] },
    Estate: { __resolveReference: (ref: { id: string }) => estate(ref.id) },
  },
  extra: {
    Query: { extraPing: () => 'pong' },
    Estate: {
      __resolveReference: async (ref: { id: string }) => {
        if (slow.extraMs) await new Promise((r) => setTimeout(r, slow.extraMs));
        return { id: ref.id, score: Number(ref.id) * 10 };
      },
    },
  },
};
const SDL = { core: CORE, extra: EXTRA };
type Name = keyof typeof SDL;

/** milliseconds the extra subgraph waits before answering an entity (slow-subgraph tests) */
export const slow = { extraMs: 0 };

export class TestSubgraph {
  private served?: HttpServed;
  port = 0;
  requests = 0;
  /** TCP connections accepted (keep-alive: few connections for many requests) */
  connections = 0;
  constructor(readonly name: Name) {}
  get url() {
    return `http://127.0.0.1:${this.port}/graphql`;
  }
  async start(): Promise<void> {
    const apollo = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(SDL[this.name]), resolvers: resolvers[this.name] as never }) });
    await apollo.start();
    this.served = await serveApolloHttp({
      apollo,
      log: createLogger(this.name, 'silent'),
      port: this.port,
      routes: { '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }) },
      onRequest: (req) => {
        if (req.url?.startsWith('/graphql')) this.requests += 1;
      },
      context: async () => ({}),
    });
    this.port = this.served.port;
    this.served.server.on('connection', () => {
      this.connections += 1;
    });
    this.stopApollo = () => apollo.stop();
  }
  private stopApollo?: () => Promise<void>;
  /** the process "dies": connections cut, port closed */
  async stop(): Promise<void> {
    await this.served?.close();
    await this.stopApollo?.();
    this.served = undefined;
  }
}

export interface TestFederation {
  core: TestSubgraph;
  extra: TestSubgraph;
  supergraphPath: string;
  close(): Promise<void>;
}

export async function startTestFederation(): Promise<TestFederation> {
  const core = new TestSubgraph('core');
  const extra = new TestSubgraph('extra');
  await core.start();
  await extra.start();
  const result = composeServices([
    { name: 'core', url: core.url, typeDefs: parse(CORE) },
    { name: 'extra', url: extra.url, typeDefs: parse(EXTRA) },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const supergraphPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-gw-')), 'supergraph.graphql');
  fs.writeFileSync(supergraphPath, result.supergraphSdl);
  return {
    core,
    extra,
    supergraphPath,
    async close() {
      await core.stop();
      await extra.stop();
      fs.rmSync(path.dirname(supergraphPath), { recursive: true, force: true });
    },
  };
}

export function testConfig(supergraphPath: string, overrides: Partial<Omit<GatewayConfig, 'limits'>> & { limits?: Partial<GatewayConfig['limits']> } = {}): GatewayConfig {
  return gatewayConfigFromEnv({}, { port: 0, supergraphPath, pollIntervalMs: 100, ...overrides });
}

export interface GraphQLResult {
  status: number;
  headers: Headers;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function post(gateway: RunningGateway | string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResult> {
  const url = typeof gateway === 'string' ? gateway : gateway.url;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as GraphQLResult['json'] };
}

export const codes = (r: GraphQLResult) => (r.json.errors ?? []).map((e) => e.extensions?.code);

export { startGateway };
