// The billing room's migrations. Names start with 0900 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function billingMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0900_billing': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('calling_plan_inventory'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('type', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('subscribed', 'integer', (c) => c.notNull())
          .addColumn('assigned', 'integer', (c) => c.notNull())
          .addColumn('billing_subscription_id', 'text')
          .addColumn('billing_subscription_name', 'text')
          .addColumn('billing_account_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // One subscription per plan type and account: assigning a type picks its row unambiguously.
        await db.schema.createIndex('calling_plan_inventory_type').on('calling_plan_inventory').columns(['account_id', 'type']).unique().execute();

        await withSeq(db.schema.createTable('phone_number_plans'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('number_type', 'text', (c) => c.notNull())
          .addColumn('subscribed', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_number_plans_account').on('phone_number_plans').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('billing_accounts'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('billing_accounts_site').on('billing_accounts').columns(['account_id', 'site_id', 'seq']).execute();
      },
    },
  };
}
