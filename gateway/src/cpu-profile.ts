// WUYE_GATEWAY_CPU_PROFILE=<file>: the gateway profiles its own CPU from start to stop and writes a
// .cpuprofile there (open it in Chrome DevTools or speedscope) — how the benchmark's findings are made:
// profiles, not guesses. NODE_OPTIONS cannot carry --cpu-prof, and the gateway runs as a child process.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function startCpuProfile(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
