// The setting-templates family's migrations. Names start with 3950_setting_templates:
// the table references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function settingTemplatesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3950_setting_templates': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('setting_templates'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('settings', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('setting_templates_account').on('setting_templates').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
