// What every area of the schema needs: the request's date, checks on dates, who administers what,
// ids from the schema's sequences, and keyset pages over plain SQL.
import { administers, chinaDate, keysetConnection, readableIds, regionPrefix, sql, WuyeError, type EntityManager, type PageArgs } from '@wuye/kit';
import type { GovernanceContext } from './builder.js';

export const S = 'governance';

/** the request's calendar date in China */
export const today = (ctx: GovernanceContext): string => chinaDate(ctx.now);

/** refuses a date after the request's clock */
export function notFuture(ctx: GovernanceContext, field: string, date: string): string {
  if (date > today(ctx)) throw WuyeError.badInput(field, `${date} lies in the future (today is ${today(ctx)})`);
  return date;
}

/** refuses a date before an earlier step */
export function notBefore(field: string, date: string, earlier: string, what: string): void {
  if (date < earlier) throw WuyeError.badInput(field, `${date} is before ${what} (${earlier})`);
}

/** FORBIDDEN unless the viewer is an official over `code` (or a platform service) */
export function mustAdminister(ctx: GovernanceContext, code: string, what: string): void {
  if (!administers(ctx.viewer, code)) throw WuyeError.forbidden(`${what} lies in ${code}, outside your region ${ctx.viewer.region}.`);
}

/** who recorded a row: the token's subject, or its role */
export const actorOf = (ctx: GovernanceContext): string => ctx.viewer.subject ?? ctx.viewer.role;

/** readable ids continuing the demo data's numbering */
export const { nextIds, nextId } = readableIds(S, {
  meeting: ['JM', 4],
  resolution: ['JR', 5],
  matter: ['GM', 6],
  mediator: ['MD', 2],
  mediation: ['MC', 5],
  enforcement: ['EA', 6],
  pilot: ['CCP', 2],
  renovation: ['RP', 3],
});

/** the region a list is filtered to: the one asked for, else the whole province */
export const regionLike = (code: string | null | undefined): string => `${regionPrefix(code ?? '350000')}%`;

/**
 * A connection over `select <columns> from governance.<table> t where <conditions>` ordered by id: one
 * statement per page, one more for totalCount when selected.
 */
export function sqlConnection<T extends { id: string }>(
  ctx: GovernanceContext,
  args: PageArgs,
  from: string,
  conditions: string[],
  params: unknown[],
) {
  const where = conditions.length ? conditions.join(' and ') : 'true';
  return keysetConnection<T>(
    args,
    ({ after, limit }) => sql<T>(ctx.em, `select t.* from ${from} t where ${where}${after ? ' and t.id > ?' : ''} order by t.id limit ?`, [...params, ...(after ? [String(after[0])] : []), limit]),
    (row) => [row.id],
    async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${from} t where ${where}`, params))[0]!.n,
  );
}
