// The fax family's migrations. Names start with 2300_fax: its tables reference
// no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function faxMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2300_fax': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('fax_uploads'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('filename', 'text', (c) => c.notNull())
          .addColumn('size', 'bigint', (c) => c.notNull())
          .addColumn('pages', 'integer', (c) => c.notNull())
          .addColumn('entries', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('expires_at', 'bigint', (c) => c.notNull())
          .execute();
        await withSeq(db.schema.createTable('fax_files'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('filename', 'text', (c) => c.notNull())
          .addColumn('pages', 'integer', (c) => c.notNull())
          .addColumn('data', dialect === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        let logs = withSeq(db.schema.createTable('fax_logs'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('fax_id', 'text', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('extension_type', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text');
        for (const side of ['sender', 'receiver']) {
          logs = logs
            .addColumn(`${side}_extension_id`, 'text')
            .addColumn(`${side}_extension_number`, 'text')
            .addColumn(`${side}_extension_type`, 'text')
            .addColumn(`${side}_name`, 'text')
            .addColumn(`${side}_number`, 'text')
            .addColumn(`${side}_type`, 'text', (c) => c.notNull())
            .addColumn(`${side}_location`, 'text');
        }
        await logs
          .addColumn('file_id', 'text', (c) => c.notNull())
          .addColumn('pages', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('status_reason', 'text', (c) => c.notNull())
          .addColumn('read_status', 'text', (c) => c.notNull())
          .addColumn('retry_times', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('deleted_at', 'bigint')
          .execute();
        // Lists page by seq within an account, the extension's within the extension.
        await db.schema.createIndex('fax_logs_account').on('fax_logs').columns(['account_id', 'seq']).execute();
        await db.schema.createIndex('fax_logs_extension').on('fax_logs').columns(['account_id', 'extension_id', 'seq']).execute();
      },
    },
  };
}
