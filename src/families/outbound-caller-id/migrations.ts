// The outbound-caller-id family's migrations. Names start with 3800_outbound_caller_id:
// the table references no other (numbers, sites and users are checked through their
// families' public.ts), and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function outboundCallerIdMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3800_outbound_caller_id_numbers': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('outbound_caller_id_numbers'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .addColumn('number_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A number is in one list once: the database decides, so two concurrent adds of
        // one number cannot both win. Its leading columns serve each list's pages too.
        await db.schema
          .createIndex('outbound_caller_id_numbers_link')
          .on('outbound_caller_id_numbers')
          .columns(['account_id', 'level', 'owner_id', 'number_id'])
          .unique()
          .execute();
        await db.schema.createIndex('outbound_caller_id_numbers_list').on('outbound_caller_id_numbers').columns(['account_id', 'level', 'owner_id', 'seq']).execute();
        // A number leaving the account takes its rows out of every list.
        await db.schema.createIndex('outbound_caller_id_numbers_number').on('outbound_caller_id_numbers').columns(['account_id', 'number_id']).execute();
      },
    },
  };
}
