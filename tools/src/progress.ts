// Readable progress lines for the CLI: `[wuye] step … (123 ms)`.
const started = performance.now();

export function step(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[wuye ${seconds}s] ${message}`);
}

export async function timed<T>(message: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await work();
  step(`${message} (${Math.round(performance.now() - t)} ms)`);
  return result;
}
