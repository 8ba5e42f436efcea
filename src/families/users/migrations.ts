// The users family's migrations. Names start with 03/04 so that a new database
// creates users after sites and before numbers; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function usersMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    // Databases made before families owned their tables have it from 0002_phone_org.
    '0399_users_table': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_users').ifNotExists(), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('extension_number', 'bigint')
          .addColumn('phone_user_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('department', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_users_account').ifNotExists().on('phone_users').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('phone_users_email').ifNotExists().on('phone_users').columns(['account_id', 'email']).unique().execute();
        await db.schema.createIndex('phone_users_site').ifNotExists().on('phone_users').columns(['account_id', 'site_id', 'seq']).execute();
      },
    },
    '0400_users': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_user_calling_plans'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('type', 'integer', (c) => c.notNull())
          .addColumn('billing_account_id', 'text')
          .addColumn('billing_subscription_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A user holds a plan type once, even under concurrent assignments.
        await db.schema.createIndex('phone_user_calling_plans_user').on('phone_user_calling_plans').columns(['user_id', 'type']).unique().execute();
        await db.schema.createIndex('phone_user_calling_plans_type').on('phone_user_calling_plans').columns(['account_id', 'type', 'user_id']).execute();
        // Extension numbers are looked up for uniqueness on every write that sets one.
        await db.schema.createIndex('phone_users_extension').on('phone_users').columns(['account_id', 'extension_number']).execute();
        await db.schema.createIndex('phone_users_status').on('phone_users').columns(['account_id', 'status', 'seq']).execute();
      },
    },
  };
}
