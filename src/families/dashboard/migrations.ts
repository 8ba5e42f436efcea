// The dashboard family's migrations, named 2710_dashboard: its rows name calls,
// sites and extensions by value only and read no other table. A name never
// changes once released. Every list index leads with the account and the filter
// it serves and ends in (start_at, seq), the keyset a page seeks to.
import { sql, type Kysely, type Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function dashboardMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2710_dashboard': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('dashboard_calls'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('end_at', 'bigint', (c) => c.notNull())
          .addColumn('duration', 'integer', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('duration_bucket', 'integer', (c) => c.notNull())
          .addColumn('quality', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        // One row per call: a call handed over twice is refused the second time.
        await db.schema.createIndex('dashboard_calls_call').on('dashboard_calls').columns(['account_id', 'call_id']).unique().execute();
        await db.schema.createIndex('dashboard_calls_start').on('dashboard_calls').columns(['account_id', 'start_at', 'seq']).execute();
        for (const column of ['direction', 'quality', 'duration_bucket']) {
          await db.schema.createIndex(`dashboard_calls_${column}`).on('dashboard_calls').columns(['account_id', column, 'start_at', 'seq']).execute();
        }

        await db.schema
          .createTable('dashboard_call_keys')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('dashboard_call_keys_pk', ['account_id', 'kind', 'value', 'start_at', 'call_id'])
          .execute();
      },
    },
    // SQLite: the keys table was a rowid table beside its primary key's index, each as big as the other;
    // without a rowid the key is the table, and a stream of simulated calls writes each key once.
    '2711_dashboard_keys_without_rowid': {
      async up(db: Kysely<any>) {
        if (dialect !== 'sqlite') return;
        await db.schema
          .createTable('dashboard_call_keys_new')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('dashboard_call_keys_pk', ['account_id', 'kind', 'value', 'start_at', 'call_id'])
          .modifyEnd(sql`without rowid`)
          .execute();
        await sql`insert into dashboard_call_keys_new (account_id, call_id, kind, value, start_at) select account_id, call_id, kind, value, start_at from dashboard_call_keys`.execute(db);
        await db.schema.dropTable('dashboard_call_keys').execute();
        await db.schema.alterTable('dashboard_call_keys_new').renameTo('dashboard_call_keys').execute();
      },
    },
  };
}
