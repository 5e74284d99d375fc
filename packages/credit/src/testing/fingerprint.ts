// What the seeded test template depends on: the dataset's sources and this package's seed, scoring and
// evaluation SQL. A change to any of them rebuilds the template (startSubgraphForTest's fingerprint).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

export function templateFingerprint(): string {
  const hash = createHash('sha256');
  const own = ['seed.ts', 'evaluation.ts', 'scoring/sql.ts', 'rules/document.ts', 'rules/store.ts'].map((f) => path.join(ROOT, 'packages/credit/src', f));
  for (const file of [...sources(path.join(ROOT, 'packages/dataset/src')), ...own].sort()) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
}
