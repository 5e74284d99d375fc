// The published contract's fields of a few entities, read from its SDL at build time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType } from 'graphql';

/** the SDL @wuye/client generates its types from */
export const CONTRACT_SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/contract/contract/schema.graphql');

export function contractSdl(): string {
  return fs.readFileSync(CONTRACT_SCHEMA, 'utf8');
}

export function contractFieldsOf(typeNames: string[], sdl: string = contractSdl()): Record<string, string[]> {
  const schema = buildSchema(sdl);
  return Object.fromEntries(
    typeNames.map((name) => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`the contract has no object type ${name}`);
      return [name, Object.keys(type.getFields()).sort()];
    }),
  );
}
