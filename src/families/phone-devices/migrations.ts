// The phone-devices family's migrations. Names start with 3700_phone_devices: its
// tables name extensions, sites and provision templates by id only, and a name never
// changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function phoneDevicesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3700_phone_devices': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_devices'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('mac_address', 'text', (c) => c.notNull())
          .addColumn('brand', 'text', (c) => c.notNull())
          .addColumn('model', 'text')
          .addColumn('site_id', 'text')
          .addColumn('provision_template_id', 'text')
          .addColumn('provision_type', 'text', (c) => c.notNull())
          .addColumn('call_control', 'text', (c) => c.notNull())
          .addColumn('hot_desking', 'text', (c) => c.notNull())
          .addColumn('private_ip', 'text', (c) => c.notNull())
          .addColumn('public_ip', 'text', (c) => c.notNull())
          .addColumn('rebooted_at', 'bigint')
          .addColumn('synced_at', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // A MAC address is one phone's in the whole sandbox, whichever account added it: the database decides.
        await db.schema.createIndex('phone_devices_mac').on('phone_devices').column('mac_address').unique().execute();
        await db.schema.createIndex('phone_devices_account').on('phone_devices').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('phone_devices_template').on('phone_devices').columns(['account_id', 'provision_template_id']).execute();

        await withSeq(db.schema.createTable('phone_device_assignees'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('device_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('extension_type', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('slot', 'integer')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_device_assignees_pair').on('phone_device_assignees').columns(['account_id', 'device_id', 'extension_id']).unique().execute();
        // "Each user can be assigned up to 3 desk phones": slots 1..3 of a user's extension, taken by the database.
        await db.schema.createIndex('phone_device_assignees_slot').on('phone_device_assignees').columns(['account_id', 'extension_id', 'slot']).unique().execute();
        await db.schema.createIndex('phone_device_assignees_owner').on('phone_device_assignees').columns(['account_id', 'owner_id']).execute();

        await db.schema
          .createTable('phone_line_key_sets')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_line_key_sets_extension').on('phone_line_key_sets').columns(['account_id', 'extension_id']).unique().execute();

        await withSeq(db.schema.createTable('phone_line_keys'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('key_index', 'integer', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('alias', 'text')
          .addColumn('target_extension_id', 'text')
          .addColumn('speed_dial_number', 'text')
          .addColumn('retrieval_code', 'text')
          .addColumn('outbound_caller_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_line_keys_position').on('phone_line_keys').columns(['account_id', 'extension_id', 'key_index']).unique().execute();
        await db.schema.createIndex('phone_line_keys_target').on('phone_line_keys').columns(['account_id', 'target_extension_id']).execute();

        await withSeq(db.schema.createTable('phone_smartphones'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('device_name', 'text', (c) => c.notNull())
          .addColumn('device_type', 'text', (c) => c.notNull())
          .addColumn('serial_number', 'text', (c) => c.notNull())
          .addColumn('public_ip', 'text')
          .addColumn('activation_time', 'bigint')
          .addColumn('extension_id', 'text')
          .addColumn('site_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_smartphones_account').on('phone_smartphones').columns(['account_id', 'seq']).execute();

        await db.schema
          .createTable('phone_device_syncs')
          .addColumn('account_id', 'text', (c) => c.notNull().unique())
          .addColumn('synced_at', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
  };
}
