// The provision-templates family's migrations. Names start with 3100_provision_templates:
// the table references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function provisionTemplatesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3100_provision_templates': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('provision_templates'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('content', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // "Provision template name ({0}) already exists.": one name per account, decided by
        // the database so that two concurrent writes of one name cannot both win.
        await db.schema.createIndex('provision_templates_name').on('provision_templates').columns(['account_id', 'name']).unique().execute();
        await db.schema.createIndex('provision_templates_account').on('provision_templates').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
