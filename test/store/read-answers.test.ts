// On SQLite a read's answer is kept until the database changes (src/store/db.ts).
// Each way it can change must be seen: a write of this connection, a commit of
// another connection, and rows read inside a transaction that rolls back; and
// what is not a plain read (a write that returns rows, chance) is never kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { openStore, type Store } from '../../src/store/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-reads-'));
const file = join(dir, 'reads.db');
let store: Store;
// The tests make their own table; the store's types know only the product's.
let db: Kysely<any>;

before(async () => {
  store = await openStore(file, () => ({
    '0001_items': {
      up: async (k: Kysely<any>) => {
        await k.schema.createTable('items').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('kind', 'text', (c) => c.notNull()).execute();
      },
    },
  }));
  db = store.db as Kysely<any>;
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (kind: string, on: Kysely<any> = db) =>
  Number((await on.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', kind).executeTakeFirstOrThrow()).n);

test("a write of the store's own connection changes the next count", async () => {
  assert.equal(await count('a'), 0);
  await db.insertInto('items').values({ kind: 'a' }).execute();
  assert.equal(await count('a'), 1);
  await db.deleteFrom('items').where('kind', '=', 'a').execute();
  assert.equal(await count('a'), 0);
});

test('a commit of another connection (another process) changes the next count', async () => {
  assert.equal(await count('b'), 0);
  const other = new SQLite(file);
  try {
    other.prepare("insert into items (kind) values ('b'), ('b')").run();
  } finally {
    other.close();
  }
  assert.equal(await count('b'), 2);
});

test('rows counted inside a transaction that rolls back are not counted after it', async () => {
  assert.equal(await count('c'), 0);
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ kind: 'c' }).execute();
      assert.equal(await count('c', trx), 1);
      throw new Error('roll back');
    }),
    /roll back/,
  );
  assert.equal(await count('c'), 0);
});

test('rows read, not only counted, follow every write', async () => {
  const kinds = () => db.selectFrom('items').select('kind').where('kind', 'in', ['e', 'f']).orderBy('id').execute();
  assert.deepEqual(await kinds(), []);
  await db.insertInto('items').values({ kind: 'e' }).execute();
  assert.deepEqual(await kinds(), [{ kind: 'e' }]);
  await db.updateTable('items').set({ kind: 'f' }).where('kind', '=', 'e').execute();
  assert.deepEqual(await kinds(), [{ kind: 'f' }]);
});

test('a write that returns rows, and a read of chance, run every time', async () => {
  const add = () => db.insertInto('items').values({ kind: 'g' }).returning('id').executeTakeFirstOrThrow();
  const [a, b] = [await add(), await add()];
  assert.notEqual(a.id, b.id);
  assert.equal(await count('g'), 2);
  const draws = new Set<number>();
  for (let i = 0; i < 5; i++) draws.add(Number((await db.selectNoFrom((eb) => eb.fn<number>('random', []).as('r')).executeTakeFirstOrThrow()).r));
  assert.ok(draws.size > 1, 'random() answered the same five times');
});

test('a kept answer is handed out as a new row each time', async () => {
  const q = () => db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'd').executeTakeFirstOrThrow();
  const first = await q();
  first.n = 99;
  assert.equal(Number((await q()).n), 0);
});
