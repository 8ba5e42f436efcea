// The monitoring-groups family's migrations. Names start with 1300_monitoring_groups:
// its tables name sites (0299) and extensions (0410) by id only, and a name never
// changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function monitoringGroupsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1300_monitoring_groups': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('monitoring_groups'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'integer', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('privileges', 'text', (c) => c.notNull())
          .addColumn('prompt', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('monitoring_groups_account').on('monitoring_groups').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('monitoring_groups_site').on('monitoring_groups').columns(['account_id', 'site_id']).execute();

        await withSeq(db.schema.createTable('monitoring_group_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('exclusive_type', 'integer')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // An extension is in a group once, as a monitor or as monitored: the database refuses a second row.
        await db.schema
          .createIndex('monitoring_group_members_once')
          .on('monitoring_group_members')
          .columns(['account_id', 'group_id', 'extension_id'])
          .unique()
          .execute();
        // Monitored in one group of a type at most (monitors have no exclusive_type: nulls never collide).
        // Its leading columns serve the release of an extension too.
        await db.schema
          .createIndex('monitoring_group_members_exclusive')
          .on('monitoring_group_members')
          .columns(['account_id', 'extension_id', 'exclusive_type'])
          .unique()
          .execute();
        await db.schema
          .createIndex('monitoring_group_members_list')
          .on('monitoring_group_members')
          .columns(['account_id', 'group_id', 'role', 'seq'])
          .execute();
      },
    },
  };
}
