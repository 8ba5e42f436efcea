// The reports family's migrations, named 2740_reports: its rows name calls and
// legs by id only and read no other table. A name never changes once released.
// Each list index leads with the account and the filter it serves and ends in
// (start_at, seq), the keyset a page seeks to.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function reportsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2740_reports': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('call_charges'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('leg_id', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('end_at', 'bigint', (c) => c.notNull())
          .addColumn('charged', 'integer', (c) => c.notNull())
          .addColumn('billing_account_id', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        // One row per billed leg: a call handed over twice is refused the second time.
        await db.schema.createIndex('call_charges_leg').on('call_charges').columns(['account_id', 'leg_id']).unique().execute();
        await db.schema.createIndex('call_charges_start').on('call_charges').columns(['account_id', 'start_at', 'seq']).execute();
        await db.schema.createIndex('call_charges_charged').on('call_charges').columns(['account_id', 'charged', 'start_at', 'seq']).execute();
        await db.schema.createIndex('call_charges_billing').on('call_charges').columns(['account_id', 'billing_account_id', 'start_at', 'seq']).execute();
      },
    },
  };
}
