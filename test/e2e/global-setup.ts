// Starts the real stack ONCE for all end-to-end tests: PostgreSQL (the run's server, or embedded),
// a fresh database, then `wuye stack` — migrations, demo data, every subgraph as its own process and
// the gateway over HTTP on free ports — in a child process that is stopped at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import startPostgres from '../../packages/kit/src/testing/global-setup.js';
import { startTraceCollector } from './trace-collector.js';

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    supergraphPath: string;
    /** the deployment config the stack follows (which plugins run); a status file lies beside it */
    pluginConfigPath: string;
    /** where the stack's processes export their traces (OTLP/HTTP); GET /spans?traceId= reads them back */
    traceCollectorUrl: string;
    /** the reference console, served by its own server in front of the gateway */
    consoleUrl: string;
  }
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopPostgres = await startPostgres(project);
  const serverUrl = process.env.DATABASE_URL!;
  const name = `e2e_${process.pid}_${Date.now()}`;
  await admin(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const supergraphPath = path.join(os.tmpdir(), `${name}.supergraph.graphql`);
  const pluginConfigPath = path.join(os.tmpdir(), `${name}.config.json`);
  fs.writeFileSync(pluginConfigPath, JSON.stringify({ plugins: [] }));
  const collector = await startTraceCollector();
  const child = spawn(process.execPath, ['tools/bin/wuye.js', 'stack', '--supergraph', supergraphPath, '--config', pluginConfigPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url.toString(), WUYE_SUPERGRAPH_POLL_MS: '100', WUYE_EVENTS_POLL_MS: '200', OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  child.stderr.on('data', (d) => lines.push(String(d)));
  const [gatewayUrl, consoleUrl] = await new Promise<[string, string]>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const ready = /READY (\S+) (\S+)/.exec(String(d));
      if (ready) resolve([ready[1]!, ready[2]!]);
    });
    child.once('exit', (code) => reject(new Error(`wuye stack exited (${code}) before it was ready:\n${lines.join('')}`)));
  });
  project.provide('gatewayUrl', gatewayUrl);
  project.provide('consoleUrl', consoleUrl);
  project.provide('supergraphPath', supergraphPath);
  project.provide('pluginConfigPath', pluginConfigPath);
  project.provide('traceCollectorUrl', collector.url);

  return async () => {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    await collector.close();
    await admin(serverUrl, `drop database if exists "${name}" with (force)`);
    for (const file of [supergraphPath, pluginConfigPath, pluginConfigPath.replace(/\.json$/, '.status.json')]) fs.rmSync(file, { force: true });
    await stopPostgres();
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
