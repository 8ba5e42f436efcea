// On PostgreSQL a sandbox lives in the first schema of its connection's
// search_path: other schemas of the same database (other sandboxes, other test
// files) are neither migrated, nor read, nor emptied by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sandbox } from '../../src/sandbox.ts';
import { freshDatabaseUrl, isPostgres } from '../support/server.ts';

test('reset empties its own schema only, and ignores tables only another schema has', { skip: !isPostgres && 'needs DATABASE_URL=postgres://...' }, async () => {
  const [a, b] = [await freshDatabaseUrl(), await freshDatabaseUrl()];
  try {
    const left = await Sandbox.open({ databaseUrl: a.url, rateLimits: false, adminKey: 'a' });
    const right = await Sandbox.open({ databaseUrl: b.url, rateLimits: false, adminKey: 'b' });
    try {
      await right.db.schema.createTable('only_in_right').addColumn('id', 'integer').execute();
      await right.db.insertInto('accounts').values({ id: 'right-only', parent_id: null, name: 'Right', plan: 'pro', created_at: 1 }).execute();
      await left.db.insertInto('accounts').values({ id: 'left-only', parent_id: null, name: 'Left', plan: 'pro', created_at: 1 }).execute();

      await left.reset();

      const ids = async (s: Sandbox) => (await s.db.selectFrom('accounts').select('id').orderBy('id').execute()).map((r) => r.id);
      assert.deepEqual(await ids(left), ['demo-account', 'demo-account-sub']);
      assert.deepEqual(await ids(right), ['demo-account', 'demo-account-sub', 'right-only']);
    } finally {
      await left.close();
      await right.close();
    }
  } finally {
    await a.cleanup();
    await b.cleanup();
  }
});
