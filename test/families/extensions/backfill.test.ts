// A database made before the directory existed gets one when it upgrades: every
// user's extension and every site's main auto receptionist's, the first holder
// of a number kept where the old race had given it to several.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Migration } from 'kysely';
import { openStore } from '../../../src/store/db.ts';
import { platformMigrations, type Dialect } from '../../../src/store/migrations.ts';
import { gatherMigrations } from '../../../src/kit/compose.ts';
import { families } from '../../../src/families/index.ts';
import { freshDatabaseUrl, startServer } from '../../support/server.ts';
import { directory } from '../../support/extensions.ts';

const all = gatherMigrations(families, platformMigrations);
const withoutDirectory = (dialect: Dialect): Record<string, Migration> => {
  const { '0410_extensions': _directory, ...rest } = all(dialect);
  return rest;
};

const site = (id: string, account: string, extension: number | undefined, createdAt: number) => ({
  id, account_id: account, name: `Site ${id}`, site_code: null, main_site: 0, created_at: createdAt,
  data: JSON.stringify({ country: { code: 'US', name: 'United States' }, ...(extension === undefined ? {} : { main_auto_receptionist: { id: `ar-${id}`, extension_id: `arx-${id}`, extension_number: extension, name: `AR ${id}` } }) }),
});

const user = (id: string, account: string, extension: number | null, siteId: string | null, createdAt: number) => ({
  id, account_id: account, email: `${id}@legacy.test`, name: `User ${id}`, site_id: siteId, extension_id: `x-${id}`, extension_number: extension,
  phone_user_id: `p-${id}`, status: 'activate', department: null, cost_center: null, data: '{}', created_at: createdAt,
});

test('an existing database is backfilled; a later holder of a duplicated number is left out', async () => {
  const fresh = await freshDatabaseUrl();
  try {
    const old = await openStore(fresh.url, withoutDirectory);
    try {
      const db = old.db as any;
      await db.insertInto('accounts').values({ id: 'legacy', parent_id: null, name: 'Legacy', plan: 'business_plus', created_at: 1 }).execute();
      await db.insertInto('sites').values([site('s1', 'legacy', 500, 1), site('s2', 'legacy', 600, 3), site('s3', 'legacy', undefined, 3)]).execute();
      await db
        .insertInto('phone_users')
        .values([
          user('u1', 'legacy', 700, 's1', 2),
          user('u2', 'legacy', 700, 's2', 4), // the old race's second holder of 700
          user('u3', 'legacy', 500, 's2', 5), // took the receptionist of s1's number
          user('u4', 'legacy', null, 's1', 6),
          user('u5', 'other', 700, null, 7), // another account's 700
        ])
        .execute();
    } finally {
      await old.close();
    }

    const s = await startServer({ databaseUrl: fresh.url });
    try {
      const rows = (await directory(s, 'legacy')).map((e) => [e.kind, e.extension_number, e.owner_id, e.id, e.site_id]);
      assert.deepEqual(rows, [
        ['autoReceptionist', 500, 's1', 'arx-s1', 's1'],
        ['user', 700, 'u1', 'x-u1', 's1'],
        ['autoReceptionist', 600, 's2', 'arx-s2', 's2'],
      ]);
      assert.deepEqual((await directory(s, 'other')).map((e) => [e.extension_number, e.owner_id]), [[700, 'u5']]);

      // The directory now decides: the numbers it holds are refused to anyone else.
      const app = await s.admin('POST', '/accounts/legacy/apps', {});
      const token = await s.token(app.body.client_id, app.body.client_secret, 'legacy');
      const clash = await s.api('PATCH', '/phone/users/u4', { token, body: { extension_number: '600' } });
      assert.equal(clash.status, 409, JSON.stringify(clash.body));
      // A left-out holder keeps showing its number, and may take a free one.
      assert.equal((await s.api('GET', '/phone/users/u2', { token })).body.extension_number, 700);
      assert.equal((await s.api('PATCH', '/phone/users/u2', { token, body: { extension_number: '701' } })).status, 204);
      assert.deepEqual((await directory(s, 'legacy')).at(-1), { id: 'x-u2', kind: 'user', extension_number: 701, name: 'User u2', site_id: 's2', owner_id: 'u2' });
    } finally {
      await s.close();
    }
  } finally {
    await fresh.cleanup();
  }
});
