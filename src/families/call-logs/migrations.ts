// The call-logs family's migrations, named 2450_call_logs: the records name users,
// extensions and sites by id only and read no other table. A name never changes
// once released. Every list index leads with the account and the filter it
// serves and ends in (time, seq), the keyset a page seeks to.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function callLogsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2450_call_logs': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('call_histories'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('end_at', 'bigint', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('connect_type', 'text', (c) => c.notNull())
          .addColumn('call_type', 'text', (c) => c.notNull())
          .addColumn('call_result', 'text', (c) => c.notNull())
          .addColumn('recording_status', 'text', (c) => c.notNull())
          .addColumn('has_voicemail', 'integer', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('department', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('caller_ext_type', 'text', (c) => c.notNull())
          .addColumn('callee_ext_type', 'text', (c) => c.notNull())
          .addColumn('caller_number_type', 'text', (c) => c.notNull())
          .addColumn('callee_number_type', 'text', (c) => c.notNull())
          .addColumn('keywords', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_histories_id').on('call_histories').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('call_histories_call').on('call_histories').columns(['account_id', 'call_id']).execute();
        await db.schema.createIndex('call_histories_start').on('call_histories').columns(['account_id', 'start_at', 'seq']).execute();
        await db.schema.createIndex('call_histories_end').on('call_histories').columns(['account_id', 'end_at', 'seq']).execute();
        // An index for each filter whose value can be rare; a two- or three-valued one (direction, connect type,
        // recording status, voicemail) reads the time index and tests the value, at most a few rows per match.
        for (const column of ['call_result', 'site_id', 'department', 'cost_center']) {
          await db.schema.createIndex(`call_histories_${column}`).on('call_histories').columns(['account_id', column, 'start_at', 'seq']).execute();
        }

        await withSeq(db.schema.createTable('call_elements'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('history_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('segment', 'integer', (c) => c.notNull())
          .addColumn('node', 'integer', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('caller_ext_id', 'text')
          .addColumn('callee_ext_id', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_elements_id').on('call_elements').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('call_elements_history').on('call_elements').columns(['account_id', 'history_id', 'segment', 'node']).execute();

        await withSeq(db.schema.createTable('call_logs'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('history_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text')
          .addColumn('leg_id', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('end_at', 'bigint', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('connect_type', 'text', (c) => c.notNull())
          .addColumn('call_type', 'text', (c) => c.notNull())
          .addColumn('call_result', 'text', (c) => c.notNull())
          .addColumn('path', 'text', (c) => c.notNull())
          .addColumn('missed', 'integer', (c) => c.notNull())
          .addColumn('charged', 'integer', (c) => c.notNull())
          .addColumn('recording_status', 'text', (c) => c.notNull())
          .addColumn('has_voicemail', 'integer', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('department', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('caller_ext_type', 'text', (c) => c.notNull())
          .addColumn('callee_ext_type', 'text', (c) => c.notNull())
          .addColumn('caller_number_type', 'text', (c) => c.notNull())
          .addColumn('callee_number_type', 'text', (c) => c.notNull())
          .addColumn('caller_number', 'text', (c) => c.notNull())
          .addColumn('callee_number', 'text', (c) => c.notNull())
          .addColumn('keywords', 'text', (c) => c.notNull())
          .addColumn('client_code', 'text')
          .addColumn('ai_summary_id', 'text')
          .addColumn('deleted_from_logs', 'integer', (c) => c.notNull())
          .addColumn('deleted_from_history', 'integer', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_logs_id').on('call_logs').columns(['account_id', 'id']).unique().execute();
        // One log per extension party of a call: a call handed over twice cannot log a party twice.
        await db.schema.createIndex('call_logs_party').on('call_logs').columns(['account_id', 'call_id', 'extension_id']).unique().execute();
        await db.schema.createIndex('call_logs_start').on('call_logs').columns(['account_id', 'start_at', 'seq']).execute();
        await db.schema.createIndex('call_logs_end').on('call_logs').columns(['account_id', 'end_at', 'seq']).execute();
        for (const column of ['path', 'site_id']) {
          await db.schema.createIndex(`call_logs_${column}`).on('call_logs').columns(['account_id', column, 'start_at', 'seq']).execute();
        }
        // A user's views: its extension's logs by time, by time among the missed, and in insertion order (sync).
        await db.schema.createIndex('call_logs_extension').on('call_logs').columns(['account_id', 'extension_id', 'start_at', 'seq']).execute();
        await db.schema.createIndex('call_logs_extension_end').on('call_logs').columns(['account_id', 'extension_id', 'end_at', 'seq']).execute();
        await db.schema.createIndex('call_logs_extension_missed').on('call_logs').columns(['account_id', 'extension_id', 'missed', 'start_at', 'seq']).execute();
        await db.schema.createIndex('call_logs_extension_seq').on('call_logs').columns(['account_id', 'extension_id', 'seq']).execute();

        await withSeq(db.schema.createTable('call_ai_summaries'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('log_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('transcript_language', 'text', (c) => c.notNull())
          .addColumn('call_summary', 'text', (c) => c.notNull())
          .addColumn('next_steps', 'text', (c) => c.notNull())
          .addColumn('detailed_summary', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_ai_summaries_id').on('call_ai_summaries').columns(['account_id', 'id']).unique().execute();
      },
    },
  };
}
