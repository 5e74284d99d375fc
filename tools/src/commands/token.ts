// `wuye token`: development tokens signed with the dev secret (WUYE_JWT_SECRET overrides it); the
// issuer itself is the kit's, shared with the console's demo sign-in.
import { issueDevToken, type DevTokenRequest } from '@wuye/kit';

export { DEMO_VIEWERS } from '@wuye/kit';

export async function issueToken(options: DevTokenRequest): Promise<string> {
  try {
    return await issueDevToken(options);
  } catch (error) {
    throw new Error(`--${(error as Error).message}`);
  }
}
