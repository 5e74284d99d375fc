// Small pieces the types share: the step record (who, in which role, when) and input validation.
import { z } from 'zod';
import { seesAccounts } from '../access.js';
import { builder } from './builder.js';

export const text = (min: number, max: number) => z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must have at most ${max} characters`);

export interface ActorRecord {
  actor: string;
  actorRole: string;
  at: Date;
  /** the region whose officials may see the account */
  regionCode: string;
}

export const ActorRef = builder.objectRef<ActorRecord>('XiamenActor').implement({
  description: '经办 — who recorded a step, in which role, and when (the request clock)',
  fields: (t) => ({
    account: t.string({
      nullable: true,
      description: '经办账号 — the token subject; only officials over the row\'s region see it (null for others)',
      resolve: (a, _args, ctx) => (seesAccounts(ctx.viewer, a.regionCode) ? a.actor : null),
    }),
    role: t.string({ description: '角色 — the token role (STREET_STAFF, COMPANY, OWNER, …)', resolve: (a) => a.actorRole }),
    at: t.field({ type: 'DateTime', description: '时间 — when it was recorded', resolve: (a) => a.at }),
  }),
});
