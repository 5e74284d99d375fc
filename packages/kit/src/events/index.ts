// Domain events between subgraphs: outbox (producer), relay, transport, inbox (subscriber).
export { domainEventsMigration, recordEvent, recordEvents } from './outbox.js';
export { createPostgresTransport, EVENTS_SCHEMA, type PostgresTransportOptions } from './postgres-transport.js';
export { startRelay, type Relay, type RelayOptions } from './relay.js';
export { startDomainEvents, type DomainEventsOptions, type DomainEventsRuntime } from './runtime.js';
export { processEvent, startSubscriptions } from './subscriber.js';
export type * from './types.js';
