// A database written by the previous build of main (commit e4c6940, demo
// seeded; test/fixtures/main-e4c6940.*) opens under this build, migrates and
// serves; and a migration added to a family's block after later blocks have
// run still applies to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql, type Kysely, type Migration } from 'kysely';
import { openStore, type Store } from '../../src/store/db.ts';
import { platformMigrations, type Dialect } from '../../src/store/migrations.ts';
import { gatherMigrations } from '../../src/kit/compose.ts';
import { families } from '../../src/families/index.ts';
import { freshDatabaseUrl, isPostgres, startServer, type FreshDatabase } from '../support/server.ts';

/** What this build runs at start: the platform's migrations and every family's. */
const migrations = gatherMigrations(families, platformMigrations);

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

// The two fixtures were seeded separately, so their random ids differ. Finding
// them proves the server serves the old rows rather than a new seed.
const OLD = isPostgres
  ? { ada: 'BRjjpuHmGPQcE_rmwsOMhs', mainSite: 'qQFDopdrIF0vj5zb3XZXMB', denver: 'lumaIy1EeEP8O2PGBZR5Eh' }
  : { ada: 'GJBhzXk6BAHTGtQiSFZ1TU', mainSite: 'zjk0g3gI7Ei-6rYrf8yDs9', denver: 'buHDAnp-x3eb_pMO015ea0' };

/** The migrations the previous build had run, all of them in the list of today's build. */
const OLD_MIGRATIONS = [
  '0001_platform',
  '0002_phone_org',
  '0400_users',
  '0500_numbers_filters',
  '0501_numbers_product_site',
  '0600_sip',
  '0700_sms',
  '0800_carriers',
  '0900_billing',
];

/** A database of its own holding the previous build's data: a copy of the SQLite file, or the dump loaded into a fresh schema. */
async function previousBuildDatabase(): Promise<FreshDatabase> {
  const fresh = await freshDatabaseUrl();
  if (!isPostgres) {
    // .sqlite rather than .db: .gitignore leaves out *.db, and with it the fixture.
    copyFileSync(fixture('main-e4c6940.sqlite'), fresh.url);
    return fresh;
  }
  const client = new pg.Client({ connectionString: fresh.url });
  await client.connect();
  try {
    await client.query(intoSearchPath(readFileSync(fixture('main-e4c6940.pg.sql'), 'utf8')));
  } finally {
    await client.end();
  }
  return fresh;
}

/**
 * pg_dump names every object public.x and empties search_path; unqualified, the
 * same statements build the schema that the connection's search_path names.
 */
function intoSearchPath(dump: string): string {
  return dump
    .split('\n')
    .filter((line) => !/^(CREATE SCHEMA public;|COMMENT ON SCHEMA public |SELECT pg_catalog\.set_config\('search_path')/.test(line))
    .join('\n')
    .replace(/(?<=[\s'(])public\./g, '');
}

async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return rows.map((r) => r.name).sort();
}

async function withStore<T>(url: string, known: (dialect: Dialect) => Record<string, Migration>, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url, known);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

test("the previous build's database opens, migrates and serves its demo data, and takes writes", async () => {
  const db = await previousBuildDatabase();
  try {
    const s = await startServer({ databaseUrl: db.url });
    try {
      const applied = await appliedMigrations(s.sandbox.db);
      assert.deepEqual(applied, Object.keys(migrations(s.sandbox.store.dialect)).sort());
      assert.deepEqual(applied.filter((name) => OLD_MIGRATIONS.includes(name)), OLD_MIGRATIONS);

      // The old app's hashed secret still issues tokens.
      const token = await s.token('demo-client-id', 'demo-client-secret', 'demo-account');
      const users = await s.api('GET', '/phone/users', { token });
      assert.equal(users.status, 200);
      assert.equal(users.body.total_records, 6);
      assert.deepEqual(
        users.body.users.map((u: any) => [u.name, u.email, u.extension_number, u.site.name]),
        [
          ['Ada Lovelace', 'ada@demo.switchboard.test', 101, 'Main Site'],
          ['Grace Hopper', 'grace@demo.switchboard.test', 102, 'Main Site'],
          ['Alan Turing', 'alan@demo.switchboard.test', 103, 'London Office'],
          ['Katherine Johnson', 'katherine@demo.switchboard.test', 104, 'Denver Office'],
          ['Edsger Dijkstra', 'edsger@demo.switchboard.test', 105, 'Denver Office'],
          ['Barbara Liskov', 'barbara@demo.switchboard.test', 106, 'Main Site'],
        ],
      );
      assert.equal(users.body.users[0].id, OLD.ada);
      assert.deepEqual(users.body.users[0].phone_numbers.map((n: any) => n.number), ['+14085551000']);

      const sites = await s.api('GET', '/phone/sites', { token });
      assert.equal(sites.status, 200);
      assert.deepEqual(
        sites.body.sites.map((x: any) => [x.id, x.name, x.site_code]),
        [
          [OLD.mainSite, 'Main Site', 100],
          [OLD.denver, 'Denver Office', 200],
          [sites.body.sites[2].id, 'London Office', 300],
        ],
      );

      const moved = await s.api('PATCH', `/phone/users/${OLD.ada}`, { token, body: { extension_number: '200555', site_id: OLD.denver } });
      assert.equal(moved.status, 204, JSON.stringify(moved.body));
      const ada = await s.api('GET', `/phone/users/${OLD.ada}`, { token });
      assert.equal(ada.body.extension_number, 200555);
      assert.equal(ada.body.site_id, OLD.denver);
      assert.equal(ada.body.email, 'ada@demo.switchboard.test');

      const created = await s.api('POST', '/phone/sites', {
        token,
        body: {
          name: 'Austin Office',
          auto_receptionist_name: 'Austin Reception',
          site_code: 400,
          default_emergency_address: { address_line1: '500 W 2nd St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' },
        },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const after = await s.api('GET', '/phone/sites', { token });
      assert.equal(after.body.total_records, 4);
      assert.deepEqual(after.body.sites.at(-1).id, created.body.id);
      assert.deepEqual(after.body.sites.map((x: any) => x.name), ['Main Site', 'Denver Office', 'London Office', 'Austin Office']);
    } finally {
      await s.close();
    }
  } finally {
    await db.cleanup();
  }
});

test('a migration added to an earlier block applies to a database that ran later blocks', async () => {
  const db = await previousBuildDatabase();
  try {
    const withProbe = (dialect: Dialect): Record<string, Migration> => ({
      ...migrations(dialect),
      '0401_users_upgrade_probe': {
        async up(k: Kysely<any>) {
          await k.schema
            .createTable('upgrade_probe')
            .addColumn('id', 'integer', (c) => c.primaryKey())
            .addColumn('note', 'text', (c) => c.notNull())
            .execute();
        },
      },
    });
    const before = await withStore(db.url, migrations, ({ db: k }) => appliedMigrations(k));
    assert.ok(before.includes('0500_numbers_filters'), 'the database has run a migration that sorts after the new one');
    await withStore(db.url, withProbe, async ({ db: k }) => {
      assert.deepEqual(await appliedMigrations(k), [...before, '0401_users_upgrade_probe'].sort());
      await (k as Kysely<any>).insertInto('upgrade_probe').values({ id: 1, note: 'written after the upgrade' }).execute();
    });
    // Opening again finds nothing to do, and the table kept its row.
    await withStore(db.url, withProbe, async ({ db: k }) => {
      const rows = await (k as Kysely<any>).selectFrom('upgrade_probe').selectAll().execute();
      assert.deepEqual(rows, [{ id: 1, note: 'written after the upgrade' }]);
    });
  } finally {
    await db.cleanup();
  }
});

test('a database that ran a migration this build does not know is refused, and left as it was', async () => {
  const db = await previousBuildDatabase();
  try {
    const newer = (dialect: Dialect): Record<string, Migration> => ({
      ...migrations(dialect),
      '9990_from_a_newer_build': { async up() {} },
    });
    await withStore(db.url, newer, async () => {});
    await assert.rejects(
      openStore(db.url, migrations),
      new Error(
        'This database was written by a newer Switchboard (migrations 9990_from_a_newer_build are unknown to this build). ' +
          'Upgrade Switchboard or point DATABASE_URL at another database.',
      ),
    );
    await withStore(db.url, newer, async ({ db: k }) => {
      assert.equal((await appliedMigrations(k)).at(-1), '9990_from_a_newer_build');
    });
  } finally {
    await db.cleanup();
  }
});
