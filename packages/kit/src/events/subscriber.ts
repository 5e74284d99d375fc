// The subscriber side: each delivered event is handled in a transaction of the subscriber's own
// schema together with its inbox row, so an event id is processed at most once per consumer — a
// redelivery (at-least-once transport, a crash before the acknowledgement) changes nothing.
import { createClock, type Clock } from '../clock.js';
import type { MikroORM } from '../db/orm.js';
import { sql } from '../db/orm.js';
import type { Logger } from '../logger.js';
import { schemaOf } from './outbox.js';
import type { DomainEvent, EventSubscription, EventTransport, TransportSubscription } from './types.js';

/** Handles `event` for `subscription` unless its inbox has it; true when handled now. */
export async function processEvent(orm: MikroORM, subscription: EventSubscription, event: DomainEvent, clock: Clock = createClock()): Promise<boolean> {
  const handler = subscription.handlers[event.type];
  return orm.em.fork().transactional(async (em) => {
    const inserted = await sql(
      em,
      `insert into "${schemaOf(em)}".inbox_event (consumer, event_id, type) values (?, ?::uuid, ?) on conflict do nothing returning event_id`,
      [subscription.name, event.id, event.type],
    );
    if (inserted.length === 0) return false;
    if (handler) await handler(event, em, { now: clock.now() });
    return true;
  });
}

/** Starts delivering the transport's events to each subscription's handlers. */
export function startSubscriptions(input: { orm: MikroORM; transport: EventTransport; subscriptions: readonly EventSubscription[]; log?: Logger; clock?: Clock }): TransportSubscription {
  const running = input.subscriptions.map((subscription) =>
    input.transport.subscribe(subscription.name, Object.keys(subscription.handlers), async (event) => {
      const handled = await processEvent(input.orm, subscription, event, input.clock);
      input.log?.debug({ consumer: subscription.name, eventId: event.id, type: event.type, handled }, handled ? 'event handled' : 'event seen before: skipped');
    }),
  );
  return {
    drain: async () => void (await Promise.all(running.map((s) => s.drain()))),
    close: async () => void (await Promise.all(running.map((s) => s.close()))),
  };
}
