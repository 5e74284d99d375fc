// Domain events between subgraphs: what a producer records in its outbox, what the transport carries
// and what a subscriber handles. The shapes are the contract; the transport behind them is swappable
// (PostgreSQL here; NATS JetStream or Kafka in a deployment that has them — see README § Domain events).
import type { EntityManager } from '@mikro-orm/postgresql';

/** A fact that happened in one subgraph, as every subscriber sees it. */
export interface DomainEvent<Payload = Record<string, unknown>> {
  /** unique (UUID); a subscriber processes each id at most once */
  id: string;
  /** '<subgraph>.<Fact>', e.g. 'safety-inspection.FindingRaised' */
  type: string;
  /** the producing subgraph, e.g. 'safety-inspection' */
  source: string;
  /** what the event is about, e.g. 'SafetyFinding' / 'SF000123': events of one aggregate keep their order */
  aggregateType: string;
  aggregateId: string;
  /** 1, 2, 3 … per aggregate, in the order the producer committed them */
  sequence: number;
  /** ISO timestamp of the fact (the producer's clock) */
  occurredAt: string;
  payload: Payload;
}

/** What a producer records (the outbox fills in id, source, sequence). */
export interface NewDomainEvent<Payload = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: Date;
  payload: Payload;
}

/** A subscriber's handler. It runs inside a transaction of the subscriber's own schema, together with
 *  the inbox row that marks the event processed: both commit or neither does. */
/** What a handler knows besides the event: the subscriber's clock (pinned by WUYE_NOW like its requests). */
export interface EventHandlerContext {
  now: Date;
}

export type EventHandler = (event: DomainEvent, em: EntityManager, context: EventHandlerContext) => Promise<void>;

/** What a subgraph subscribes to: `handlers` by event type. The name is the consumer group (one offset). */
export interface EventSubscription {
  name: string;
  handlers: Record<string, EventHandler>;
}

/** The carrier between relays and subscribers: at-least-once, in order per aggregate. */
export interface EventTransport {
  /** appends events (idempotent by event id: publishing one twice stores it once) */
  publish(events: readonly DomainEvent[]): Promise<void>;
  /**
   * Delivers events of the given types after the consumer's last acknowledged one, in order, to
   * `deliver`; acknowledges each after `deliver` resolves. A failed delivery is retried later.
   */
  subscribe(consumer: string, types: readonly string[], deliver: (event: DomainEvent) => Promise<void>): TransportSubscription;
  close(): Promise<void>;
}

export interface TransportSubscription {
  /** resolves once every event published so far has been delivered and acknowledged */
  drain(): Promise<void>;
  close(): Promise<void>;
}
