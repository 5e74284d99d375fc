// The transport on one machine: PostgreSQL itself. A log table in the `wuye_events` schema (append
// only, one position per event, unique by event id) and one offset per consumer group — the shape of a
// Kafka topic or a JetStream stream, so that a deployment can swap this file for one of those without
// touching producers or subscribers. LISTEN/NOTIFY wakes subscribers at once; polling is the safety
// net for a missed notification (a dropped connection, a restart).
import pg from 'pg';
import type { Logger } from '../logger.js';
import type { DomainEvent, EventTransport, TransportSubscription } from './types.js';
import { startWakeLoop, type RoundOutcome } from './wake-loop.js';

export const EVENTS_SCHEMA = 'wuye_events';
const CHANNEL = 'wuye_events';
/** advisory-lock keys: [namespace, what] — setup, and appends (so positions commit in order) */
const LOCK_NAMESPACE = 0x3e7e;
const SETUP_LOCK = 1;
const APPEND_LOCK = 2;

export interface PostgresTransportOptions {
  url: string;
  log?: Logger;
  /** how often a subscriber looks for events without a notification (ms; default 1000) */
  pollMs?: number;
  /** events fetched per round (default 100) */
  batchSize?: number;
  /** test hook: runs after an event was delivered and before its acknowledgement is committed */
  beforeAck?: (event: DomainEvent) => void | Promise<void>;
}

interface LogRow {
  position: number;
  id: string;
  type: string;
  source: string;
  aggregate_type: string;
  aggregate_id: string;
  sequence: number;
  occurred_at: Date;
  payload: Record<string, unknown>;
}

const toEvent = (row: LogRow): DomainEvent => ({
  id: row.id,
  type: row.type,
  source: row.source,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  sequence: row.sequence,
  occurredAt: new Date(row.occurred_at).toISOString(),
  payload: row.payload,
});

export async function createPostgresTransport(options: PostgresTransportOptions): Promise<EventTransport> {
  const pool = new pg.Pool({ connectionString: options.url, max: 4 });
  pool.on('error', (error) => options.log?.warn({ err: error }, 'event transport: idle connection lost'));
  await ensureSchema(pool);
  const subscriptions = new Set<TransportSubscription>();
  return {
    async publish(events) {
      if (events.length === 0) return;
      await inTransaction(pool, async (client) => {
        await client.query('select pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, APPEND_LOCK]);
        await client.query(
          `insert into ${EVENTS_SCHEMA}.event_log (id, type, source, aggregate_type, aggregate_id, sequence, occurred_at, payload)
           select e.id, e.type, e.source, e."aggregateType", e."aggregateId", e.sequence, e."occurredAt", e.payload
           from jsonb_to_recordset($1::jsonb) as e(id uuid, type text, source text, "aggregateType" text, "aggregateId" text, sequence int, "occurredAt" timestamptz, payload jsonb)
           on conflict (id) do nothing`,
          [JSON.stringify(events)],
        );
        await client.query(`select pg_notify('${CHANNEL}', '')`);
      });
    },
    subscribe(consumer, types, deliver) {
      const subscription = subscribe(pool, options, consumer, types, deliver);
      subscriptions.add(subscription);
      return { drain: subscription.drain, close: async () => (subscriptions.delete(subscription), subscription.close()) };
    },
    async close() {
      await Promise.all([...subscriptions].map((s) => s.close()));
      await pool.end();
    },
  };
}

async function ensureSchema(pool: pg.Pool): Promise<void> {
  // several processes start at once: one creates, the others wait and find it there
  await inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, SETUP_LOCK]);
    await client.query(`create schema if not exists ${EVENTS_SCHEMA}`);
    await client.query(`create table if not exists ${EVENTS_SCHEMA}.event_log (
      position bigserial primary key,
      id uuid not null unique,
      type text not null,
      source text not null,
      aggregate_type text not null,
      aggregate_id text not null,
      sequence integer not null,
      occurred_at timestamptz not null,
      payload jsonb not null,
      appended_at timestamptz not null default now())`);
    await client.query(`create index if not exists event_log_type_position on ${EVENTS_SCHEMA}.event_log (type, position)`);
    await client.query(`create table if not exists ${EVENTS_SCHEMA}.consumer_offset (
      consumer text primary key,
      position bigint not null default 0,
      updated_at timestamptz not null default now())`);
  });
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * One consumer group's loop. A round locks the group's offset row (a second instance of the same
 * subscriber skips the round instead of delivering twice), delivers the events after the offset in
 * log order and advances the offset after each; the offsets commit with the round. A delivery that
 * fails ends the round with the offsets of the events before it, and the failed event is delivered
 * again in a later round (at least once; the subscriber's inbox makes a repeat harmless).
 */
function subscribe(pool: pg.Pool, options: PostgresTransportOptions, consumer: string, types: readonly string[], deliver: (event: DomainEvent) => Promise<void>): TransportSubscription {
  const batchSize = options.batchSize ?? 100;
  let closed = false;

  const round = async (): Promise<RoundOutcome> =>
    inTransaction(pool, async (client) => {
      await client.query(`insert into ${EVENTS_SCHEMA}.consumer_offset (consumer) values ($1) on conflict do nothing`, [consumer]);
      const locked = await client.query<{ position: number }>(`select position from ${EVENTS_SCHEMA}.consumer_offset where consumer = $1 for update skip locked`, [consumer]);
      if (!locked.rows[0]) return 'idle'; // another instance of this subscriber is at it
      const { rows } = await client.query<LogRow>(
        `select position, id, type, source, aggregate_type, aggregate_id, sequence, occurred_at, payload from ${EVENTS_SCHEMA}.event_log
         where position > $1 and type = any($2::text[]) order by position limit $3`,
        [Number(locked.rows[0].position), types, batchSize],
      );
      for (const row of rows) {
        const event = toEvent(row);
        try {
          await deliver(event);
          await options.beforeAck?.(event);
        } catch (error) {
          // the offsets so far commit with the round; this event comes again after the back-off
          options.log?.error({ err: error, consumer, eventId: event.id, type: event.type }, 'event delivery failed; it will be delivered again');
          return 'failed';
        }
        await client.query(`update ${EVENTS_SCHEMA}.consumer_offset set position = $2, updated_at = now() where consumer = $1`, [consumer, row.position]);
      }
      return rows.length === batchSize ? 'more' : 'idle';
    });

  const loop = startWakeLoop({ url: options.url, channel: CHANNEL, pollMs: options.pollMs ?? 1000, round, log: options.log?.child({ consumer }) });

  return {
    async drain() {
      const { rows } = await pool.query<{ last: number }>(`select coalesce(max(position), 0) as last from ${EVENTS_SCHEMA}.event_log where type = any($1::text[])`, [types]);
      const target = Number(rows[0]!.last);
      while (!closed) {
        const { rows: offset } = await pool.query<{ position: number }>(`select position from ${EVENTS_SCHEMA}.consumer_offset where consumer = $1`, [consumer]);
        if (Number(offset[0]?.position ?? 0) >= target) return;
        loop.wake();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      closed = true;
      await loop.close();
    },
  };
}
