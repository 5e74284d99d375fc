import { defineLoader, groupedInKeyOrder, keysetConnection, regionPrefix, sql } from '@wuye/kit';
import { SiteEntity, SiteEstateEntity, type Site } from '../entities/index.js';
import { builder, type PartyContext } from './builder.js';
import { EstateRef, RegionRef } from './core-entities.js';

export const SiteKindEnum = builder.enumType('PartySiteKind', {
  description: '党建阵地类别 — kind of party-building site',
  values: {
    RED_PROPERTY_SERVICE_CENTRE: { description: '红色物业服务中心 — red property-service centre' },
    PARTY_MASS_SERVICE_CENTRE: { description: '党群服务中心 — party-mass service centre' },
  } as const,
});

const estatesOfSite = defineLoader<string, string[], PartyContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(SiteEstateEntity, { siteId: { $in: [...ids] } }, { orderBy: { estateId: 'asc' } }), (r) => r.siteId).map((rows) => rows.map((r) => r.estateId)),
);

export const sitesOfEstate = defineLoader<string, Site[], PartyContext>(async (estateIds, ctx) => {
  const rows = await sql<Site & { estate_id: string; region_code: string; opened_on: string }>(
    ctx.em,
    `select s.id, s.name, s.kind, s.region_code, s.opened_on, se.estate_id from party_building.site_estate se
     join party_building.party_site s on s.id = se.site_id where se.estate_id = any(?::text[]) order by s.id`,
    [estateIds],
  );
  return groupedInKeyOrder(estateIds, rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, regionCode: r.region_code, openedOn: r.opened_on, estateId: r.estate_id })), (r) => r.estateId);
});

export const SiteRef = builder.objectRef<Site>('PartySite').implement({
  description: '党建阵地 — a party-building site and the estates it serves',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: SiteKindEnum, resolve: (s) => s.kind as 'RED_PROPERTY_SERVICE_CENTRE' }),
    community: t.field({ type: RegionRef, description: 'the community it stands in', resolve: (s) => ({ code: s.regionCode }) }),
    openedOn: t.field({ type: 'Date', resolve: (s) => s.openedOn }),
    estates: t.field({ type: [EstateRef], description: 'estates it serves', resolve: async (s, _args, ctx) => (await estatesOfSite(ctx).load(s.id)).map((id) => ({ id })) }),
  }),
});

const SiteFilter = builder.inputType('PartySiteFilter', {
  description: 'Filters for a list of party-building sites',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode' }),
    kind: t.field({ type: SiteKindEnum }),
  }),
});

builder.queryFields((t) => ({
  partySites: t.connection({
    type: SiteRef,
    description: '党建阵地 — sites, filtered and paged',
    args: { filter: t.arg({ type: SiteFilter }) },
    resolve: (_root, args, ctx) => {
      const where: Record<string, unknown> = {};
      if (args.filter?.regionCode) where.regionCode = { $like: `${regionPrefix(args.filter.regionCode)}%` };
      if (args.filter?.kind) where.kind = args.filter.kind;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(SiteEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (s) => [s.id],
        () => ctx.em.count(SiteEntity, where),
      );
    },
  }),
}));
