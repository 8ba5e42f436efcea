// The recordings family's migrations. Names start with 2540_recordings: the table
// references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function recordingsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2540_recordings': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_recordings'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('file_id', 'text', (c) => c.notNull().unique())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('call_history_id', 'text', (c) => c.notNull())
          .addColumn('call_log_id', 'text')
          .addColumn('queue_extension_id', 'text')
          .addColumn('call_element_id', 'text', (c) => c.notNull())
          .addColumn('owner_extension_id', 'text')
          .addColumn('owner_extension_type', 'text')
          .addColumn('owner_id', 'text')
          .addColumn('owner_name', 'text', (c) => c.notNull())
          .addColumn('owner_extension_number', 'bigint')
          .addColumn('user_id', 'text')
          .addColumn('site_id', 'text')
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('recording_type', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('end_at', 'bigint', (c) => c.notNull())
          .addColumn('parties', 'text', (c) => c.notNull())
          .addColumn('auto_delete_enable', 'integer', (c) => c.notNull())
          .addColumn('deleted_at', 'bigint')
          .addColumn('soft_deleted_type', 'text')
          .execute();
        // The account's list pages by (account, seq) within a time window; a user's by its owner.
        await db.schema.createIndex('phone_recordings_account').on('phone_recordings').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('phone_recordings_account_start').on('phone_recordings').columns(['account_id', 'start_at']).execute();
        await db.schema.createIndex('phone_recordings_user').on('phone_recordings').columns(['account_id', 'user_id', 'seq']).execute();
        await db.schema.createIndex('phone_recordings_queue').on('phone_recordings').columns(['account_id', 'queue_extension_id', 'seq']).execute();
        await db.schema.createIndex('phone_recordings_call').on('phone_recordings').columns(['account_id', 'call_id']).execute();
      },
    },
  };
}
