// The users room's migrations. Names start with 0400 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function usersMigrations(dialect: Dialect): Record<string, Migration> {
  return {
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
