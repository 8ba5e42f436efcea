// The call-queues family's migrations. Names start with 1340_call_queues: the
// queues name sites, users and extensions by id only (0410 made the directory),
// and a name never changes once released.
import { sql, type Kysely, type Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function callQueuesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1340_call_queues': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('call_queues'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('department', 'text')
          .addColumn('timezone', 'text')
          .addColumn('audio_prompt_language', 'text')
          .addColumn('default_transcription_language', 'text')
          .addColumn('recording_storage_location', 'text')
          .addColumn('settings', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_queues_id').on('call_queues').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('call_queues_extension').on('call_queues').columns(['account_id', 'extension_id']).execute();
        await db.schema.createIndex('call_queues_site').on('call_queues').columns(['account_id', 'site_id', 'seq']).execute();

        await withSeq(db.schema.createTable('call_queue_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('queue_id', 'text', (c) => c.notNull())
          .addColumn('member_id', 'text', (c) => c.notNull())
          .addColumn('member_type', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('receive_call', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A member is in a queue once: the database refuses a second row, so concurrent adds cannot both win.
        await db.schema.createIndex('call_queue_members_member').on('call_queue_members').columns(['account_id', 'queue_id', 'member_id']).unique().execute();
        // "There can only be one manager for each call queue."
        await db.schema
          .createIndex('call_queue_members_manager')
          .on('call_queue_members')
          .columns(['account_id', 'queue_id'])
          .unique()
          .where(sql.ref('level'), '=', 'manager')
          .execute();
        await db.schema.createIndex('call_queue_members_page').on('call_queue_members').columns(['account_id', 'queue_id', 'seq']).execute();
        await db.schema.createIndex('call_queue_members_extension').on('call_queue_members').columns(['account_id', 'extension_id']).execute();

        await withSeq(db.schema.createTable('call_queue_voicemail_access'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('queue_id', 'text', (c) => c.notNull())
          .addColumn('shared_id', 'text', (c) => c.notNull())
          .addColumn('access_user_id', 'text', (c) => c.notNull())
          .addColumn('access_user_type', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('allow_delete', 'integer', (c) => c.notNull())
          .addColumn('allow_download', 'integer', (c) => c.notNull())
          .addColumn('allow_sharing', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('call_queue_voicemail_access_user')
          .on('call_queue_voicemail_access')
          .columns(['account_id', 'queue_id', 'access_user_id'])
          .unique()
          .execute();
        await db.schema.createIndex('call_queue_voicemail_access_shared').on('call_queue_voicemail_access').columns(['account_id', 'shared_id']).unique().execute();
        await db.schema.createIndex('call_queue_voicemail_access_extension').on('call_queue_voicemail_access').columns(['account_id', 'extension_id']).execute();
      },
    },
    // The calls that reached each queue, for its analytics (the simulator's calls).
    '1346_call_queue_visits': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('call_queue_visits'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('queue_extension_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('outcome', 'text', (c) => c.notNull())
          .addColumn('wait_seconds', 'integer', (c) => c.notNull())
          .addColumn('handle_seconds', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_queue_visits_queue').on('call_queue_visits').columns(['account_id', 'queue_extension_id', 'start_at']).execute();
      },
    },
  };
}
