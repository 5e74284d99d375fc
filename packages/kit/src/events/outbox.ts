// The transactional outbox: a producer records a domain event in its own schema, in the same
// transaction as the change that caused it, so that the change and its event commit or roll back
// together. The relay (./relay.ts) later hands committed events to the transport.
import { randomUUID } from 'node:crypto';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MigrationObject } from '../db/orm.js';
import { sql } from '../db/orm.js';
import type { DomainEvent, NewDomainEvent } from './types.js';

/** The channel a producer's commit wakes its relay on (NOTIFY is delivered only when the transaction commits). */
export const OUTBOX_CHANNEL = 'wuye_outbox';

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** The schema the EntityManager's ORM owns (each subgraph's ORM is configured with its own). */
export function schemaOf(em: EntityManager): string {
  const schema = em.config.get('schema');
  if (!schema) throw new Error('domain events need an ORM configured with its own schema (createOrm does that)');
  return schema;
}

/**
 * Records `event` in the outbox of the EntityManager's schema. Must run inside the transaction of the
 * change it records (`em.transactional(async (em) => { …change…; await recordEvent(em, …) })`).
 */
export async function recordEvent<P extends object>(em: EntityManager, event: NewDomainEvent<P>): Promise<Pick<DomainEvent<P>, 'id' | 'sequence'>> {
  return (await recordEvents(em, [event]))[0]!;
}

/**
 * Records many events in one statement (a sweep that flags thousands of rows). Each aggregate's
 * sequence continues from its last recorded event, in the order given; two transactions racing to
 * append to one aggregate collide on its unique key, so the order per aggregate is the commit order.
 */
export async function recordEvents<P extends object>(em: EntityManager, events: readonly NewDomainEvent<P>[]): Promise<Pick<DomainEvent<P>, 'id' | 'sequence'>[]> {
  if (events.length === 0) return [];
  if (!em.isInTransaction()) throw new Error(`recordEvent(${events[0]!.type}) must run inside the transaction of the change it records (em.transactional)`);
  const schema = quote(schemaOf(em));
  const rows = events.map((event, ord) => ({ id: randomUUID(), ord, type: event.type, aggregate_type: event.aggregateType, aggregate_id: event.aggregateId, occurred_at: event.occurredAt.toISOString(), payload: event.payload }));
  const appended = await sql<{ id: string; sequence: number }>(
    em,
    `with input as (
       select * from jsonb_to_recordset(?::jsonb) as e(id uuid, ord int, type text, aggregate_type text, aggregate_id text, occurred_at timestamptz, payload jsonb)),
     numbered as (
       select i.*, coalesce(last.sequence, 0) + row_number() over (partition by i.aggregate_type, i.aggregate_id order by i.ord) as sequence
       from input i left join lateral (select max(o.sequence) as sequence from ${schema}.outbox_event o where o.aggregate_type = i.aggregate_type and o.aggregate_id = i.aggregate_id) last on true),
     appended as (
       insert into ${schema}.outbox_event (id, type, aggregate_type, aggregate_id, sequence, occurred_at, payload)
       select id, type, aggregate_type, aggregate_id, sequence, occurred_at, payload from numbered order by ord
       returning id, sequence)
     select a.id, a.sequence, pg_notify('${OUTBOX_CHANNEL}', ?) from appended a`,
    [JSON.stringify(rows), schemaOf(em)],
  );
  const sequenceOf = new Map(appended.map((a) => [a.id, a.sequence]));
  return rows.map((r) => ({ id: r.id, sequence: sequenceOf.get(r.id)! }));
}

/**
 * The kit's tables in a subgraph's schema: the outbox (events it produced, published or not) and the
 * inbox (events it consumed, by consumer: a second delivery of one id changes nothing).
 * defineSubgraph appends it to the migrations of every subgraph that declares `events`.
 */
class DomainEventTables extends Migration {
  override async up(): Promise<void> {
    const schema = quote(this.config.get('schema')!);
    this.addSql(`create schema if not exists ${schema};`);
    this.addSql(`create table ${schema}."outbox_event" (
      "position" bigserial primary key,
      "id" uuid not null unique,
      "type" text not null,
      "aggregate_type" text not null,
      "aggregate_id" text not null,
      "sequence" integer not null check ("sequence" > 0),
      "occurred_at" timestamptz not null,
      "payload" jsonb not null,
      "recorded_at" timestamptz not null default now(),
      "published_at" timestamptz,
      unique ("aggregate_type", "aggregate_id", "sequence"));`);
    this.addSql(`create index "outbox_event_unpublished" on ${schema}."outbox_event" ("position") where "published_at" is null;`);
    this.addSql(`create table ${schema}."inbox_event" (
      "consumer" text not null,
      "event_id" uuid not null,
      "type" text not null,
      "processed_at" timestamptz not null default now(),
      primary key ("consumer", "event_id"));`);
  }
}

/** Stored under this name in each subgraph's migrations table: never rename it. */
export const domainEventsMigration: MigrationObject = { name: '20261129-kit-domain-events', class: DomainEventTables };
