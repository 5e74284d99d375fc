import { describe, expect, it } from 'vitest';
import { contractFieldsOf } from '../../build/contract-fields.js';
import { enumTypesOf, pluginFields, pluginSelection, withSelection, type IntrospectedField, type IntrospectedType, type TypeRef } from './plugin-fields.js';
import { EstatePageDocument } from '@wuye/client';

const scalar = (name: string): TypeRef => ({ kind: 'SCALAR', name, ofType: null });
const nonNull = (type: TypeRef): TypeRef => ({ kind: 'NON_NULL', name: null, ofType: type });
const list = (type: TypeRef): TypeRef => ({ kind: 'LIST', name: null, ofType: type });
const object = (name: string): TypeRef => ({ kind: 'OBJECT', name, ofType: null });
const field = (name: string, type: TypeRef, args: IntrospectedField['args'] = []): IntrospectedField => ({ name, description: null, args, type });

const estate: IntrospectedType = {
  name: 'ResidentialEstate',
  kind: 'OBJECT',
  fields: [
    field('id', nonNull(scalar('ID'))),
    field('name', nonNull(scalar('String'))),
    field('xiamenBundle', object('XiamenBundle')),
    field('zhangzhouGridCases', list(nonNull(object('ZhangzhouGridCase'))), [{ name: 'openOnly', type: scalar('Boolean'), defaultValue: null }]),
    field('longyanNeedsArg', scalar('Int'), [{ name: 'year', type: nonNull(scalar('Int')), defaultValue: null }]),
    field('longyanNothingToShow', object('LongyanOnlyObjects')),
  ],
};
const types = new Map<string, IntrospectedType>([
  ['XiamenBundle', { name: 'XiamenBundle', kind: 'OBJECT', fields: [field('id', nonNull(scalar('ID'))), field('name', scalar('String')), field('estates', list(object('ResidentialEstate')))] }],
  ['ZhangzhouGridCase', { name: 'ZhangzhouGridCase', kind: 'OBJECT', fields: [field('id', nonNull(scalar('ID'))), field('state', nonNull({ kind: 'ENUM', name: 'S', ofType: null }))] }],
  ['LongyanOnlyObjects', { name: 'LongyanOnlyObjects', kind: 'OBJECT', fields: [field('estate', object('ResidentialEstate'))] }],
]);

describe("the plugins' fields on the estate page", () => {
  it('are the fields the contract does not define, without those that need an argument', () => {
    expect(pluginFields(estate, ['id', 'name']).map((f) => f.name)).toEqual(['xiamenBundle', 'zhangzhouGridCases', 'longyanNothingToShow']);
  });

  it('are selected with their scalar sub-fields; an object with none is left out', () => {
    expect(pluginSelection(pluginFields(estate, ['id', 'name']), types)).toBe('xiamenBundle { id name } zhangzhouGridCases { id state }');
  });

  it('join the estate page’s one query inside estate(id:)', () => {
    const text = withSelection(EstatePageDocument.toString(), 'estate(id: $id) {', 'xiamenBundle { id name }');
    expect(text).toMatch(/estate\(id: \$id\) \{\n\s+xiamenBundle \{ id name \}/);
    expect(text.match(/query EstatePage/g)).toHaveLength(1);
    expect(() => withSelection('query X { other }', 'estate(id: $id) {', 'a')).toThrow(/no "estate\(id: \$id\) \{"/);
  });

  it('compare against the published contract, which has no plugin field', () => {
    const fields = contractFieldsOf(['ResidentialEstate']).ResidentialEstate!;
    expect(fields).toContain('publicRevenue');
    expect(fields.filter((f) => /^(xiamen|zhangzhou|longyan)/.test(f))).toEqual([]);
  });
});

describe('enum labels for the plugins’ fields', () => {
  it('collects the enum types among the objects’ scalar sub-fields', () => {
    expect(enumTypesOf(types.values())).toEqual(['S']);
  });
});
