// Structured JSON logs (pino); every request's child logger carries its request id.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    // tokens never reach the logs, whatever a caller passes
    redact: { paths: ['authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
