// The emergency-addresses family's migrations, named 4100_emergency_addresses…: they
// sort after the sites table (0299) whose rows 4100 reads. Before 4100 a site's default
// emergency address lived inside the site's JSON data; 4100 copies each one here with
// its id (the id users were given it by), and the sites family reads it from here since.
// A name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

interface LegacySiteAddress {
  id?: string;
  address_line1?: string;
  address_line2?: string;
  city?: string;
  state_code?: string;
  zip?: string;
  country?: string;
}

/** Every site's default emergency address becomes a company-level address of this family, the site's default, with its id. */
export async function copySiteDefaults(db: Kysely<any>): Promise<void> {
  const sites = await db.selectFrom('sites').select(['id', 'account_id', 'data', 'created_at']).orderBy('seq').execute();
  for (const site of sites) {
    const a = (JSON.parse(site.data) as { default_emergency_address?: LegacySiteAddress }).default_emergency_address;
    if (!a) continue;
    const at = Number(site.created_at);
    await db
      .insertInto('emergency_addresses')
      .values({
        id: a.id ?? `${site.id}-ea`, account_id: site.account_id, level: 0, site_id: site.id, owner_id: null,
        address_line1: a.address_line1 ?? '', address_line2: a.address_line2 ?? null, city: a.city ?? '', state_code: a.state_code ?? '',
        zip: a.zip ?? '', country: (a.country ?? '').toUpperCase(), status: 1, is_default: 1, default_of: `site:${site.id}`, created_at: at, updated_at: at,
      })
      .execute();
  }
}

export function emergencyAddressesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4100_emergency_addresses': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('emergency_addresses'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('level', 'integer', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('owner_id', 'text')
          .addColumn('address_line1', 'text', (c) => c.notNull())
          .addColumn('address_line2', 'text')
          .addColumn('city', 'text', (c) => c.notNull())
          .addColumn('state_code', 'text', (c) => c.notNull())
          .addColumn('zip', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('is_default', 'integer', (c) => c.notNull())
          .addColumn('default_of', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('emergency_addresses_account').on('emergency_addresses').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('emergency_addresses_site').on('emergency_addresses').columns(['account_id', 'site_id']).execute();
        await db.schema.createIndex('emergency_addresses_owner').on('emergency_addresses').columns(['account_id', 'owner_id']).execute();
        // One default per site, per user and per account: the database decides between two writers.
        await db.schema.createIndex('emergency_addresses_default').on('emergency_addresses').columns(['account_id', 'default_of']).unique().execute();
        await copySiteDefaults(db);
      },
    },
  };
}
