// The draw's randomness: a counter-mode SHA-256 stream from the recorded seed. Block k is
// SHA-256("<seed>:<label>:<k>") read as eight big-endian 32-bit words; anyone with the seed can
// recompute every number with any SHA-256 implementation. Integers below n are taken by rejection
// (words at or above the largest multiple of n under 2^32 are skipped), so none is favoured.
import { createHash } from 'node:crypto';

const TWO_32 = 0x1_0000_0000;

export class DrawStream {
  private block = 0;
  private words: number[] = [];

  constructor(
    private readonly seed: string,
    private readonly label: string,
  ) {}

  /** the next 32-bit word of the stream */
  nextWord(): number {
    if (this.words.length === 0) {
      const digest = createHash('sha256').update(`${this.seed}:${this.label}:${this.block++}`, 'utf8').digest();
      for (let i = 28; i >= 0; i -= 4) this.words.push(digest.readUInt32BE(i)); // popped from the end: word 0 first
    }
    return this.words.pop()!;
  }

  /** a uniform integer in [0, n), n ≥ 1 */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`below(${n}): n must be an integer in 1..2^32`);
    if (n === 1) return 0;
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const word = this.nextWord();
      if (word < limit) return word % n;
    }
  }
}
