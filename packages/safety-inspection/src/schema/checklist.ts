// 安全检查要点 — the versioned checklist of the monthly self-inspection.
import { chinaDate, defineLoader, groupedInKeyOrder, inKeyOrder, sql } from '@wuye/kit';
import { ChecklistItemEntity, ChecklistVersionEntity, type ChecklistItem, type ChecklistVersion } from '../entities/index.js';
import { S } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { FindingCategoryEnum } from './enums.js';

export const checklistById = defineLoader<string, ChecklistVersion | null, SafetyContext>(async (ids, ctx) =>
  inKeyOrder(ids, await ctx.em.find(ChecklistVersionEntity, { id: { $in: [...ids] } }), (v) => v.id),
);

export const itemsOf = defineLoader<string, ChecklistItem[], SafetyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(ChecklistItemEntity, { versionId: { $in: [...ids] } }, { orderBy: { versionId: 'asc', position: 'asc' } }), (i) => i.versionId),
);

/** the version in force on a date (the latest that took effect by then), or null before the first */
export async function checklistInForce(ctx: SafetyContext, date: string): Promise<ChecklistVersion | null> {
  const [row] = await sql<{ id: string }>(ctx.em, `select id from ${S}.checklist_version where effective_from <= ?::date order by effective_from desc limit 1`, [date]);
  return row ? checklistById(ctx).load(row.id) : null;
}

export const ChecklistItemRef = builder.objectRef<ChecklistItem>('SafetyChecklistItem').implement({
  description: '检查要点 — one item of the checklist',
  fields: (t) => ({
    code: t.exposeString('code', { description: '编号 — e.g. XF-01' }),
    category: t.field({ type: FindingCategoryEnum, description: '隐患类别 — what the item guards against', resolve: (i) => i.category as 'OTHER' }),
    text: t.exposeString('text', { description: '要点 — what to check' }),
  }),
});

export const ChecklistRef = builder.objectRef<ChecklistVersion>('SafetyChecklist').implement({
  description: '安全检查要点 — a version of the monthly self-inspection checklist (闽政通 app), in force from effectiveFrom until the next version',
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeString('version', { description: '版本 — e.g. 2024版' }),
    title: t.exposeString('title', { description: '标题' }),
    effectiveFrom: t.field({ type: 'Date', description: '施行日期', resolve: (v) => v.effectiveFrom }),
    items: t.field({ type: [ChecklistItemRef], description: '检查要点 — the items, in order', resolve: (v, _args, ctx) => itemsOf(ctx).load(v.id) }),
  }),
});

builder.queryFields((t) => ({
  safetyChecklists: t.field({
    type: [ChecklistRef],
    description: '安全检查要点 — every version, oldest first',
    resolve: (_root, _args, ctx) => ctx.em.find(ChecklistVersionEntity, {}, { orderBy: { effectiveFrom: 'asc' } }),
  }),
  safetyChecklist: t.field({
    type: ChecklistRef,
    nullable: true,
    description: '安全检查要点 — the version in force on a date (default: today)',
    args: { on: t.arg({ type: 'Date' }) },
    resolve: (_root, { on }, ctx) => checklistInForce(ctx, on ?? chinaDate(ctx.now)),
  }),
}));
