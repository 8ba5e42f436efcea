// The emergency-locations family's migrations, named 4150_emergency_locations…; the
// table references no other at migration time, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function emergencyLocationsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4150_emergency_locations': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('emergency_locations'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('identifier', 'text')
          .addColumn('parent_id', 'text')
          .addColumn('parent_key', 'text', (c) => c.notNull())
          .addColumn('depth', 'integer', (c) => c.notNull())
          .addColumn('emergency_address_id', 'text', (c) => c.notNull())
          .addColumn('elin_number_id', 'text')
          .addColumn('sip_group_id', 'text')
          .addColumn('minimum_match_criteria', 'integer', (c) => c.notNull())
          .addColumn('bssids', 'text', (c) => c.notNull())
          .addColumn('private_ips', 'text', (c) => c.notNull())
          .addColumn('public_ips', 'text', (c) => c.notNull())
          .addColumn('network_switches', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // "This location display_name already exists.": one name among a parent's sub-locations
        // (and among the account's top locations); "This location identifier already exists.";
        // "A phone number can not be bound to multiple locations at the same time." — each
        // decided by the database, so two concurrent writes cannot both win.
        await db.schema.createIndex('emergency_locations_name').on('emergency_locations').columns(['account_id', 'parent_key', 'name']).unique().execute();
        await db.schema.createIndex('emergency_locations_identifier').on('emergency_locations').columns(['account_id', 'identifier']).unique().execute();
        await db.schema.createIndex('emergency_locations_elin').on('emergency_locations').columns(['account_id', 'elin_number_id']).unique().execute();
        await db.schema.createIndex('emergency_locations_account').on('emergency_locations').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('emergency_locations_parent').on('emergency_locations').columns(['account_id', 'parent_id']).execute();
      },
    },
  };
}
