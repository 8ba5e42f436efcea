// The private-directory family's migrations. Names start with 4300_private_directory:
// the table names extensions by id only, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function privateDirectoryMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4300_private_directory': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('private_directory_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('searchable_on_web_portal', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // An extension is a member once: two concurrent adds of it cannot both win.
        await db.schema.createIndex('private_directory_members_extension').on('private_directory_members').columns(['account_id', 'extension_id']).unique().execute();
        await db.schema.createIndex('private_directory_members_account').on('private_directory_members').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
