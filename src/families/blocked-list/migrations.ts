// The blocked-list family's migrations. Names start with 1100_blocked_list: the
// table references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function blockedListMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1100_blocked_list': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('blocked_lists'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('match_type', 'text', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('given_number', 'text', (c) => c.notNull())
          .addColumn('country', 'text')
          .addColumn('block_type', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('comment', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // One entry per number (or prefix), match type and block type in an account: the
        // database refuses a second one, so two concurrent creates cannot both win. Its
        // leading (account_id, number) also serves a router asking which entries match a call.
        await db.schema
          .createIndex('blocked_lists_entry')
          .on('blocked_lists')
          .columns(['account_id', 'number', 'match_type', 'block_type'])
          .unique()
          .execute();
        await db.schema.createIndex('blocked_lists_account').on('blocked_lists').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
