// What a subgraph process runs for domain events: the relay of its outbox (if it publishes) and its
// subscriptions (if it has any), over the transport the environment names.
import type { Clock } from '../clock.js';
import type { MikroORM } from '../db/orm.js';
import type { Logger } from '../logger.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { createPostgresTransport } from './postgres-transport.js';
import { startRelay, type Relay } from './relay.js';
import { startSubscriptions } from './subscriber.js';
import type { EventTransport, TransportSubscription } from './types.js';

export interface DomainEventsRuntime {
  transport: EventTransport;
  /** resolves once this process's committed events are on the transport and delivered events handled */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export interface DomainEventsOptions {
  orm: MikroORM;
  /** the transport's PostgreSQL (WUYE_EVENTS_URL, else the subgraph's own DATABASE_URL) */
  url: string;
  log?: Logger;
  pollMs?: number;
  /** a transport the caller owns (tests); else one is created on `url` and closed on close() */
  transport?: EventTransport;
  /** what handlers get as `now` (the subgraph's clock: WUYE_NOW pins it) */
  clock?: Clock;
}

/** Starts the relay and subscriptions a definition declares; null when it declares no events. */
export async function startDomainEvents(definition: SubgraphDefinition<unknown>, options: DomainEventsOptions): Promise<DomainEventsRuntime | null> {
  const events = definition.events;
  if (!events) return null;
  const transport = options.transport ?? (await createPostgresTransport({ url: options.url, log: options.log, pollMs: options.pollMs }));
  const relay: Relay | null = events.publishes?.length ? startRelay({ orm: options.orm, source: definition.name, transport, log: options.log, pollMs: options.pollMs }) : null;
  const subscriptions: TransportSubscription | null = events.subscriptions?.length ? startSubscriptions({ orm: options.orm, transport, subscriptions: events.subscriptions, log: options.log, clock: options.clock }) : null;
  options.log?.info({ publishes: events.publishes ?? [], subscribes: (events.subscriptions ?? []).flatMap((s) => Object.keys(s.handlers)) }, 'domain events running');
  return {
    transport,
    async drain() {
      await relay?.drain();
      await subscriptions?.drain();
    },
    async close() {
      await relay?.close();
      await subscriptions?.close();
      if (!options.transport) await transport.close();
    },
  };
}
