// The voicemails family's migrations. Names start with 2560_voicemails: the table
// references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function voicemailsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2560_voicemails': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('phone_voicemails'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('file_id', 'text', (c) => c.notNull().unique())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('call_history_id', 'text', (c) => c.notNull())
          .addColumn('call_log_id', 'text')
          .addColumn('call_element_id', 'text', (c) => c.notNull())
          .addColumn('owner_extension_id', 'text')
          .addColumn('owner_extension_type', 'text')
          .addColumn('owner_id', 'text')
          .addColumn('owner_name', 'text', (c) => c.notNull())
          .addColumn('owner_extension_number', 'bigint')
          .addColumn('user_id', 'text')
          .addColumn('site_id', 'text')
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('seconds', 'integer', (c) => c.notNull())
          .addColumn('parties', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('deleted_at', 'bigint')
          .addColumn('soft_deleted_type', 'text')
          .execute();
        await db.schema.createIndex('phone_voicemails_account').on('phone_voicemails').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('phone_voicemails_account_start').on('phone_voicemails').columns(['account_id', 'start_at']).execute();
        await db.schema.createIndex('phone_voicemails_user').on('phone_voicemails').columns(['account_id', 'user_id', 'seq']).execute();
        await db.schema.createIndex('phone_voicemails_call').on('phone_voicemails').columns(['account_id', 'call_id']).execute();
      },
    },
  };
}
