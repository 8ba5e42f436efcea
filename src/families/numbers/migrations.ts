// The numbers family's migrations. Names start with 04/05 so that a new database
// creates numbers after sites and users; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

/** One index per list filter, each ending in seq so a filtered page is one index range. */
const FILTER_INDEXES: [string, string][] = [
  ['phone_numbers_product', 'allocated_product'],
  ['phone_numbers_type', 'number_type'],
  ['phone_numbers_status', 'status'],
  ['phone_numbers_source', 'source'],
  ['phone_numbers_assignee_type', 'assignee_type'],
];

export function numbersMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    // Databases made before families owned their tables have it from 0002_phone_org.
    '0499_numbers_table': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_numbers').ifNotExists(), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('number_type', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('allocated_product', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('assignee_type', 'text')
          .addColumn('assignee_id', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A number exists once in the whole sandbox, as on the real network.
        await db.schema.createIndex('phone_numbers_number').ifNotExists().on('phone_numbers').column('number').unique().execute();
        await db.schema.createIndex('phone_numbers_account').ifNotExists().on('phone_numbers').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('phone_numbers_assignee').ifNotExists().on('phone_numbers').columns(['account_id', 'assignee_id']).execute();
        await db.schema.createIndex('phone_numbers_site').ifNotExists().on('phone_numbers').columns(['account_id', 'site_id', 'seq']).execute();
      },
    },
    '0500_numbers_filters': {
      async up(db: Kysely<any>) {
        for (const [name, column] of FILTER_INDEXES) {
          await db.schema.createIndex(name).on('phone_numbers').columns(['account_id', column, 'seq']).execute();
        }
      },
    },
    '0501_numbers_product_site': {
      async up(db: Kysely<any>) {
        // Every Zoom Phone list filters by product, and most by site too. Without this
        // index a page by site counted total_records by reading each row of the product
        // (8.9 ms at 100k numbers); with it the count reads the index alone (0.8 ms).
        await db.schema.createIndex('phone_numbers_product_site').on('phone_numbers').columns(['account_id', 'allocated_product', 'site_id', 'seq']).execute();
      },
    },
  };
}
