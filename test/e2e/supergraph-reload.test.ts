// The gateway picks up a changed supergraph file without a restart.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

const gatewayUrl = inject('gatewayUrl');
const supergraphPath = inject('supergraphPath');

async function provinceName(): Promise<string | null> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ region(code: "350000") { name } }' }) });
  const json = (await response.json()) as { data?: { region: { name: string } | null } | null };
  return json.data?.region?.name ?? null;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('supergraph reload', () => {
  it('follows the file: a supergraph pointing registry elsewhere takes effect, and so does the original again', async () => {
    const original = fs.readFileSync(supergraphPath, 'utf8');
    const registryUrl = /name: "registry", url: "([^"]+)"/.exec(original)?.[1];
    expect(registryUrl).toBeDefined();
    try {
      fs.writeFileSync(supergraphPath, original.replace(registryUrl!, 'http://127.0.0.1:9/graphql')); // nothing listens on port 9
      await eventually(async () => (await provinceName()) === null);
    } finally {
      fs.writeFileSync(supergraphPath, original);
    }
    await eventually(async () => (await provinceName()) === '福建省');
  });
});
