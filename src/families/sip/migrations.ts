// The sip room's migrations. Names start with 0600 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function sipMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0600_sip': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('sip_trunks'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sip_server_address', 'text', (c) => c.notNull())
          .addColumn('number_prefix', 'text', (c) => c.notNull())
          .addColumn('dnis', 'text', (c) => c.notNull())
          .addColumn('carrier', 'text', (c) => c.notNull())
          .addColumn('carrier_account', 'text', (c) => c.notNull())
          .addColumn('region', 'text', (c) => c.notNull())
          .addColumn('sbc_label', 'text', (c) => c.notNull())
          .addColumn('source_system', 'text', (c) => c.notNull())
          .addColumn('trunk_type', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sip_trunks_account').on('sip_trunks').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('sip_trunk_links'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('trunk_id', 'text', (c) => c.notNull())
          .addColumn('dnis', 'text', (c) => c.notNull())
          .addColumn('outbound_caller_id', 'text')
          .addColumn('source_system', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A trunk is given to an account once, and a DNIS routes to one account on a trunk:
        // both hold under concurrent assignments because the database enforces them.
        await db.schema.createIndex('sip_trunk_links_account_trunk').on('sip_trunk_links').columns(['account_id', 'trunk_id']).unique().execute();
        await db.schema.createIndex('sip_trunk_links_trunk_dnis').on('sip_trunk_links').columns(['trunk_id', 'dnis']).unique().execute();
        await db.schema.createIndex('sip_trunk_links_account').on('sip_trunk_links').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('sip_trunk_links_product').on('sip_trunk_links').columns(['account_id', 'source_system', 'seq']).execute();

        await withSeq(db.schema.createTable('sip_groups'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('send_sip_group_name', 'integer', (c) => c.notNull())
          .addColumn('trunk_id', 'text')
          .addColumn('source_system', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sip_groups_account').on('sip_groups').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('sip_groups_product').on('sip_groups').columns(['account_id', 'source_system', 'seq']).execute();

        await withSeq(db.schema.createTable('internal_numbers'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('display_number', 'text', (c) => c.notNull())
          .addColumn('labels', 'text', (c) => c.notNull())
          .addColumn('visible', 'integer', (c) => c.notNull())
          .addColumn('allow_join', 'integer', (c) => c.notNull())
          .addColumn('allow_for_external_meetings', 'integer', (c) => c.notNull())
          .addColumn('type', 'integer', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('languages', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('internal_numbers_number').on('internal_numbers').columns(['account_id', 'number']).unique().execute();
        await db.schema.createIndex('internal_numbers_account').on('internal_numbers').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('sip_phones'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('user_email', 'text', (c) => c.notNull())
          .addColumn('platform', 'text', (c) => c.notNull())
          .addColumn('user_name', 'text', (c) => c.notNull())
          .addColumn('authorization_name', 'text', (c) => c.notNull())
          .addColumn('password', 'text', (c) => c.notNull())
          .addColumn('domain', 'text', (c) => c.notNull())
          .addColumn('register_server', 'text', (c) => c.notNull())
          .addColumn('proxy_server', 'text', (c) => c.notNull())
          .addColumn('voice_mail', 'text', (c) => c.notNull())
          .addColumn('transport_protocol', 'text')
          .addColumn('registration_expire_time', 'integer', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // One registration per user and platform.
        await db.schema.createIndex('sip_phones_user_platform').on('sip_phones').columns(['account_id', 'user_id', 'platform']).unique().execute();
        await db.schema.createIndex('sip_phones_account').on('sip_phones').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
