// Per-request context: a forked EntityManager, the viewer, the clock reading, the request id, a child
// logger and the subgraph's loaders (created lazily, once per request).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { ServiceClient } from './service-client.js';
import { activeTraceId } from './tracing.js';

export interface BaseContext {
  em: EntityManager;
  viewer: Viewer;
  requestId: string;
  log: Logger;
  /** the clock reading for this request: every field of one request sees the same "now" */
  now: Date;
  /** asks other subgraphs for facts they own (see service-client.ts) */
  services: ServiceClient;
}

export interface RequestContext<Loaders = unknown> extends BaseContext {
  loaders: Loaders;
}

export function createRequestContext<Loaders>(input: {
  orm: MikroORM;
  viewer: Viewer;
  requestId: string;
  log: Logger;
  clock: Clock;
  services: ServiceClient;
  loaders?: (ctx: BaseContext) => Loaders;
}): RequestContext<Loaders> {
  const base: BaseContext = {
    em: input.orm.em.fork(),
    viewer: input.viewer,
    requestId: input.requestId,
    // every line of the request says which request, and which trace, it belongs to
    log: input.log.child({ requestId: input.requestId, traceId: activeTraceId() }),
    now: input.clock.now(),
    services: input.services,
  };
  let loaders: Loaders | undefined;
  return Object.defineProperty(base, 'loaders', {
    enumerable: true,
    get: () => (loaders ??= input.loaders ? input.loaders(base) : ({} as Loaders)),
  }) as RequestContext<Loaders>;
}
