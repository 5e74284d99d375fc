// Facts owned by another subgraph, needed at write time (e.g. the region of an estate when a branch is
// founded): ask the owner directly — one batched `_entities` request with a service token — and keep
// a copy beside your row. Never read another subgraph's tables.
import { signToken, type AuthConfig } from './auth/tokens.js';
import { WuyeError } from './errors.js';

export interface ServiceClient {
  /**
   * Resolves entity references at the subgraph that owns them, in the order given (null where the
   * owner has no such entity). `selection` is the fields wanted, e.g. 'id regionCode'.
   */
  entities<T>(subgraph: string, typename: string, keys: Record<string, unknown>[], selection: string): Promise<(T | null)[]>;
  /**
   * Runs a root query of another subgraph's published API (facts no entity reference reaches, e.g.
   * party-building's crossAppointments) and returns its data; errors fail the caller, never half-answer.
   */
  query<T>(subgraph: string, query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Subgraph URLs from `WUYE_SUBGRAPH_URLS` (JSON: {"registry":"http://…/graphql"}), as `wuye start` sets it. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (!env.WUYE_SUBGRAPH_URLS) return {};
  try {
    return JSON.parse(env.WUYE_SUBGRAPH_URLS) as Record<string, string>;
  } catch {
    throw new Error(`WUYE_SUBGRAPH_URLS is not JSON: ${env.WUYE_SUBGRAPH_URLS}`);
  }
}

export function createServiceClient(urls: Record<string, string> = subgraphUrlsFromEnv(), auth?: AuthConfig): ServiceClient {
  let token: { value: string; expires: number } | undefined;
  const serviceToken = async () => {
    if (!token || token.expires < Date.now()) token = { value: await signToken({ role: 'SERVICE', region: '350000', subject: 'service', expiresIn: '10m' }, auth), expires: Date.now() + 9 * 60_000 };
    return token.value;
  };
  /** one POST with the service token; the data (with `whole`: only when no error came with it), or an error naming the subgraph */
  async function post<T>(subgraph: string, body: { query: string; variables: Record<string, unknown> }, what: string, whole: boolean): Promise<T> {
    const url = urls[subgraph];
    if (!url) throw new Error(`No URL for subgraph "${subgraph}": set WUYE_SUBGRAPH_URLS (npm start does).`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await serviceToken()}` },
      body: JSON.stringify(body),
    }).catch((error: Error) => {
      throw new WuyeError('INTERNAL_SERVER_ERROR', `${subgraph} is unreachable: ${error.message}`);
    });
    const answer = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (!answer.data || (whole && answer.errors?.length)) throw new WuyeError('INTERNAL_SERVER_ERROR', `${subgraph} refused ${what}: ${answer.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
    return answer.data;
  }
  return {
    async entities<T>(subgraph: string, typename: string, keys: Record<string, unknown>[], selection: string) {
      if (keys.length === 0) return [];
      const data = await post<{ _entities: (T | null)[] }>(
        subgraph,
        {
          query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
          variables: { representations: keys.map((key) => ({ __typename: typename, ...key })) },
        },
        `${typename} lookups`,
        false, // an entity the owner refuses comes back null beside the others
      );
      return data._entities.map((entity) => (entity && Object.keys(entity).length ? entity : null));
    },
    query<T>(subgraph: string, query: string, variables: Record<string, unknown> = {}) {
      return post<T>(subgraph, { query, variables }, 'the query', true);
    },
  };
}
