// What the seeded test template depends on: the dataset's shared modules and its registry and governance
// slices, and this package's seed. A change to any of them rebuilds the template (startSubgraphForTest's
// fingerprint); hashing files is much cheaper than hashing the generated rows.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['registry', 'governance'].includes(entry.name) || !dir.endsWith('dataset/src') ? sources(full) : [];
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

export function templateFingerprint(): string {
  const hash = createHash('sha256');
  const own = [path.join(ROOT, 'packages/governance/src/seed.ts')];
  for (const file of [...sources(path.join(ROOT, 'packages/dataset/src')), ...own].sort()) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
}
