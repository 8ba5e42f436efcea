// The phone-roles family's migrations. Names start with 3300_phone_roles: the tables
// reference no other at migration time, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function phoneRolesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3300_phone_roles': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_roles'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('builtin', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A name per account, and each built-in role once per account, decided by the
        // database: two concurrent writers cannot both win (NULLs, the copies, never collide).
        await db.schema.createIndex('phone_roles_name').on('phone_roles').columns(['account_id', 'name']).unique().execute();
        await db.schema.createIndex('phone_roles_builtin').on('phone_roles').columns(['account_id', 'builtin']).unique().execute();
        await db.schema.createIndex('phone_roles_account').on('phone_roles').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('phone_role_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('role_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // One phone role per user: a second add of the user anywhere loses to the first.
        await db.schema.createIndex('phone_role_members_user').on('phone_role_members').columns(['account_id', 'user_id']).unique().execute();
        await db.schema.createIndex('phone_role_members_role').on('phone_role_members').columns(['account_id', 'role_id', 'seq']).execute();

        await withSeq(db.schema.createTable('phone_role_targets'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('role_id', 'text', (c) => c.notNull())
          .addColumn('member_id', 'text', (c) => c.notNull())
          .addColumn('target_type', 'text', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('phone_role_targets_unique')
          .on('phone_role_targets')
          .columns(['account_id', 'role_id', 'member_id', 'target_type', 'target_id'])
          .unique()
          .execute();
        await db.schema.createIndex('phone_role_targets_target').on('phone_role_targets').columns(['account_id', 'target_id']).execute();
      },
    },
  };
}
