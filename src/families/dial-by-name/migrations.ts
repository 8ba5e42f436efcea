// The dial-by-name family's migrations. Names start with 4350_dial_by_name: the
// tables name sites and extensions by id only, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function dialByNameMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4350_dial_by_name': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('dial_by_name_sites'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('directory', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A site is included in a directory once, however many adds name it at once.
        await db.schema.createIndex('dial_by_name_sites_site').on('dial_by_name_sites').columns(['account_id', 'directory', 'site_id']).unique().execute();

        await withSeq(db.schema.createTable('dial_by_name_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('directory', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A user is in a directory once: two concurrent adds of it cannot both write it.
        await db.schema.createIndex('dial_by_name_members_member').on('dial_by_name_members').columns(['account_id', 'directory', 'extension_id']).unique().execute();
        await db.schema.createIndex('dial_by_name_members_directory').on('dial_by_name_members').columns(['account_id', 'directory', 'seq']).execute();
        // The release of an extension finds its memberships by it.
        await db.schema.createIndex('dial_by_name_members_extension').on('dial_by_name_members').columns(['account_id', 'extension_id']).execute();
      },
    },
  };
}
