// The common-areas family's migrations. Names start with 3500_common_areas: the rows
// name sites, extensions, numbers and plans by id or type only, and a name never
// changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function commonAreasMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3500_common_areas': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('common_areas'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('country_iso_code', 'text')
          .addColumn('timezone', 'text')
          .addColumn('area_code', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('department', 'text')
          .addColumn('default_transcription_language', 'text')
          .addColumn('emergency_address_id', 'text')
          .addColumn('outbound_caller_id', 'text')
          .addColumn('policy', 'text', (c) => c.notNull())
          .addColumn('custom_hours', 'text')
          .addColumn('pin_code', 'text')
          .addColumn('activation_code', 'text')
          .addColumn('activation_code_expires_at', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('common_areas_id').on('common_areas').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('common_areas_site').on('common_areas').columns(['account_id', 'site_id']).execute();

        await withSeq(db.schema.createTable('common_area_calling_plans'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('common_area_id', 'text', (c) => c.notNull())
          .addColumn('type', 'integer', (c) => c.notNull())
          .addColumn('billing_account_id', 'text')
          .addColumn('billing_subscription_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A plan type once per common area: two concurrent assignments of it cannot both go in.
        await db.schema
          .createIndex('common_area_calling_plans_type')
          .on('common_area_calling_plans')
          .columns(['account_id', 'common_area_id', 'type'])
          .unique()
          .execute();

        await withSeq(db.schema.createTable('common_area_holidays'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('common_area_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('starts_at', 'text', (c) => c.notNull())
          .addColumn('ends_at', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('common_area_holidays_id').on('common_area_holidays').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('common_area_holidays_area').on('common_area_holidays').columns(['account_id', 'common_area_id']).execute();
      },
    },
  };
}
