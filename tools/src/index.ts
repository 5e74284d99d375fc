// @wuye/tools — the orchestrator (used by the `wuye` CLI and the end-to-end tests).
export * from './boundaries/check.js';
export * from './commands/compose.js';
export * from './commands/prepare.js';
export * from './commands/token.js';
export * from './database.js';
export * from './paths.js';
export { freePort, startChild, waitForHealthy } from './processes.js';
export * from './stack.js';
