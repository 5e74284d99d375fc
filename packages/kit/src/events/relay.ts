// The relay: hands a producer's committed outbox events to the transport, in outbox order, and marks
// them published. A crash between the transport's append and the mark means the events are handed over
// again — the transport stores an event id once, so nothing is duplicated downstream.
import type { MikroORM } from '../db/orm.js';
import { sql } from '../db/orm.js';
import type { Logger } from '../logger.js';
import { OUTBOX_CHANNEL } from './outbox.js';
import type { DomainEvent, EventTransport } from './types.js';
import { startWakeLoop, type RoundOutcome } from './wake-loop.js';

export interface RelayOptions {
  /** the producer's ORM (its schema holds the outbox) */
  orm: MikroORM;
  /** the producing subgraph's name (DomainEvent.source) */
  source: string;
  transport: EventTransport;
  log?: Logger;
  /** how often to look without a notification (ms; default 1000) */
  pollMs?: number;
  batchSize?: number;
  /** test hook: runs after the transport took a batch and before the batch is marked published */
  afterPublish?: (events: readonly DomainEvent[]) => void | Promise<void>;
}

export interface Relay {
  /** resolves once every event committed so far has been handed to the transport */
  drain(): Promise<void>;
  close(): Promise<void>;
}

interface OutboxRow {
  position: number;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  sequence: number;
  occurred_at: string;
  payload: Record<string, unknown>;
}

const RELAY_LOCK_NAMESPACE = 0x3e7f;

export function startRelay(options: RelayOptions): Relay {
  const schema = options.orm.config.get('schema')!;
  const outbox = `"${schema}".outbox_event`;
  const batchSize = options.batchSize ?? 200;
  let closed = false;

  // one relay per schema at a time (several instances of a subgraph may run): the others skip
  const round = async (): Promise<RoundOutcome> => {
    const relayed = await options.orm.em.fork().transactional(async (em) => {
      const [lock] = await sql<{ locked: boolean }>(em, `select pg_try_advisory_xact_lock(?, hashtext(?)) as locked`, [RELAY_LOCK_NAMESPACE, schema]);
      if (!lock!.locked) return 0;
      const rows = await sql<OutboxRow>(
        em,
        `select position, id, type, aggregate_type, aggregate_id, sequence, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at, payload
         from ${outbox} where published_at is null order by position limit ?`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const events: DomainEvent[] = rows.map((r) => ({ id: r.id, type: r.type, source: options.source, aggregateType: r.aggregate_type, aggregateId: r.aggregate_id, sequence: r.sequence, occurredAt: r.occurred_at, payload: r.payload }));
      await options.transport.publish(events);
      await options.afterPublish?.(events);
      await sql(em, `update ${outbox} set published_at = now() where position = any(?::bigint[])`, [rows.map((r) => r.position)]);
      options.log?.debug({ events: events.length, first: events[0]!.type }, 'relay: published');
      return rows.length;
    });
    return relayed === batchSize ? 'more' : 'idle';
  };

  const loop = startWakeLoop({ url: options.orm.config.get('clientUrl')!, channel: OUTBOX_CHANNEL, accept: (payload) => payload === schema, pollMs: options.pollMs ?? 1000, round, log: options.log });

  return {
    async drain() {
      while (!closed) {
        const [left] = await sql<{ n: number }>(options.orm.em.fork(), `select count(*)::int as n from ${outbox} where published_at is null`);
        if (left!.n === 0) return;
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
