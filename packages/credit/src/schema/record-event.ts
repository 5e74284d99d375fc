// recordCreditEvent — an official's dynamic evaluation (动态评价): points on an indicator within the rule
// set's officialPoints range, or a bonus or penalty item at the rule set's points. A 美好家园 bonus names
// the honoured estate and is also kept as an honour (one per estate, level and year).
import { sql, WuyeError } from '@wuye/kit';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { categoryOf, points as pointsSchema } from '../rules/document.js';
import { holdYearOpen } from '../evaluation.js';
import { insertCreditEvents } from '../events/store.js';
import { officialLevel } from '../visibility.js';
import { builder } from './builder.js';
import { CreditEventRef } from './event.js';
import { toEvent, EVENT_COLUMNS } from './loaders.js';
import { placeEvent } from './recording.js';

const HONOUR_LEVELS = { HONOUR_CITY: 'CITY', HONOUR_PROVINCE: 'PROVINCE', HONOUR_NATIONAL: 'NATIONAL' } as const;

const RecordInput = builder.inputType('RecordCreditEventInput', {
  description: '记录动态评价 — an official adds or takes points for a company in their region',
  fields: (t) => ({
    companyId: t.id({ required: true, description: '物业服务企业' }),
    item: t.string({ required: true, description: '评价项 — an indicator (CreditIndicator, not PARTY_OPINION: use recordCreditOpinion), a bonus (CreditBonus) or a penalty code of the rule set in force' }),
    points: t.field({ type: 'Decimal', description: '分值 — for an indicator: required, within the rule set\'s officialPoints; for a bonus or penalty: omitted (the rule set\'s points)', validate: pointsSchema }),
    occurredAt: t.field({ type: 'DateTime', description: '发生时间 — default: now; never in a closed year' }),
    estateId: t.id({ description: '住宅小区 — where it happened (required for a 美好家园 honour: the honoured estate)' }),
    evidence: t.string({ required: true, description: '事实依据', validate: z.string().trim().min(2, 'say what happened').max(500) }),
    evidenceRefs: t.stringList({ description: '佐证材料 — document numbers, file references', validate: z.array(z.string().trim().min(1).max(200)).max(20) }),
  }),
});

builder.mutationFields((t) => ({
  recordCreditEvent: t.field({
    type: CreditEventRef,
    description: '记录动态评价 — an official records points for a company registered in or serving an estate in their region (FORBIDDEN otherwise; CONFLICT in a closed year)',
    authScopes: { official: true },
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const honour = HONOUR_LEVELS[input.item as keyof typeof HONOUR_LEVELS];
      if (honour && !input.estateId) throw WuyeError.badInput('input.estateId', 'name the honoured estate');
      if (input.item === 'PARTY_OPINION') throw WuyeError.badInput('input.item', 'opinions are recorded with recordCreditOpinion');
      const place = await placeEvent(ctx, { companyId: input.companyId, estateId: input.estateId, occurredAt: input.occurredAt ?? ctx.now });
      const doc = place.rules.document;
      const category = categoryOf(doc, input.item);
      if (!category) throw WuyeError.badInput('input.item', `is not an indicator, bonus or penalty of rule set ${place.rules.year}/${place.rules.version}`);
      let points: string;
      if (category === 'INDICATOR') {
        if (input.points == null) throw WuyeError.badInput('input.points', 'is required for an indicator');
        const p = new Decimal(input.points);
        if (p.isZero() || p.lt(doc.officialPoints.min) || p.gt(doc.officialPoints.max)) throw WuyeError.badInput('input.points', `must be non-zero and between ${doc.officialPoints.min} and ${doc.officialPoints.max}`);
        points = p.toFixed(2);
      } else {
        if (input.points != null) throw WuyeError.badInput('input.points', `is set by the rule set for ${input.item}: omit it`);
        points = (category === 'BONUS' ? doc.bonuses.find((b) => b.code === input.item)! : doc.penalties.find((p) => p.code === input.item)!).points;
      }
      const id = await ctx.em.transactional(async (em) => {
        await holdYearOpen(em, place.year);
        const [eventId] = await insertCreditEvents(em, [{
          companyId: input.companyId, category, item: input.item, points, occurredAt: input.occurredAt ?? ctx.now, year: place.year, regionCode: place.regionCode,
          sourceKind: 'OFFICIAL', sourceEventId: null, sourceEventType: null, officialSubject: ctx.viewer.subject ?? ctx.viewer.role, officialLevel: officialLevel(ctx.viewer),
          estateId: place.estateId, evidence: input.evidence.trim(), evidenceRefs: input.evidenceRefs ?? [], ruleYear: place.rules.year, ruleVersion: place.rules.version, recordedAt: ctx.now,
        }]);
        if (honour) {
          await sql(em, `insert into credit.honour (id, estate_id, company_id, level, region_code, year, awarded_on, credit_event_id)
                         values ('HN' || lpad(nextval('credit.honour_id_seq')::text, 5, '0'), ?, ?, ?, ?, ?, (?::timestamptz at time zone 'Asia/Shanghai')::date, ?)`,
            [place.estateId, input.companyId, honour, place.regionCode, place.year, input.occurredAt ?? ctx.now, eventId]).catch((error: { code?: string }) => {
            if (error.code === '23505') throw WuyeError.conflict(`Estate ${place.estateId} already has a ${honour} honour for ${place.year}.`);
            throw error;
          });
        }
        return eventId!;
      });
      const [row] = await sql(ctx.em, `select ${EVENT_COLUMNS} from credit.credit_event e where e.id = ?`, [id]);
      return toEvent(row!);
    },
  }),
}));
