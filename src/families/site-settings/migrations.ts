// The site-settings family's migrations. Names start with 4600_site_settings: the
// tables reference no other (a site's rows go with it by the sites.deleting event),
// and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function siteSettingsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4600_site_settings': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('site_settings')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('setting_type', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('site_settings_key').on('site_settings').columns(['account_id', 'site_id', 'setting_type']).unique().execute();
        await withSeq(db.schema.createTable('site_holidays'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('from_at', 'text', (c) => c.notNull())
          .addColumn('to_at', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('site_holidays_site').on('site_holidays').columns(['account_id', 'site_id', 'seq']).execute();
        await withSeq(db.schema.createTable('site_security_devices'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('device_type', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('site_security_devices_key').on('site_security_devices').columns(['account_id', 'site_id', 'device_type']).unique().execute();
      },
    },
  };
}
