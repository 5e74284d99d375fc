// Structured JSON logs (pino); every request's child logger carries its request id (and trace id).
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** A JWT (three base64url parts, the first two JSON objects: `eyJ…`) or a bearer / basic credential (16+ characters), wherever it stands. */
const CREDENTIAL = /\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]*|\b(Bearer|Basic)\s+[\w.~+/=-]{16,}/gi;

/** The line with every token replaced (what reaches the log stream). */
export const redactCredentials = (line: string): string => line.replace(CREDENTIAL, (_match, scheme?: string) => (scheme ? `${scheme} [redacted]` : '[redacted]'));

export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      // tokens never reach the logs, whatever a caller passes: the header by its known paths, and any
      // token-shaped text anywhere in the line (a message, an error, a URL) on its way out
      redact: { paths: ['authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
      hooks: { streamWrite: redactCredentials },
    },
    destination ?? pino.destination(1),
  );
}
