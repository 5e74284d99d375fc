// CI's contract rules on a copy of the published contract: out-of-date files and unversioned
// breaking changes fail, a proper major bump passes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTRACT_ROOT, loadContract } from '@wuye/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContract, type Composition } from './contract.js';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copyOfContract(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-'));
  copies.push(dir);
  for (const entry of ['package.json', 'contract', 'history']) fs.cpSync(path.join(CONTRACT_ROOT, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

const published = loadContract();
const asPublished: Composition = { schema: published.schema, subgraphs: published.subgraphs };
/** the API schema without a field clients may use */
const withoutHouseholds = published.schema.replace(/\n\s*"""户数"""\n\s*households: Int!/, '');

describe('wuye contract check', () => {
  it('passes when the contract matches the code', async () => {
    expect(await checkContract(copyOfContract(), asPublished)).toEqual([]);
  });

  it('fails when the code changed and the contract was not updated', async () => {
    expect(withoutHouseholds).not.toBe(published.schema);
    const problems = await checkContract(copyOfContract(), { ...asPublished, schema: withoutHouseholds });
    expect(problems).toEqual([expect.stringMatching(/out of date with the code .*run `npx wuye contract update`/)]);
  });

  it('fails on a published breaking change without a major bump, and passes with one', async () => {
    const publish = (dir: string, version: string) => {
      fs.writeFileSync(path.join(dir, 'history', `${version}.graphql`), withoutHouseholds);
      fs.writeFileSync(path.join(dir, 'contract', 'schema.graphql'), withoutHouseholds);
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@wuye/contract', version }));
    };
    const [major] = published.version.split('.').map(Number) as [number];
    const minorBump = copyOfContract();
    publish(minorBump, `${major}.99.0`);
    const problems = await checkContract(minorBump, { ...asPublished, schema: withoutHouseholds });
    expect(problems).toEqual([expect.stringMatching(new RegExp(`contract ${major}\\.99\\.0 breaks ${published.version.replace(/\./g, '\\.')} without a major version bump`))]);
    const majorBump = copyOfContract();
    publish(majorBump, `${major + 1}.0.0`);
    expect(await checkContract(majorBump, { ...asPublished, schema: withoutHouseholds })).toEqual([]);
  });
});
