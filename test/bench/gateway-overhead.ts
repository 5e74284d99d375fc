// Gateway overhead, A/B in one process over the in-process test federation (no database): ours with
// its defaults against a vanilla ApolloGateway + ApolloServer on the same supergraph.
//   node --conditions=@wuye/source --import tsx test/bench/gateway-overhead.ts [seconds] [ours|vanilla …]
import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import autocannon from 'autocannon';
import { startGateway, startTestFederation, testConfig } from '../../gateway/src/test/federation.js';

const seconds = Number(process.argv[2] ?? 5);
const federation = await startTestFederation();
const ours = await startGateway(testConfig(federation.supergraphPath));
const vanillaServer = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: fs.readFileSync(federation.supergraphPath, 'utf8') }) });
const { url: vanillaUrl } = await startStandaloneServer(vanillaServer, { listen: { port: 0, host: '127.0.0.1' } });
http.globalAgent.maxSockets = Infinity;
const query = '{ estates(first: 50) { edges { node { id name score } } } }';
const variants = process.argv.slice(3);
const all = [['ours', ours.url], ['vanilla', vanillaUrl], ['ours', ours.url], ['vanilla', vanillaUrl]] as const;
for (const [name, url] of all.filter(([n]) => !variants.length || variants.includes(n))) {
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections: 10, duration: seconds });
  console.log(`${name}: ${Math.round(r.requests.average)} req/s p50 ${r.latency.p50} ms p99 ${r.latency.p99} ms non2xx ${r.non2xx}`);
}
await ours.close();
await vanillaServer.stop();
await federation.close();
