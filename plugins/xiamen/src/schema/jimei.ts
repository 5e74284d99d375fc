// 集美区 company party leaders as 副书记 of community party organisations — party-building's data, read
// through the federation at request time: names and posts from its `crossAppointments`, and the company,
// the organisation and the community returned as references the gateway resolves at their owners.
import { defineLoader, isWithin, lookupCore, type PluginContext } from '@wuye/plugin-sdk';
import { personalName } from '../access.js';
import { jimeiPosts, type DeputySecretaryPost } from '../jimei/deputy-secretaries.js';
import { CITY, JIMEI } from '../manifest.js';
import { builder, core } from './builder.js';

export const DeputySecretaryRef = builder.objectRef<DeputySecretaryPost>('XiamenJimeiDeputySecretary').implement({
  description: '副书记挂职 — 集美区: a property company\'s party leader serving as deputy secretary of a community party organisation (party-building\'s cross-appointment, read live)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '交叉任职编号 — party-building\'s CrossAppointment id' }),
    personName: t.string({ description: '姓名 — masked (张**) unless you are an official over the community', resolve: (p, _args, ctx) => personalName(ctx.viewer, p.personName, p.regionCode) }),
    sideRole: t.exposeString('sideRole', { description: '企业职务 — the role in the company, e.g. 党支部书记' }),
    startsOn: t.field({ type: 'Date', description: '任职起始', resolve: (p) => p.startsOn }),
    endsOn: t.field({ type: 'Date', nullable: true, description: '任职截止 — null while open-ended', resolve: (p) => p.endsOn }),
    company: t.field({ type: core.PropertyCompany, description: '物业服务企业 — the company (registry)', resolve: (p) => ({ id: p.companyId }) }),
    organization: t.field({ type: core.PartyOrganization, description: '社区党组织 — the community party organisation (party-building)', resolve: (p) => ({ id: p.organizationId }) }),
    community: t.field({ type: core.Region, description: '社区 — where the organisation is', resolve: (p) => ({ code: p.regionCode }) }),
  }),
});

/** the registry's region of each company asked about, one request for all of them */
const companyRegion = defineLoader<string, string | null, PluginContext>(async (ids, ctx) =>
  (await lookupCore<{ regionCode: string }>(ctx, 'PropertyCompany', ids.map((id) => ({ id })), 'regionCode')).map((c) => c?.regionCode ?? null),
);

/** the current 集美 posts within `regionCode` (a 厦门 region containing 集美, or one inside it); null elsewhere */
export async function postsInRegion(ctx: PluginContext, regionCode: string): Promise<DeputySecretaryPost[] | null> {
  if (!isWithin(regionCode, CITY) || !(isWithin(regionCode, JIMEI) || isWithin(JIMEI, regionCode))) return null;
  return (await jimeiPosts(ctx).load('all')).filter((p) => isWithin(p.regionCode, regionCode));
}

/** a company's current 集美 posts; null for companies registered outside 厦门 */
export async function postsOfCompany(ctx: PluginContext, companyId: string): Promise<DeputySecretaryPost[] | null> {
  const [posts, region] = await Promise.all([jimeiPosts(ctx).load('all'), companyRegion(ctx).load(companyId)]);
  return region && isWithin(region, CITY) ? posts.filter((p) => p.companyId === companyId) : null;
}
