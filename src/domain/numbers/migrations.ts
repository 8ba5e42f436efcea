// The numbers room's migrations. Names start with 0500 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../../store/migrations.ts';

/** One index per list filter, each ending in seq so a filtered page is one index range. */
const FILTER_INDEXES: [string, string][] = [
  ['phone_numbers_product', 'allocated_product'],
  ['phone_numbers_type', 'number_type'],
  ['phone_numbers_status', 'status'],
  ['phone_numbers_source', 'source'],
  ['phone_numbers_assignee_type', 'assignee_type'],
];

export function numbersMigrations(_dialect: Dialect): Record<string, Migration> {
  return {
    '0500_numbers_filters': {
      async up(db: Kysely<any>) {
        for (const [name, column] of FILTER_INDEXES) {
          await db.schema.createIndex(name).on('phone_numbers').columns(['account_id', column, 'seq']).execute();
        }
      },
    },
  };
}
