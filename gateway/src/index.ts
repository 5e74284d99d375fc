// @wuye/gateway — the supergraph behind one URL.
export * from './config.js';
export * from './gateway.js';
export * from './limits.js';
export * from './metrics.js';
export * from './persisted.js';
export * from './subgraph-fetch.js';
