// The sms room's migrations. Names start with 0700 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function smsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0700_sms': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('sms_campaigns'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('service_type', 'text', (c) => c.notNull())
          .addColumn('brand_id', 'text', (c) => c.notNull())
          .addColumn('brand_name', 'text', (c) => c.notNull())
          .addColumn('capacity', 'integer', (c) => c.notNull())
          .addColumn('used', 'integer', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sms_campaigns_account').on('sms_campaigns').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('sms_campaign_numbers'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('campaign_id', 'text', (c) => c.notNull())
          .addColumn('number_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // One campaign per number, held by the database so two racing assignments cannot both win.
        await db.schema.createIndex('sms_campaign_numbers_number').on('sms_campaign_numbers').column('number_id').unique().execute();
        await db.schema
          .createIndex('sms_campaign_numbers_campaign')
          .on('sms_campaign_numbers')
          .columns(['account_id', 'campaign_id', 'seq'])
          .execute();

        await withSeq(db.schema.createTable('sms_consents'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('in_out_bound', 'text', (c) => c.notNull())
          .addColumn('capacity', 'integer', (c) => c.notNull())
          .addColumn('used', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('modified_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sms_consents_account').on('sms_consents').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('sms_consent_numbers'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('consent_id', 'text', (c) => c.notNull())
          .addColumn('number_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sms_consent_numbers_number').on('sms_consent_numbers').column('number_id').unique().execute();
        await db.schema
          .createIndex('sms_consent_numbers_consent')
          .on('sms_consent_numbers')
          .columns(['account_id', 'consent_id', 'seq'])
          .execute();

        await withSeq(db.schema.createTable('sms_opt_statuses'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('zoom_number', 'text', (c) => c.notNull())
          .addColumn('consumer_number', 'text', (c) => c.notNull())
          .addColumn('opt_status', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('sms_opt_statuses_pair')
          .on('sms_opt_statuses')
          .columns(['account_id', 'zoom_number', 'consumer_number'])
          .unique()
          .execute();
      },
    },
  };
}
