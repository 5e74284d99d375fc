// The outbox, relay, PostgreSQL transport and inbox together, on a real PostgreSQL: a producer schema
// whose "orders" change with their events, a subscriber schema that tallies what it handled.
import { Migration } from '@mikro-orm/migrations';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, migrate, sql, type EntityManager, type MikroORM } from '../db/orm.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { domainEventsMigration, recordEvent, recordEvents } from './outbox.js';
import { createPostgresTransport, EVENTS_SCHEMA } from './postgres-transport.js';
import { startRelay } from './relay.js';
import { processEvent, startSubscriptions } from './subscriber.js';
import { createClock } from '../clock.js';
import type { DomainEvent, EventSubscription, EventTransport } from './types.js';

class ProducerTables extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists producer; create table producer.orders (id text primary key, state text not null);');
  }
}
class SubscriberTables extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists subscriber; create table subscriber.seen (event_id uuid, aggregate_id text, sequence int, state text);');
  }
}

let database: TestDatabase;
let producer: MikroORM;
let subscriber: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase('domain-events');
  producer = await createOrm({ url: database.url, dbSchema: 'producer', entities: [], migrations: [{ name: 'p1', class: ProducerTables }, domainEventsMigration], poolMax: 4 });
  subscriber = await createOrm({ url: database.url, dbSchema: 'subscriber', entities: [], migrations: [{ name: 's1', class: SubscriberTables }, domainEventsMigration], poolMax: 4 });
  await migrate(producer);
  await migrate(subscriber);
});
afterAll(async () => {
  await producer?.close();
  await subscriber?.close();
  await database?.drop();
});

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
  // each test starts from empty tables and offsets
  await sql(producer.em.fork(), 'truncate producer.orders, producer.outbox_event');
  await sql(subscriber.em.fork(), 'truncate subscriber.seen, subscriber.inbox_event');
  await sql(producer.em.fork(), `truncate ${EVENTS_SCHEMA}.event_log, ${EVENTS_SCHEMA}.consumer_offset`).catch(() => undefined);
});

/** the producer's change: an order moves to `state`, and says so */
const move = (id: string, state: string) =>
  producer.em.fork().transactional(async (em) => {
    await sql(em, 'insert into producer.orders (id, state) values (?, ?) on conflict (id) do update set state = excluded.state', [id, state]);
    return recordEvent(em, { type: 'producer.OrderMoved', aggregateType: 'Order', aggregateId: id, occurredAt: new Date('2024-09-10T02:00:00Z'), payload: { orderId: id, state } });
  });

let handled = 0;
const tally: EventSubscription = {
  name: 'tally',
  handlers: {
    'producer.OrderMoved': async (event: DomainEvent, em: EntityManager) => {
      handled++;
      await sql(em, 'insert into subscriber.seen (event_id, aggregate_id, sequence, state) values (?::uuid, ?, ?, ?)', [event.id, event.aggregateId, event.sequence, event.payload.state]);
    },
  },
};

async function transport(options: Parameters<typeof createPostgresTransport>[0] extends infer O ? Partial<O> : never = {}): Promise<EventTransport> {
  const t = await createPostgresTransport({ url: database.url, pollMs: 50, ...options });
  closers.push(() => t.close());
  return t;
}

const seen = () => sql<{ aggregate_id: string; sequence: number; state: string }>(subscriber.em.fork(), 'select aggregate_id, sequence, state from subscriber.seen order by aggregate_id, sequence');
const count = async (em: EntityManager, table: string) => (await sql<{ n: number }>(em, `select count(*)::int as n from ${table}`))[0]!.n;

describe('the outbox', () => {
  it('commits an event with the change that caused it, and rolls it back with it', async () => {
    await move('O1', 'PLACED');
    await expect(
      producer.em.fork().transactional(async (em) => {
        await sql(em, `update producer.orders set state = 'PAID' where id = 'O1'`);
        await recordEvent(em, { type: 'producer.OrderMoved', aggregateType: 'Order', aggregateId: 'O1', occurredAt: new Date(), payload: { orderId: 'O1', state: 'PAID' } });
        throw new Error('payment refused');
      }),
    ).rejects.toThrow('payment refused');
    const em = producer.em.fork();
    expect(await sql(em, 'select state from producer.orders')).toEqual([{ state: 'PLACED' }]);
    expect(await sql(em, 'select aggregate_id, sequence, payload from producer.outbox_event')).toEqual([{ aggregate_id: 'O1', sequence: 1, payload: { orderId: 'O1', state: 'PLACED' } }]);
  });

  it('records many events in one statement, continuing each aggregate\'s sequence', async () => {
    await move('M', 'PLACED');
    await producer.em.fork().transactional((em) =>
      recordEvents(em, ['PAID', 'SHIPPED'].flatMap((state) => ['M', 'N'].map((id) => ({ type: 'producer.OrderMoved', aggregateType: 'Order', aggregateId: id, occurredAt: new Date(), payload: { orderId: id, state } })))),
    );
    expect(await sql(producer.em.fork(), `select aggregate_id, sequence, payload->>'state' as state from producer.outbox_event order by position`)).toEqual([
      { aggregate_id: 'M', sequence: 1, state: 'PLACED' }, { aggregate_id: 'M', sequence: 2, state: 'PAID' }, { aggregate_id: 'N', sequence: 1, state: 'PAID' }, { aggregate_id: 'M', sequence: 3, state: 'SHIPPED' }, { aggregate_id: 'N', sequence: 2, state: 'SHIPPED' },
    ]);
  });

  it('refuses an event recorded outside a transaction (it could not commit with its change)', async () => {
    await expect(recordEvent(producer.em.fork(), { type: 'producer.OrderMoved', aggregateType: 'Order', aggregateId: 'O9', occurredAt: new Date(), payload: {} })).rejects.toThrow(/inside the transaction/);
  });

  it('numbers the events of each aggregate 1, 2, 3 …', async () => {
    for (const [id, state] of [['A', 'PLACED'], ['B', 'PLACED'], ['A', 'PAID'], ['A', 'SHIPPED'], ['B', 'CANCELLED']] as const) await move(id, state);
    expect(await sql(producer.em.fork(), 'select aggregate_id, sequence from producer.outbox_event order by position')).toEqual([
      { aggregate_id: 'A', sequence: 1 }, { aggregate_id: 'B', sequence: 1 }, { aggregate_id: 'A', sequence: 2 }, { aggregate_id: 'A', sequence: 3 }, { aggregate_id: 'B', sequence: 2 },
    ]);
  });
});

describe('relay → transport → subscriber', () => {
  it('delivers every event once, in order per aggregate, after the change committed', async () => {
    const bus = await transport();
    const relay = startRelay({ orm: producer, source: 'producer', transport: bus, pollMs: 50 });
    closers.push(() => relay.close());
    const subscriptions = startSubscriptions({ orm: subscriber, transport: bus, subscriptions: [tally] });
    closers.push(() => subscriptions.close());
    handled = 0;
    // two aggregates moved concurrently, each in its own order
    await Promise.all([
      (async () => { for (const s of ['PLACED', 'PAID', 'SHIPPED', 'DELIVERED']) await move('A', s); })(),
      (async () => { for (const s of ['PLACED', 'CANCELLED']) await move('B', s); })(),
    ]);
    await relay.drain();
    await subscriptions.drain();
    expect(await seen()).toEqual([
      { aggregate_id: 'A', sequence: 1, state: 'PLACED' }, { aggregate_id: 'A', sequence: 2, state: 'PAID' }, { aggregate_id: 'A', sequence: 3, state: 'SHIPPED' }, { aggregate_id: 'A', sequence: 4, state: 'DELIVERED' },
      { aggregate_id: 'B', sequence: 1, state: 'PLACED' }, { aggregate_id: 'B', sequence: 2, state: 'CANCELLED' },
    ]);
    expect(handled).toBe(6);
    // the order of arrival per aggregate is the sequence order, whatever the interleaving
    const arrival = await sql<{ aggregate_id: string; sequence: number }>(subscriber.em.fork(), 'select aggregate_id, sequence from subscriber.seen order by ctid');
    for (const id of ['A', 'B']) {
      const sequences = arrival.filter((r) => r.aggregate_id === id).map((r) => r.sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    }
  });

  it('a relay that crashes after the transport took its events hands them over again, and they are stored once', async () => {
    const bus = await transport();
    let crashes = 1;
    const relay = startRelay({ orm: producer, source: 'producer', transport: bus, pollMs: 50, afterPublish: () => { if (crashes-- > 0) throw new Error('relay killed before marking published'); } });
    closers.push(() => relay.close());
    await move('C', 'PLACED');
    await relay.drain();
    expect(crashes).toBe(-1); // it crashed once, then went through
    expect(await count(producer.em.fork(), `${EVENTS_SCHEMA}.event_log`)).toBe(1);
    expect(await count(producer.em.fork(), 'producer.outbox_event where published_at is null')).toBe(0);
  });

  it('a subscriber that crashes between handling and acknowledging gets the event again, and nothing changes', async () => {
    let crashes = 1;
    const deliveries: string[] = [];
    const bus = await transport({ beforeAck: (event) => { deliveries.push(event.id); if (crashes-- > 0) throw new Error('subscriber killed before the acknowledgement'); } });
    const relay = startRelay({ orm: producer, source: 'producer', transport: bus, pollMs: 50 });
    closers.push(() => relay.close());
    const subscriptions = startSubscriptions({ orm: subscriber, transport: bus, subscriptions: [tally] });
    closers.push(() => subscriptions.close());
    handled = 0;
    await move('D', 'PLACED');
    await relay.drain();
    await subscriptions.drain();
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0]).toBe(deliveries[1]); // the same event, delivered twice
    expect(handled).toBe(1); // handled once: the inbox knew it the second time
    expect(await seen()).toEqual([{ aggregate_id: 'D', sequence: 1, state: 'PLACED' }]);
  });

  it('a handler that fails leaves no trace and the event is delivered again until it succeeds', async () => {
    const bus = await transport();
    let failures = 2;
    const flaky: EventSubscription = { name: 'flaky', handlers: { 'producer.OrderMoved': async (event, em, context) => { await tally.handlers['producer.OrderMoved']!(event, em, context); if (failures-- > 0) throw new Error('downstream unavailable'); } } };
    const relay = startRelay({ orm: producer, source: 'producer', transport: bus, pollMs: 50 });
    closers.push(() => relay.close());
    const subscriptions = startSubscriptions({ orm: subscriber, transport: bus, subscriptions: [flaky] });
    closers.push(() => subscriptions.close());
    await move('E', 'PLACED');
    await relay.drain();
    await subscriptions.drain();
    expect(failures).toBe(-1);
    expect(await seen()).toEqual([{ aggregate_id: 'E', sequence: 1, state: 'PLACED' }]);
  });

  it("handlers read the subscriber's clock, pinned like its requests", async () => {
    const event: DomainEvent = { id: '0b7e2c55-5c1e-4d0f-8f43-6a3f1d2e9b10', type: 'producer.OrderMoved', source: 'producer', aggregateType: 'Order', aggregateId: 'G', sequence: 1, occurredAt: '2024-09-10T02:00:00.000Z', payload: { state: 'PLACED' } };
    let seenNow: Date | undefined;
    const clocked: EventSubscription = { name: 'clocked', handlers: { 'producer.OrderMoved': async (_event, _em, { now }) => void (seenNow = now) } };
    expect(await processEvent(subscriber, clocked, event, createClock('2024-09-10T08:30:00+08:00'))).toBe(true);
    expect(seenNow?.toISOString()).toBe('2024-09-10T00:30:00.000Z');
  });

  it('processEvent skips an event id it processed before', async () => {
    const event: DomainEvent = { id: '6f1c0d3e-1f7b-4a55-9a5e-2d9e3f0c1a22', type: 'producer.OrderMoved', source: 'producer', aggregateType: 'Order', aggregateId: 'F', sequence: 1, occurredAt: '2024-09-10T02:00:00.000Z', payload: { state: 'PLACED' } };
    expect(await processEvent(subscriber, tally, event)).toBe(true);
    expect(await processEvent(subscriber, tally, event)).toBe(false);
    expect(await seen()).toEqual([{ aggregate_id: 'F', sequence: 1, state: 'PLACED' }]);
  });
});
