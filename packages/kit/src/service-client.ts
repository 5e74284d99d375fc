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
  return {
    async entities<T>(subgraph: string, typename: string, keys: Record<string, unknown>[], selection: string) {
      if (keys.length === 0) return [];
      const url = urls[subgraph];
      if (!url) throw new Error(`No URL for subgraph "${subgraph}": set WUYE_SUBGRAPH_URLS (npm start does).`);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await serviceToken()}` },
        body: JSON.stringify({
          query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
          variables: { representations: keys.map((key) => ({ __typename: typename, ...key })) },
        }),
      }).catch((error: Error) => {
        throw new WuyeError('INTERNAL_SERVER_ERROR', `${subgraph} is unreachable: ${error.message}`);
      });
      const body = (await response.json()) as { data?: { _entities: (T | null)[] }; errors?: { message: string }[] };
      if (!body.data) throw new Error(`${subgraph} refused ${typename} lookups: ${body.errors?.map((e) => e.message).join('; ')}`);
      return body.data._entities.map((entity) => (entity && Object.keys(entity).length ? entity : null));
    },
  };
}
