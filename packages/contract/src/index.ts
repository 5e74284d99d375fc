// @wuye/contract — the published core API: what city front ends build against and plugins extend.
export * from './diff.js';
export * from './entities.js';
export * from './files.js';
