// The policies family's migrations. Names start with 3900_policies: the tables
// reference no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function policiesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3900_policies': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_groups'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_groups_account').on('phone_groups').columns(['account_id', 'seq']).execute();
        await db.schema
          .createTable('phone_group_members')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .execute();
        // A user inherits from one group, its main one.
        await db.schema.createIndex('phone_group_members_user').on('phone_group_members').columns(['account_id', 'user_id']).unique().execute();
        await db.schema.createIndex('phone_group_members_group').on('phone_group_members').columns(['account_id', 'group_id']).execute();
        await db.schema
          .createTable('phone_policies')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .addColumn('policy_type', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('locked', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // One row per level and policy: concurrent first changes meet here and merge (store.ts).
        await db.schema
          .createIndex('phone_policies_key')
          .on('phone_policies')
          .columns(['account_id', 'level', 'target_id', 'policy_type'])
          .unique()
          .execute();
      },
    },
  };
}
