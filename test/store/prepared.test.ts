import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/db.ts';
import { platformMigrations } from '../../src/store/migrations.ts';
import { prepared } from '../../src/store/prepared.ts';
import { freshDatabaseUrl } from '../support/server.ts';

let store: Store;
let cleanup: () => Promise<void>;
before(async () => {
  const fresh = await freshDatabaseUrl();
  cleanup = fresh.cleanup;
  store = await openStore(fresh.url, platformMigrations);
  await store.db
    .insertInto('accounts')
    .values([
      { id: 'a', parent_id: null, name: 'Alpha', plan: 'pro', created_at: 1 },
      { id: 'b', parent_id: null, name: 'Beta', plan: 'business_plus', created_at: 2 },
      { id: 'c', parent_id: 'b', name: 'Gamma', plan: 'pro', created_at: 3 },
    ])
    .execute();
});
after(async () => {
  await store.close();
  await cleanup();
});

const byPlanAfter = prepared((db, p: { plan: string; after: number }) =>
  // 'b' is a constant of the query, not a named value: it must stay bound as written.
  db.selectFrom('accounts').select('id').where('plan', '=', p.plan).where('created_at', '>', p.after).where('id', '!=', 'b').orderBy('id'),
);

test('a prepared query binds each call its own values, and keeps its constants', async () => {
  assert.deepEqual(await byPlanAfter(store.db, { plan: 'pro', after: 0 }), [{ id: 'a' }, { id: 'c' }]);
  assert.deepEqual(await byPlanAfter(store.db, { plan: 'pro', after: 1 }), [{ id: 'c' }]);
  // business_plus is held only by 'b', which the constant excludes.
  assert.deepEqual(await byPlanAfter(store.db, { plan: 'business_plus', after: 0 }), []);
});

test('concurrent calls of one prepared query do not mix their values', async () => {
  const results = await Promise.all([0, 1, 2, 3].map((after) => byPlanAfter(store.db, { plan: 'pro', after })));
  assert.deepEqual(results.map((r) => r.map((x) => x.id).join()), ['a,c', 'c', 'c', '']);
});

test('a prepared query runs inside a transaction and sees its uncommitted writes', async () => {
  await store.db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('accounts').values({ id: 'd', parent_id: null, name: 'Delta', plan: 'pro', created_at: 4 }).execute();
      assert.deepEqual(await byPlanAfter(trx, { plan: 'pro', after: 3 }), [{ id: 'd' }]);
      throw new Error('roll back');
    })
    .catch((e: Error) => assert.equal(e.message, 'roll back'));
  assert.deepEqual(await byPlanAfter(store.db, { plan: 'pro', after: 3 }), []);
});

test('a named value used where SQL text goes is refused, not inlined', async () => {
  const unsafe = prepared((db, p: { column: string }) => db.selectFrom('accounts').select('id').orderBy(p.column as 'id'));
  await assert.rejects(() => unsafe(store.db, { column: 'name' }), /used a value as SQL text/);
});
