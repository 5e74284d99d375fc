// Every number the console shows claims a source: data-source="<operation> <path>". This checks the claim:
// the operation the page sent (captured from the browser's requests), asked again of the gateway with the
// same token, has at that path the value the page shows — formatted as a count, a rate in per cent, or an
// exact decimal.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { request } from './gateway-client.js';

interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

/** records the last request of each operation the page sends to /graphql */
export function recordOperations(page: Page): Map<string, Sent> {
  const sent = new Map<string, Sent>();
  page.on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = JSON.parse(r.postData() ?? '{}') as { operationName?: string; query?: string; variables?: Record<string, unknown> };
    if (body.operationName && body.query) sent.set(body.operationName, { query: body.query, variables: body.variables ?? {} });
  });
  return sent;
}

/** the value at `region.children[3].coverage.rate`; a `[]` step maps over the list */
function at(data: unknown, path: string): unknown {
  let values: unknown[] = [data];
  for (const step of path.split('.')) {
    const [, name, index] = /^([^[]+)(?:\[(\d*)\])?$/.exec(step)!;
    values = values.flatMap((v) => {
      const next = (v as Record<string, unknown> | null | undefined)?.[name!];
      if (index === undefined) return [next];
      if (!Array.isArray(next)) return [undefined];
      return index === '' ? next : [next[Number(index)]];
    });
  }
  return path.includes('[]') ? values : values[0];
}

const shownAs = (value: number) => [value.toLocaleString('en-US'), `${(value * 100).toFixed(1)}%`, String(value)];

/** checks every figure on the page against its operation's answer; returns how many were checked */
export async function expectFiguresMatchTheirQuery(page: Page, sent: Map<string, Sent>, token: string): Promise<number> {
  const figures = await page.locator('[data-source]').evaluateAll((elements) => elements.map((e) => ({ source: e.getAttribute('data-source')!, text: (e as HTMLElement).innerText.trim() })));
  expect(figures.length).toBeGreaterThan(0);
  const answers = new Map<string, unknown>();
  for (const { source, text } of figures) {
    const [operation, path] = source.split(' ') as [string, string];
    const asked = sent.get(operation);
    expect(asked, `the page sent ${operation}`).toBeDefined();
    if (!answers.has(operation)) answers.set(operation, (await request(asked!.query, token, asked!.variables)).data);
    const value = at(answers.get(operation), path);
    expect(value, `${source} is in the answer`).not.toBeUndefined();
    if (path.includes('[]')) {
      expect((value as unknown[]).every((v) => v !== undefined), `${source}: every item has it`).toBe(true);
    } else if (value === null) {
      expect(text, source).toBe('—');
    } else if (typeof value === 'number') {
      expect(shownAs(value), `${source} shows ${text}`).toContain(text);
    } else if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) {
      expect(text.replace(/[¥,]/g, ''), source).toBe(value); // exact decimals: every digit as sent
    }
  }
  return figures.length;
}
