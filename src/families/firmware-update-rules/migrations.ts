// The firmware-update-rules family's migrations. Names start with 3200_firmware_update_rules:
// the table references no other (site_id is checked by the handlers through sites' public.ts),
// and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function firmwareUpdateRulesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3200_firmware_update_rules': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('firmware_update_rules'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('device_type', 'text', (c) => c.notNull())
          .addColumn('device_model', 'text', (c) => c.notNull())
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('restart_type', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // One rule per device model on a site: two would name two versions for the same phones.
        // The database decides, so two concurrent writes cannot both win; its leading
        // (account_id, site_id) also serves the list filtered by site.
        await db.schema
          .createIndex('firmware_update_rules_model')
          .on('firmware_update_rules')
          .columns(['account_id', 'site_id', 'device_type', 'device_model'])
          .unique()
          .execute();
        await db.schema.createIndex('firmware_update_rules_account').on('firmware_update_rules').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
