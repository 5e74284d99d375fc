#!/usr/bin/env node
// `npx wuye …`: runs the CLI from its TypeScript sources (tsx), resolving workspace packages to src.
// Signals are passed on, so that Ctrl-C or a SIGTERM stops the CLI's children cleanly.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/bin/wuye.ts', import.meta.url));
const child = spawn(process.execPath, ['--conditions=@wuye/source', '--import', 'tsx', cli, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
