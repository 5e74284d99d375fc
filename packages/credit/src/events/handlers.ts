// 动态评价 from other domains' facts: the subscription the kit's consumer runs. Each handler scores the
// event by the rule set in force for the fact's year (or, when that year has none yet, the latest
// published before it), records the points with the rule set's version, and notes the estate the
// company serves. It runs in a transaction of the credit schema together with the kit's inbox row.
import type { DomainEvent, EntityManager, EventHandler, EventSubscription } from '@wuye/kit';
import { noteServedEstate } from '../companies.js';
import { ruleSetInForce } from '../rules/store.js';
import { chinaYear } from '../time.js';
import { CONSUMED_TYPES, creditEventsFor, factDate } from './mapping.js';
import { insertCreditEvents } from './store.js';

/** Records the credit events of one domain event; returns their ids (none when nothing applies or it was seen before). */
export async function handleDomainEvent(event: DomainEvent, em: EntityManager, now: Date): Promise<string[]> {
  const year = chinaYear(factDate(event));
  const rules = await ruleSetInForce(em, year, { orEarlier: true });
  if (!rules) return []; // nothing to score by: no rule set has ever been published
  const drafts = creditEventsFor(event, rules.document);
  for (const d of drafts) await noteServedEstate(em, d.companyId, d.estateId, d.regionCode, now);
  return insertCreditEvents(
    em,
    drafts.map((d) => ({
      ...d,
      category: 'INDICATOR' as const,
      year,
      sourceKind: 'DOMAIN_EVENT' as const,
      sourceEventId: event.id,
      sourceEventType: event.type,
      officialSubject: null,
      officialLevel: null,
      ruleYear: rules.year,
      ruleVersion: rules.version,
      recordedAt: now,
    })),
  );
}

const handler: EventHandler = async (event, em, { now }) => {
  await handleDomainEvent(event, em, now);
};

/** credit's consumer group: every consumed type goes to the same handler */
export const creditSubscription: EventSubscription = {
  name: 'credit',
  handlers: Object.fromEntries(CONSUMED_TYPES.map((type) => [type, handler])),
};
