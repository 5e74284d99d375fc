// The operations against the published contract: every one validates; a contract without a field an
// operation uses fails validation and generation with a message naming the operation and the field; the
// committed src/generated/ is what generation gives now (a stale copy fails), and generation is reproducible.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, Kind, parse, print, visit, type ObjectTypeDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT_SCHEMA, generateClient, OperationsInvalidError, readOperations, staleFiles, validateOperations } from '../scripts/codegen.js';

const contract = fs.readFileSync(CONTRACT_SCHEMA, 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-client-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** a copy of the contract without `type.field` */
function contractWithout(type: string, field: string): string {
  let removed = false;
  const edited = visit(parse(contract), {
    ObjectTypeDefinition(node: ObjectTypeDefinitionNode) {
      if (node.name.value !== type) return undefined;
      const fields = node.fields?.filter((f) => f.name.value !== field);
      removed = fields?.length !== node.fields?.length;
      return { ...node, fields };
    },
  });
  expect(removed).toBe(true);
  return print(edited);
}

describe('the operations against the published contract', () => {
  it('every operation in operations/ is valid against packages/contract/contract/schema.graphql', () => {
    const files = readOperations();
    expect(files.map((f) => f.name)).toEqual([
      'operations/company-credit.graphql',
      'operations/credit-ranking.graphql',
      'operations/estate-page.graphql',
      'operations/province-overview.graphql',
      'operations/rankings.graphql',
      'operations/region-drill-down.graphql',
      'operations/region-tree.graphql',
      'operations/regulations-search.graphql',
    ]);
    expect(validateOperations(contract, files)).toEqual([]);
  });

  it('names every operation once, and every operation has a name', () => {
    const names = readOperations().flatMap((f) =>
      parse(f.text).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : [])),
    );
    expect(names.sort()).toEqual(['CompanyCredit', 'CreditRanking', 'EstatePage', 'ProvinceOverview', 'Rankings', 'RegionDrillDown', 'RegionTree', 'SearchRegulations']);
  });

  it('a contract without a field an operation uses: validation names the file, the operation and the field', () => {
    const broken = contractWithout('ResidentialEstate', 'partyBranch');
    expect(() => buildSchema(broken)).not.toThrow();
    const problems = validateOperations(broken, readOperations());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^operations\/estate-page\.graphql:\d+:\d+ query EstatePage: Cannot query field "partyBranch" on type "ResidentialEstate"/);
  });

  it('a field used in a shared fragment: the fragment is named', () => {
    const problems = validateOperations(contractWithout('RegionCoverage', 'withoutService'), readOperations());
    expect(problems).toEqual([expect.stringMatching(/^operations\/province-overview\.graphql:\d+:\d+ fragment RegionFigures: Cannot query field "withoutService" on type "RegionCoverage"/)]);
  });

  it('and generation fails with that message (so does `npm run build`, which checks the generated code first)', async () => {
    const schemaPath = path.join(dir, 'broken.graphql');
    fs.writeFileSync(schemaPath, contractWithout('PropertyCompany', 'credit'));
    const failure = await generateClient({ schemaPath }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationsInvalidError);
    const message = (failure as Error).message;
    expect(message).toContain('operations/company-credit.graphql');
    expect(message).toMatch(/query CompanyCredit: Cannot query field "credit" on type "PropertyCompany"/);
    expect(message).toMatch(/query EstatePage: Cannot query field "credit" on type "PropertyCompany"/);
  });
});

describe('generation', () => {
  it('the committed src/generated/ is up to date with the contract and the operations (else: npm run generate)', async () => {
    const files = await generateClient();
    expect([...files.keys()]).toEqual(['graphql.ts']);
    expect(staleFiles(files)).toEqual([]);
  });

  it('is reproducible: twice → byte-identical, with no machine-specific path in it', async () => {
    const [a, b] = [await generateClient(), await generateClient()];
    expect([...a.entries()]).toEqual([...b.entries()]);
    const text = a.get('graphql.ts')!;
    expect(text).not.toContain(path.resolve('/work'));
    expect(text).not.toContain(os.tmpdir());
    expect(text).not.toMatch(/from 'graphql'|from "graphql"/); // no graphql-js at run time
  });

  it('a stale copy is detected', async () => {
    const files = await generateClient();
    const stale = path.join(dir, 'stale');
    fs.mkdirSync(stale);
    fs.writeFileSync(path.join(stale, 'graphql.ts'), files.get('graphql.ts')!.replace('rate: number | null', 'rate: number'));
    fs.writeFileSync(path.join(stale, 'old.ts'), '');
    expect(staleFiles(files, stale)).toEqual(['graphql.ts differs', 'old.ts is not generated any more']);
  });
});
