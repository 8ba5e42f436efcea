// The sites family's migrations. Names start with 02/03 so that a new database
// creates sites before the families that point at them; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function sitesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    // Databases made before families owned their tables have it from 0002_phone_org.
    '0299_sites_table': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('sites').ifNotExists(), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_code', 'integer')
          .addColumn('main_site', 'integer', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sites_account').ifNotExists().on('sites').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
