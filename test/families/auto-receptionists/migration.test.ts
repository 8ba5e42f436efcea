// A database made before this family kept each site's main auto receptionist in
// the site's JSON data, and the directory named the site as its extension's
// owner. Upgrading makes each one a receptionist of this family, re-points the
// directory, and the sites API shows the same receptionist as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Migration } from 'kysely';
import { openStore } from '../../../src/store/db.ts';
import { platformMigrations, type Dialect } from '../../../src/store/migrations.ts';
import { gatherMigrations } from '../../../src/kit/compose.ts';
import { families } from '../../../src/families/index.ts';
import { freshDatabaseUrl, startServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { directory } from '../../support/extensions.ts';

const all = gatherMigrations(families, platformMigrations);
const withoutReceptionists = (dialect: Dialect): Record<string, Migration> => {
  const { '1380_auto_receptionists': _mine, '1381_extensions_auto_receptionist_owners': _owners, '1382_sites_main_receptionist_moved': _moved, ...rest } = all(dialect);
  return rest;
};

const legacySite = (id: string, main: number, extension: number) => ({
  id, account_id: 'legacy-ar', name: `Site ${id}`, site_code: null, main_site: main, created_at: 5,
  data: JSON.stringify({
    country: { code: 'US', name: 'United States' },
    short_extension: { length: 3 },
    main_auto_receptionist: { id: `ar-${id}`, extension_id: `arx-${id}`, extension_number: extension, name: `Desk ${id}` },
  }),
});

test("an existing database's main receptionists become receptionists of the family, the directory re-pointed", async () => {
  const fresh = await freshDatabaseUrl();
  try {
    const old = await openStore(fresh.url, withoutReceptionists);
    try {
      const db = old.db as any;
      await db.insertInto('accounts').values({ id: 'legacy-ar', parent_id: null, name: 'Legacy', plan: 'business_plus', created_at: 1 }).execute();
      await db.insertInto('sites').values([legacySite('s1', 1, 801), legacySite('s2', 0, 802)]).execute();
      // As the extensions migration (0410) and the sites family wrote them: owned by the site.
      await db
        .insertInto('extensions')
        .values(['s1', 's2'].map((id, i) => ({ account_id: 'legacy-ar', id: `arx-${id}`, kind: 'autoReceptionist', extension_number: 801 + i, name: `Desk ${id}`, site_id: id, owner_id: id })))
        .execute();
    } finally {
      await old.close();
    }

    const s = await startServer({ databaseUrl: fresh.url });
    try {
      assert.deepEqual(
        (await directory(s, 'legacy-ar')).map((e) => [e.id, e.owner_id, e.extension_number]),
        [['arx-s1', 'ar-s1', 801], ['arx-s2', 'ar-s2', 802]],
      );
      const app = await s.admin('POST', '/accounts/legacy-ar/apps', {});
      const token = await s.token(app.body.client_id, app.body.client_secret, 'legacy-ar');
      const list = await s.api('GET', '/phone/auto_receptionists', { token });
      assertContract('listAutoReceptionists', list);
      assert.deepEqual(
        list.body.auto_receptionists.map((r: { id: string; name: string; extension_number: number; site: { id: string } }) => [r.id, r.name, r.extension_number, r.site.id]),
        [['ar-s1', 'Desk s1', 801, 's1'], ['ar-s2', 'Desk s2', 802, 's2']],
      );
      // The sites' data let go of them; the sites API shows them as it did.
      const data = await s.sandbox.db.selectFrom('sites').select('data').where('account_id', '=', 'legacy-ar').execute();
      assert.ok(data.every((d) => !('main_auto_receptionist' in JSON.parse(d.data))));
      const site = await s.api('GET', '/phone/sites/s2', { token });
      assertContract('getPhoneSiteDetails', site);
      assert.deepEqual(site.body.main_auto_receptionist, { id: 'ar-s2', extension_id: 'arx-s2', extension_number: 802, name: 'Desk s2' });
      // They are the sites' main ones: not deleted but with their site, which frees their number.
      assertDocumentedError('deleteANonPrimaryAutoReceptionist', await s.api('DELETE', '/phone/auto_receptionists/ar-s2', { token }), 'unableToDeleteMainAutoReceptionist');
      assert.equal((await s.api('DELETE', '/phone/sites/s2', { token, query: { transfer_site_id: 's1' } })).status, 204);
      assert.deepEqual((await directory(s, 'legacy-ar')).map((e) => e.id), ['arx-s1']);
    } finally {
      await s.close();
    }
  } finally {
    await fresh.cleanup();
  }
});
