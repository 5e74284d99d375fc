// 评价意见 — street staff (and officials above them) record their party organisation's opinion of a
// company serving an estate in their area; it counts as a PARTY_OPINION credit event at the rule set's
// points for the rating.
import { sql } from '@wuye/kit';
import { z } from 'zod';
import { holdYearOpen } from '../evaluation.js';
import { insertCreditEvents } from '../events/store.js';
import { officialLevel } from '../visibility.js';
import { builder } from './builder.js';
import { RatingEnum } from './enums.js';
import { CreditEventRef } from './event.js';
import { EVENT_COLUMNS, toEvent } from './loaders.js';
import { placeEvent } from './recording.js';

const OpinionInput = builder.inputType('RecordCreditOpinionInput', {
  description: '记录评价意见 — a street or community party organisation\'s opinion of a company serving estates in its area',
  fields: (t) => ({
    companyId: t.id({ required: true, description: '物业服务企业' }),
    rating: t.field({ type: RatingEnum, required: true, description: '等次' }),
    text: t.string({ required: true, description: '评价意见', validate: z.string().trim().min(4, 'write the opinion (at least 4 characters)').max(1000) }),
    estateId: t.id({ description: '住宅小区 — the estate the opinion is about (default: one it serves in your area)' }),
    occurredAt: t.field({ type: 'DateTime', description: '评价时间 — default: now' }),
  }),
});

builder.mutationFields((t) => ({
  recordCreditOpinion: t.field({
    type: CreditEventRef,
    description: '记录评价意见 — street staff and officials above record an opinion of a company serving an estate in their area (FORBIDDEN otherwise); returns its PARTY_OPINION credit event',
    authScopes: { official: true },
    args: { input: t.arg({ type: OpinionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const at = input.occurredAt ?? ctx.now;
      const place = await placeEvent(ctx, { companyId: input.companyId, estateId: input.estateId, occurredAt: at, requireEstateArea: true });
      const subject = ctx.viewer.subject ?? ctx.viewer.role;
      const id = await ctx.em.transactional(async (em) => {
        await holdYearOpen(em, place.year);
        const [eventId] = await insertCreditEvents(em, [{
          companyId: input.companyId, category: 'INDICATOR', item: 'PARTY_OPINION', points: place.rules.document.opinionPoints[input.rating], occurredAt: at, year: place.year, regionCode: place.regionCode,
          sourceKind: 'OPINION', sourceEventId: null, sourceEventType: null, officialSubject: subject, officialLevel: officialLevel(ctx.viewer), estateId: place.estateId,
          evidence: `评价意见（${input.rating}）：${input.text.trim()}`, evidenceRefs: [], ruleYear: place.rules.year, ruleVersion: place.rules.version, recordedAt: ctx.now,
        }]);
        await sql(em, `insert into credit.opinion (id, company_id, estate_id, region_code, rating, text, official_subject, official_level, occurred_at, credit_event_id)
                       values ('OP' || lpad(nextval('credit.opinion_id_seq')::text, 6, '0'), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [input.companyId, place.estateId, place.regionCode, input.rating, input.text.trim(), subject, officialLevel(ctx.viewer), at, eventId]);
        return eventId!;
      });
      const [row] = await sql(ctx.em, `select ${EVENT_COLUMNS} from credit.credit_event e where e.id = ?`, [id]);
      return toEvent(row!);
    },
  }),
}));
