// 整改 — the rectification transitions through the API. Who: an official over the finding's region
// notifies, verifies or rejects (never one tied to the company: 回避); the company serving the estate
// — registry is asked at the moment — rectifies (where no company serves, an official records it).
// Then the state machine (src/rectification.ts): an illegal transition is a CONFLICT. The finding row
// is locked while it moves, so two concurrent moves cannot both succeed.
import { administers, chinaDate, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { findingRectified } from '../../events.js';
import { deadlineFor, nextState, TRANSITIONS, type Action, type FindingState } from '../../rectification.js';
import type { Severity } from '../../rules.js';
import { isCompany, S } from '../access.js';
import { builder, type SafetyContext } from '../builder.js';
import { FINDING_COLUMNS, FINDING_FROM, FindingRef, type FindingRow } from '../refs.js';
import { refreshEstates } from '../registry-facts.js';
import { EvidenceInput, insertEvidence, insertTransition, requireAdministers, requireNoTie, text } from './common.js';

/** a finding as it is now, whoever asks (writes check access themselves) */
export async function loadFinding(ctx: SafetyContext, id: string): Promise<FindingRow> {
  const [row] = await sql<FindingRow>(ctx.em, `select ${FINDING_COLUMNS} from ${FINDING_FROM} where f.id = ?`, [id]);
  if (!row) throw WuyeError.notFound('Finding', id);
  return row;
}

const VERB: Record<Action, string> = { NOTIFY: 'notify', RECTIFY: 'rectify', VERIFY: 'verify', REJECT: 'reject' };

/** may the viewer take `action` on the finding? (FORBIDDEN / UNAUTHENTICATED otherwise) */
async function authorize(ctx: SafetyContext, finding: FindingRow, action: Action): Promise<void> {
  if (TRANSITIONS[action].by === 'COMPANY') {
    // registry's word, now: who serves the estate (and the roster learns it)
    const [estate] = await refreshEstates(ctx, [finding.estateId], 'id');
    if (isCompany(ctx.viewer)) {
      if (estate!.companyId !== ctx.viewer.companyId) throw WuyeError.forbidden(`Estate ${finding.estateId} is not served by your company ${ctx.viewer.companyId}: only the company serving it rectifies its findings.`);
      return;
    }
    // an estate no company serves (自治管理, 无物业): an official of its region records the rectification
    if (estate!.companyId === null && administers(ctx.viewer, finding.regionCode)) return;
    throw WuyeError.forbidden(estate!.companyId ? `Only the company serving estate ${finding.estateId} (${estate!.companyId}) rectifies its findings.` : `Estate ${finding.estateId} has no company: an official over ${finding.regionCode} records its rectification.`);
  }
  requireAdministers(ctx.viewer, finding.regionCode, `${VERB[action]} findings`);
  await requireNoTie(ctx, finding.companyId, `${VERB[action]} this finding`);
}

async function transition(ctx: SafetyContext, id: string, action: Action, options: { note: string | null; evidence?: readonly { kind: string; fileRef: string }[] }): Promise<FindingRow> {
  const finding = await loadFinding(ctx, id);
  await authorize(ctx, finding, action);
  await ctx.em.transactional(async (em) => {
    const [locked] = await sql<{ state: FindingState; severity: Severity; deadline: string | null; rectified_on: string | null }>(
      em,
      `select state, severity, deadline, to_char(rectified_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as rectified_on from ${S}.finding where id = ? for update`,
      [id],
    );
    const next = nextState(locked!.state, action);
    if ('refused' in next) throw WuyeError.conflict(`Finding ${id}: ${next.refused}.`);
    const now = ctx.now.toISOString();
    const set: Record<Action, [string, unknown[]]> = {
      NOTIFY: ['notified_at = ?::timestamptz, deadline = ?::date', [now, deadlineFor(locked!.severity, chinaDate(ctx.now))]],
      RECTIFY: ['rectified_at = ?::timestamptz', [now]],
      VERIFY: ['verified_at = ?::timestamptz', [now]],
      // the rejected rectification no longer stands; the deadline stays what it was
      REJECT: ['rectified_at = null', []],
    };
    const [columns, values] = set[action];
    await sql(em, `update ${S}.finding set state = ?, ${columns} where id = ?`, [next.to, ...values, id]);
    await insertTransition(em, { findingId: id, action, from: locked!.state, to: next.to, at: ctx.now, actorRole: ctx.viewer.role, actorSubject: isCompany(ctx.viewer) ? `company:${ctx.viewer.companyId}` : ctx.viewer.subject, note: options.note });
    if (options.evidence?.length) await insertEvidence(em, id, 'RECTIFIED', options.evidence, ctx.now);
    // the rectification stands once verified: subscribers (credit) hear whether it met the deadline
    if (action === 'VERIFY') {
      const onTime = locked!.rectified_on! <= locked!.deadline!;
      await findingRectified(em, ctx.now, { findingId: id, estateId: finding.estateId, companyId: finding.companyId, regionCode: finding.regionCode, severity: locked!.severity, deadline: locked!.deadline!, rectifiedAt: locked!.rectified_on!, onTime });
    }
  });
  return loadFinding(ctx, id);
}

const RectifyInput = builder.inputType('RectifySafetyFindingInput', {
  description: '整改 — what the company did, with evidence',
  fields: (t) => ({
    note: t.string({ required: true, description: '整改情况', validate: text(4, 500) }),
    evidence: t.field({ type: [EvidenceInput], required: true, description: '整改后照片等 — at least one file', validate: z.array(z.any()).min(1, 'a rectification needs at least one evidence file').max(20, 'at most 20 files') }),
  }),
});

builder.mutationFields((t) => ({
  notifySafetyFinding: t.field({
    type: FindingRef,
    description: '下达整改通知 — RAISED → NOTIFIED; the deadline is the notice\'s date + 7 days (MAJOR) or 30 (GENERAL). Officials over the finding\'s region.',
    authScopes: { official: true },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ validate: text(2, 500) }) },
    resolve: (_root, { id, note }, ctx) => transition(ctx, id, 'NOTIFY', { note: note?.trim() ?? null }),
  }),
  rectifySafetyFinding: t.field({
    type: FindingRef,
    description: '整改 — NOTIFIED → RECTIFIED, by the company serving the estate (as registry says at the moment); at an estate no company serves, by an official of its region',
    authScopes: { $any: { role: 'COMPANY', official: true } },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: RectifyInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => transition(ctx, id, 'RECTIFY', { note: input.note.trim(), evidence: input.evidence }),
  }),
  verifySafetyFinding: t.field({
    type: FindingRef,
    description: '复查销号 — RECTIFIED → VERIFIED. Officials over the finding\'s region, not tied to the company (回避).',
    authScopes: { official: true },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ validate: text(2, 500) }) },
    resolve: (_root, { id, note }, ctx) => transition(ctx, id, 'VERIFY', { note: note?.trim() ?? null }),
  }),
  rejectSafetyFinding: t.field({
    type: FindingRef,
    description: '复查不合格 — RECTIFIED → NOTIFIED again (the deadline stays). Officials over the finding\'s region, not tied to the company (回避).',
    authScopes: { official: true },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(4, 500) }) },
    resolve: (_root, { id, reason }, ctx) => transition(ctx, id, 'REJECT', { note: reason.trim() }),
  }),
}));
