// The carriers room's migrations. Names start with 0800 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function carriersMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0800_carriers': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('carriers'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('code', 'integer', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('client_id', 'text')
          .addColumn('sip_trunks', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('carriers_account').on('carriers').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('carrier_numbers'), dialect)
          .addColumn('number_id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('customer_account_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('carrier_code', 'integer', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('sip_trunk_name', 'text')
          .addColumn('billing_ref_id', 'text')
          .addColumn('service_info', 'text')
          .addColumn('active', 'integer', (c) => c.notNull())
          .addColumn('assigned_status', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // One index per list filter, each ending in seq so a filtered page is one index range.
        const indexes: [string, string[]][] = [
          ['carrier_numbers_kind', ['account_id', 'kind', 'seq']],
          ['carrier_numbers_customer', ['account_id', 'kind', 'customer_account_id', 'seq']],
          ['carrier_numbers_code', ['account_id', 'kind', 'carrier_code', 'seq']],
          ['carrier_numbers_assigned', ['account_id', 'kind', 'assigned_status', 'seq']],
          ['carrier_numbers_number', ['account_id', 'number']],
        ];
        for (const [name, columns] of indexes) await db.schema.createIndex(name).on('carrier_numbers').columns(columns).execute();

        await withSeq(db.schema.createTable('port_orders'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('numbers', 'text', (c) => c.notNull())
          .addColumn('replacing_numbers', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'bigint')
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('port_orders_account').on('port_orders').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
