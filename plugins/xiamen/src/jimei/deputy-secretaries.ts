// 集美区: company party leaders serving as 副书记 (DEPUTY_SECRETARY) of community party organisations — read
// from party-building at request time (its published `crossAppointments`), never copied into our schema.
// One request to party-building per GraphQL request, however many companies or regions ask.
import { chinaDate, defineLoader, queryCore, type PluginContext } from '@wuye/plugin-sdk';
import { JIMEI } from '../manifest.js';

export interface DeputySecretaryPost {
  id: string;
  personName: string;
  sideRole: string;
  startsOn: string;
  endsOn: string | null;
  companyId: string;
  organizationId: string;
  /** the community organisation's region (12 digits) */
  regionCode: string;
}

interface Page {
  crossAppointments: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; personName: string; sideRole: string; startsOn: string; endsOn: string | null; company: { id: string } | null; organization: { id: string; region: { code: string } } } }[];
  };
}

const QUERY = /* GraphQL */ `
  query XiamenJimeiDeputySecretaries($filter: CrossAppointmentFilter, $first: Int, $after: String) {
    crossAppointments(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id personName sideRole startsOn endsOn company { id } organization { id region { code } } } }
    }
  }
`;

/** every 集美 company → community 副书记 post current at `today` (YYYY-MM-DD) */
async function fetchPosts(ctx: PluginContext, today: string): Promise<DeputySecretaryPost[]> {
  const posts: DeputySecretaryPost[] = [];
  let after: string | null = null;
  do {
    const page: Page = await queryCore<Page>(ctx, 'party-building', QUERY, { filter: { regionCode: JIMEI, side: 'COMPANY', organizationRole: 'DEPUTY_SECRETARY' }, first: 1000, after });
    for (const { node } of page.crossAppointments.edges) {
      if (!node.company || node.startsOn > today || (node.endsOn !== null && node.endsOn < today)) continue;
      posts.push({ id: node.id, personName: node.personName, sideRole: node.sideRole, startsOn: node.startsOn, endsOn: node.endsOn, companyId: node.company.id, organizationId: node.organization.id, regionCode: node.organization.region.code });
    }
    after = page.crossAppointments.pageInfo.hasNextPage ? page.crossAppointments.pageInfo.endCursor : null;
  } while (after);
  return posts;
}

/** the current posts, asked once per request (the loader's one key) */
export const jimeiPosts = defineLoader<'all', DeputySecretaryPost[], PluginContext>(async (keys, ctx) => {
  const posts = await fetchPosts(ctx, chinaDate(ctx.now));
  return keys.map(() => posts);
});
