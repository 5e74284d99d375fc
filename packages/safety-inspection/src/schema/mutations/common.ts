// What every write shares: region checks, 回避 for the acting official, text and date validation,
// evidence input.
import { administers, chinaDate, sql, WuyeError, type EntityManager, type Viewer } from '@wuye/kit';
import { z } from 'zod';
import { FILE_REF } from '../../rules.js';
import { S } from '../access.js';
import { builder, type SafetyContext } from '../builder.js';
import { EvidenceKindEnum } from '../enums.js';
import { nextIds } from '../ids.js';

export const text = (min: number, max: number) => z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must have at most ${max} characters`);

export function requireAdministers(viewer: Viewer, regionCode: string, what: string): void {
  if (!administers(viewer, regionCode)) throw WuyeError.forbidden(`You cannot ${what} in ${regionCode}: it lies outside your region ${viewer.region}.`);
}

/** 回避: an official recorded as an inspector tied to the company may not act on its estates */
export async function requireNoTie(ctx: SafetyContext, companyId: string | null | undefined, what: string): Promise<void> {
  if (!companyId || !ctx.viewer.subject || ctx.viewer.role === 'SERVICE') return;
  const [tie] = await sql<{ id: string; relation: string }>(
    ctx.em,
    `select i.id, t.relation from ${S}.inspector i join ${S}.inspector_tie t on t.inspector_id = i.id where i.subject = ? and t.company_id = ?`,
    [ctx.viewer.subject, companyId],
  );
  if (tie) throw WuyeError.forbidden(`回避: you (inspector ${tie.id}) are recorded as connected to company ${companyId} (${tie.relation}); another inspector must ${what}.`);
}

export const today = (ctx: SafetyContext) => chinaDate(ctx.now);

export function notInFuture(date: string, ctx: SafetyContext, field: string): void {
  if (date > today(ctx)) throw WuyeError.badInput(field, `lies in the future (today is ${today(ctx)})`);
}

export const EvidenceInput = builder.inputType('SafetyEvidenceInput', {
  description: '证据 — a file already stored in the evidence store, referenced by its key',
  fields: (t) => ({
    kind: t.field({ type: EvidenceKindEnum, required: true, description: '证据类型' }),
    fileRef: t.string({ required: true, description: '文件 — its key in the evidence store, e.g. evidence/2024/09/xxx.jpg', validate: z.string().regex(FILE_REF, 'must be a file reference without spaces (3–300 of letters, digits, . / : @ _ -)') }),
  }),
});

export async function insertEvidence(em: EntityManager, findingId: string, stage: 'FOUND' | 'RECTIFIED', evidence: readonly { kind: string; fileRef: string }[], at: Date): Promise<void> {
  if (evidence.length === 0) return;
  const ids = await nextIds(em, 'evidence', evidence.length);
  await sql(
    em,
    `insert into ${S}.finding_evidence (id, finding_id, stage, kind, file_ref, recorded_at) select u.id, ?, ?, u.kind, u.ref, ?::timestamptz from unnest(?::text[], ?::text[], ?::text[]) as u(id, kind, ref)`,
    [findingId, stage, at.toISOString(), ids, evidence.map((e) => e.kind), evidence.map((e) => e.fileRef)],
  );
}

export async function insertTransition(em: EntityManager, t: { findingId: string; action: string; from: string | null; to: string; at: Date; actorRole: string; actorSubject: string | null; note: string | null }): Promise<void> {
  await sql(
    em,
    `insert into ${S}.finding_transition (finding_id, seq, action, from_state, to_state, at, actor_role, actor_subject, note)
     select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?::timestamptz, ?, ?, ? from ${S}.finding_transition where finding_id = ?`,
    [t.findingId, t.action, t.from, t.to, t.at.toISOString(), t.actorRole, t.actorSubject, t.note, t.findingId],
  );
}
