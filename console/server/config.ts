// The console server's settings, all from the environment (defaults fit `npm start` on one machine).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ConsoleConfig {
  /** WUYE_CONSOLE_PORT (or PORT): 4300 */
  port: number;
  /** WUYE_GATEWAY_URL: where /graphql is forwarded */
  gatewayUrl: string;
  /** WUYE_CONSOLE_DEV_TOKENS=true: the sign-in page may mint development tokens (never in production) */
  devTokens: boolean;
  /** the built app (console/dist) */
  distDir: string;
}

export const DIST_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

export function consoleConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  const port = Number(env.WUYE_CONSOLE_PORT ?? env.PORT ?? 4300);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`WUYE_CONSOLE_PORT must be a port number, not "${env.WUYE_CONSOLE_PORT ?? env.PORT}"`);
  const gatewayUrl = env.WUYE_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  try {
    new URL(gatewayUrl);
  } catch {
    throw new Error(`WUYE_GATEWAY_URL must be an absolute URL, not "${gatewayUrl}"`);
  }
  return { port, gatewayUrl, devTokens: env.WUYE_CONSOLE_DEV_TOKENS === 'true', distDir: env.WUYE_CONSOLE_DIST ?? DIST_DIR };
}
