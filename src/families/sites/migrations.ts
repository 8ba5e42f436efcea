// The sites family's migrations. Names start with 02/03 so that a new database
// creates sites before the families that point at them (1382 follows the move of
// the main auto receptionists, 1380 and 1381); a name never changes once released.
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
    // A site's main auto receptionist is the auto-receptionists family's since its
    // 1380 copied it (and the extensions family's 1381 re-pointed its extension):
    // the site's data lets go of it.
    '1382_sites_main_receptionist_moved': {
      async up(db: Kysely<any>) {
        const sites = await db.selectFrom('sites').select(['id', 'data']).execute();
        for (const site of sites) {
          const data = JSON.parse(site.data) as Record<string, unknown>;
          if (!('main_auto_receptionist' in data)) continue;
          delete data.main_auto_receptionist;
          await db.updateTable('sites').set({ data: JSON.stringify(data) }).where('id', '=', site.id).execute();
        }
      },
    },
  };
}
