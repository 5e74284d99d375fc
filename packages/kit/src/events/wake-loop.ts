// The loop behind the relay and every subscriber: run a round; run again at once while there is more
// (or a notification came during the round); otherwise sleep until a PostgreSQL NOTIFY on the channel or
// the poll interval — polling is the safety net for a missed notification (a dropped connection, a
// restart). A failed round backs off, doubling up to 30 s.
import pg from 'pg';
import type { Logger } from '../logger.js';

/** what a round found: more work waiting, nothing left, or a failure (logged by the round itself) */
export type RoundOutcome = 'more' | 'idle' | 'failed';

export interface WakeLoopOptions {
  /** the PostgreSQL to LISTEN on */
  url: string;
  channel: string;
  /** which notifications concern this loop (default: all on the channel) */
  accept?: (payload: string | undefined) => boolean;
  pollMs: number;
  round: () => Promise<RoundOutcome>;
  log?: Logger;
}

export interface WakeLoop {
  /** look again now */
  wake(): void;
  close(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

export function startWakeLoop(options: WakeLoopOptions): WakeLoop {
  let closed = false;
  let signalled = false;
  let failures = 0;
  let wakeUp: (() => void) | undefined;
  const wake = () => {
    signalled = true;
    wakeUp?.();
  };

  const listener = new pg.Client({ connectionString: options.url });
  listener.on('error', (error) => options.log?.warn({ err: error, channel: options.channel }, 'LISTEN connection lost; polling only'));
  const listening = listener
    .connect()
    .then(() => listener.query(`listen ${options.channel}`))
    .then(() => listener.on('notification', (n) => (options.accept?.(n.payload) ?? true) && wake()))
    .catch((error: Error) => options.log?.warn({ err: error, channel: options.channel }, 'LISTEN failed; polling only'));

  const done = (async () => {
    await listening;
    while (!closed) {
      signalled = false;
      const outcome = await options.round().catch((error: unknown) => {
        if (!closed) options.log?.error({ err: error }, 'round failed; retrying');
        return 'failed' as const;
      });
      failures = outcome === 'failed' ? failures + 1 : 0;
      if (outcome === 'more' || (outcome === 'idle' && signalled)) continue;
      const pause = failures ? Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(failures, 9)) : options.pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        wakeUp = () => (clearTimeout(timer), resolve());
      });
      wakeUp = undefined;
    }
  })();

  return {
    wake,
    async close() {
      closed = true;
      wakeUp?.();
      await done;
      await listener.end().catch(() => undefined);
    },
  };
}
