// The sms-messages family's migrations. Names start with 1930_sms_messages: its
// tables reference no other family's, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function smsMessagesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1930_sms_messages': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('sms_sessions'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('member_key', 'text', (c) => c.notNull())
          .addColumn('session_type', 'text', (c) => c.notNull())
          .addColumn('is_group', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_access_time', 'bigint', (c) => c.notNull())
          .addColumn('last_message_seq', 'bigint', (c) => c.notNull())
          .execute();
        // One session per set of numbers: two first messages sent at once between the same
        // numbers make one session, the database deciding which insert made it.
        await db.schema.createIndex('sms_sessions_members').on('sms_sessions').columns(['account_id', 'member_key']).unique().execute();
        await db.schema.createIndex('sms_sessions_account').on('sms_sessions').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('sms_session_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('session_id', 'text', (c) => c.notNull())
          .addColumn('phone_number', 'text', (c) => c.notNull())
          .addColumn('owner_type', 'text')
          .addColumn('owner_id', 'text')
          .addColumn('display_name', 'text')
          .execute();
        await db.schema.createIndex('sms_session_members_one').on('sms_session_members').columns(['account_id', 'session_id', 'phone_number']).unique().execute();
        // A user's sessions are found by the holder of their numbers.
        await db.schema.createIndex('sms_session_members_owner').on('sms_session_members').columns(['account_id', 'owner_id']).execute();

        await withSeq(db.schema.createTable('sms_messages'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('session_id', 'text', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('message_type', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('sender', 'text', (c) => c.notNull())
          .addColumn('to_members', 'text', (c) => c.notNull())
          .addColumn('attachments', 'text', (c) => c.notNull())
          .addColumn('sender_user_id', 'text')
          .addColumn('delivery_status', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sms_messages_session').on('sms_messages').columns(['account_id', 'session_id', 'seq']).execute();
        await db.schema.createIndex('sms_messages_time').on('sms_messages').columns(['account_id', 'created_at']).execute();
      },
    },
  };
}
