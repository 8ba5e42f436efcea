// The group-call-pickup family's migrations. Names start with 1400_group_call_pickup:
// its tables name sites and extensions by id only (0299 and 0410 made them), and a
// name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function groupCallPickupMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1400_group_call_pickup': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('call_pickup_groups'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('extension_number', 'bigint')
          .addColumn('delay', 'integer', (c) => c.notNull())
          .addColumn('directed_call_pickup', 'integer', (c) => c.notNull())
          .addColumn('cost_center', 'text')
          .addColumn('department', 'text')
          .addColumn('sound_enable', 'integer', (c) => c.notNull())
          .addColumn('sound_ring_tone', 'text', (c) => c.notNull())
          .addColumn('sound_duration', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // A group's number is the account's once among its groups (groups without one, null, do not clash):
        // the database decides between two concurrent writers.
        await db.schema.createIndex('call_pickup_groups_number').on('call_pickup_groups').columns(['account_id', 'extension_number']).unique().execute();
        await db.schema.createIndex('call_pickup_groups_extension').on('call_pickup_groups').columns(['account_id', 'extension_id']).unique().execute();
        await db.schema.createIndex('call_pickup_groups_account').on('call_pickup_groups').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('call_pickup_groups_site').on('call_pickup_groups').columns(['account_id', 'site_id']).execute();

        await withSeq(db.schema.createTable('call_pickup_group_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('extension_type', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // An extension is a member of a group once: a second add, or two at once, cannot both win.
        await db.schema
          .createIndex('call_pickup_group_members_member')
          .on('call_pickup_group_members')
          .columns(['account_id', 'group_id', 'extension_id'])
          .unique()
          .execute();
        await db.schema.createIndex('call_pickup_group_members_group').on('call_pickup_group_members').columns(['account_id', 'group_id', 'seq']).execute();
        // The release of an extension finds its memberships by it.
        await db.schema.createIndex('call_pickup_group_members_extension').on('call_pickup_group_members').columns(['account_id', 'extension_id']).execute();
      },
    },
  };
}
