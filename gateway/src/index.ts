// @wuye/gateway — the supergraph behind one URL.
export * from './config.js';
export * from './gateway.js';
