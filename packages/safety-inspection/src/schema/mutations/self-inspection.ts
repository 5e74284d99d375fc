// Writes about self-inspection: publish a checklist version (the province), submit a month's
// self-inspection (the company serving the estate, as registry says at the moment), and the monthly
// sweep that flags the months missed and publishes them.
import { sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { ChecklistItemEntity, ChecklistVersionEntity, SelfInspectionEntity } from '../../entities/index.js';
import { S } from '../access.js';
import { builder } from '../builder.js';
import { checklistInForce, ChecklistRef, itemsOf } from '../checklist.js';
import { FindingCategoryEnum } from '../enums.js';
import { nextId } from '../ids.js';
import { refreshEstates } from '../registry-facts.js';
import { MONTH, SelfInspectionRef } from '../self-inspection.js';
import { selfInspectionsMissed, type MissedMonth } from '../../events.js';
import { servedCte } from '../../statistics.js';
import { text, today } from './common.js';

const ItemInput = builder.inputType('SafetyChecklistItemInput', {
  description: '检查要点 — one item of a new checklist version',
  fields: (t) => ({
    code: t.string({ required: true, description: '编号 — e.g. XF-01', validate: z.string().regex(/^[A-Z]{2}-\d{2}$/, 'must look like XF-01') }),
    category: t.field({ type: FindingCategoryEnum, required: true, description: '隐患类别 — what the item guards against' }),
    text: t.string({ required: true, description: '要点 — what to check', validate: text(4, 200) }),
  }),
});

const ChecklistInput = builder.inputType('PublishSafetyChecklistInput', {
  description: '发布安全检查要点 — a new version of the self-inspection checklist, in force from the first day of a month',
  fields: (t) => ({
    version: t.string({ required: true, description: '版本 — e.g. 2025版', validate: text(2, 50) }),
    title: t.string({ required: true, description: '标题', validate: text(4, 100) }),
    effectiveFrom: t.field({ type: 'Date', required: true, description: '施行日期 — the first day of a month, not already past' }),
    items: t.field({ type: [ItemInput], required: true, description: '检查要点 — the items, in order', validate: z.array(z.any()).min(1, 'a checklist needs items').max(100) }),
  }),
});

const SubmitInput = builder.inputType('SubmitSelfInspectionInput', {
  description: '提交月度自查 — a month\'s self-inspection of an estate the company serves',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '住宅小区 — one your company serves' }),
    month: t.string({ required: true, description: '自查月份 — YYYY-MM, up to the current month', validate: MONTH }),
    failedItemCodes: t.stringList({ required: true, description: '不合格项 — codes of the items found not in order (empty: all in order)', validate: z.array(z.string()).max(100) }),
  }),
});

builder.mutationFields((t) => ({
  publishSafetyChecklist: t.field({
    type: ChecklistRef,
    description: '发布安全检查要点 — the province (PROVINCE_ADMIN) publishes a new version; the previous one is in force until the day before',
    authScopes: { role: 'PROVINCE_ADMIN' },
    args: { input: t.arg({ type: ChecklistInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!input.effectiveFrom.endsWith('-01')) throw WuyeError.badInput('input.effectiveFrom', 'must be the first day of a month');
      if (input.effectiveFrom < `${today(ctx).slice(0, 7)}-01`) throw WuyeError.badInput('input.effectiveFrom', 'lies in a month already past: self-inspections of it followed the version then in force');
      const codes = input.items.map((i) => i.code);
      const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
      if (duplicate) throw WuyeError.badInput('input.items', `code ${duplicate} appears twice`);
      const [latest] = await sql<{ effective_from: string }>(ctx.em, `select effective_from from ${S}.checklist_version order by effective_from desc limit 1`);
      if (latest && input.effectiveFrom <= latest.effective_from) throw WuyeError.conflict(`The latest version takes effect on ${latest.effective_from}: a new version must take effect later.`);
      if (await ctx.em.findOne(ChecklistVersionEntity, { version: input.version.trim() })) throw WuyeError.conflict(`Version ${input.version.trim()} exists.`);
      return ctx.em.transactional(async (em) => {
        const version = em.create(ChecklistVersionEntity, { id: await nextId(em, 'checklist_version'), version: input.version.trim(), title: input.title.trim(), effectiveFrom: input.effectiveFrom });
        input.items.forEach((item, i) => em.create(ChecklistItemEntity, { versionId: version.id, code: item.code, position: i + 1, category: item.category, text: item.text.trim() }));
        await em.flush();
        return version;
      });
    },
  }),

  submitSelfInspection: t.field({
    type: SelfInspectionRef,
    description: '提交月度自查 — by the company serving the estate (as registry says at the moment), once per estate and month, against the checklist in force on the month\'s first day',
    authScopes: { role: 'COMPANY' },
    args: { input: t.arg({ type: SubmitInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const month = `${input.month}-01`;
      if (input.month > today(ctx).slice(0, 7)) throw WuyeError.badInput('input.month', `lies in the future (this is ${today(ctx).slice(0, 7)})`);
      const checklist = await checklistInForce(ctx, month);
      if (!checklist) throw WuyeError.badInput('input.month', 'lies before the first checklist version: there was no self-inspection then');
      if (!ctx.viewer.companyId) throw WuyeError.forbidden('A COMPANY token with its companyId submits self-inspections.');
      const [estate] = await refreshEstates(ctx, [input.estateId], 'input.estateId');
      if (estate!.companyId !== ctx.viewer.companyId) throw WuyeError.forbidden(`Estate ${input.estateId} is not served by your company ${ctx.viewer.companyId}.`);
      const items = new Set((await itemsOf(ctx).load(checklist.id)).map((i) => i.code));
      const unknown = input.failedItemCodes.find((code) => !items.has(code));
      if (unknown) throw WuyeError.badInput('input.failedItemCodes', `${unknown} is not an item of checklist ${checklist.version}`);
      const [row] = await sql<{ id: string }>(
        ctx.em,
        `insert into ${S}.self_inspection (id, estate_id, company_id, region_code, month, checklist_version_id, submitted_on, failed_item_codes)
         values (?, ?, ?, ?, ?::date, ?, ?::date, ?::text[]) on conflict (estate_id, month) do nothing returning id`,
        [await nextId(ctx.em, 'self_inspection'), input.estateId, ctx.viewer.companyId, estate!.regionCode, month, checklist.id, today(ctx), [...new Set(input.failedItemCodes)].sort()],
      );
      if (!row) throw WuyeError.conflict(`Estate ${input.estateId}'s self-inspection of ${input.month} has been submitted already.`);
      return (await ctx.em.findOne(SelfInspectionEntity, { id: row.id }))!;
    },
  }),

  flagMissedSelfInspections: t.field({
    type: 'Int',
    description: '标记自查缺报 — the monthly sweep: each served estate without a self-inspection of `month` (an ended month) is flagged once against the company serving it and published (safety-inspection.SelfInspectionMissed); returns how many were flagged now (0 when run again). The province (PROVINCE_ADMIN) or the platform\'s scheduler (SERVICE) runs it',
    authScopes: { role: ['PROVINCE_ADMIN', 'SERVICE'] },
    args: { month: t.arg.string({ required: true, description: '月份 — YYYY-MM, ended', validate: MONTH }) },
    resolve: async (_root, { month }, ctx) => {
      if (month >= today(ctx).slice(0, 7)) throw WuyeError.badInput('month', `has not ended yet (this is ${today(ctx).slice(0, 7)})`);
      const first = `${month}-01`;
      return ctx.em.transactional(async (em) => {
        const flagged = await sql<MissedMonth>(
          em,
          `with ${servedCte('true')},
           missed as (
             select s.estate_id, s.company_id, s.region_code from served s
             where s.first_due <= ?::date and not exists (select 1 from ${S}.self_inspection si where si.estate_id = s.estate_id and si.month = ?::date))
           insert into ${S}.self_inspection_miss (estate_id, month, company_id, region_code, flagged_at)
           select estate_id, ?::date, company_id, region_code, ?::timestamptz from missed order by estate_id
           on conflict do nothing
           returning estate_id as "estateId", company_id as "companyId", region_code as "regionCode", to_char(month, 'YYYY-MM') as month`,
          [first, first, first, first, first, ctx.now.toISOString()],
        );
        await selfInspectionsMissed(em, ctx.now, flagged);
        return flagged.length;
      });
    },
  }),
}));
