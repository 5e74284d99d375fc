import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { createOrm, sql, type MikroORM } from './orm.js';
import { readableIds } from './readable-ids.js';

let database: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  database = await createTestDatabase('readable-ids');
  orm = await createOrm({ url: database.url, dbSchema: 'demo_ids', entities: [], migrations: [] });
  await sql(orm.em.fork(), 'create schema demo_ids; create sequence demo_ids.case_id_seq; select setval(\'demo_ids.case_id_seq\', 41)');
});
afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

describe('readableIds', () => {
  it('continues the sequence with the prefix and padding of its format, many in one statement', async () => {
    const ids = readableIds('demo_ids', { case: ['DC', 5] });
    expect(await ids.nextId(orm.em.fork(), 'case')).toBe('DC00042');
    expect(await ids.nextIds(orm.em.fork(), 'case', 3)).toEqual(['DC00043', 'DC00044', 'DC00045']);
    expect(await ids.nextIds(orm.em.fork(), 'case', 0)).toEqual([]);
  });
});
