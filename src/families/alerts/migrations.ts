// The alerts family's migrations, in the block 4400_alerts. The tables reference no
// other family's (targets are checked through the owners' public.ts); a name never
// changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function alertsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4400_alerts': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('alert_settings'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('module', 'integer', (c) => c.notNull())
          .addColumn('rule', 'integer', (c) => c.notNull())
          .addColumn('conditions', 'text', (c) => c.notNull())
          .addColumn('target_type', 'integer', (c) => c.notNull())
          .addColumn('time_frame_type', 'text', (c) => c.notNull())
          .addColumn('time_frame_from', 'text', (c) => c.notNull())
          .addColumn('time_frame_to', 'text', (c) => c.notNull())
          .addColumn('frequency', 'integer')
          .addColumn('email_recipients', 'text', (c) => c.notNull())
          .addColumn('chat_channels', 'text', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('alert_settings_account').on('alert_settings').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('alert_setting_targets'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('alert_setting_id', 'text', (c) => c.notNull())
          .addColumn('rule', 'integer', (c) => c.notNull())
          .addColumn('target_type', 'integer', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .execute();
        // "Alert rule on this target already exists." / "This alert can only be set up once.":
        // one alert of a rule on a target, decided by the database.
        await db.schema.createIndex('alert_setting_targets_rule').on('alert_setting_targets').columns(['account_id', 'rule', 'target_id']).unique().execute();
        await db.schema.createIndex('alert_setting_targets_setting').on('alert_setting_targets').columns(['alert_setting_id']).execute();
        await db.schema.createIndex('alert_setting_targets_target').on('alert_setting_targets').columns(['account_id', 'target_id']).execute();

        await withSeq(db.schema.createTable('alert_queue_calls'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('queue_extension_id', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('start_at', 'bigint', (c) => c.notNull())
          .addColumn('wait_end_at', 'bigint', (c) => c.notNull())
          .addColumn('wait_seconds', 'integer', (c) => c.notNull())
          .addColumn('outcome', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('alert_queue_calls_queue').on('alert_queue_calls').columns(['account_id', 'queue_extension_id', 'wait_end_at']).execute();

        await withSeq(db.schema.createTable('alerts_fired'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('alert_setting_id', 'text', (c) => c.notNull())
          .addColumn('rule', 'integer', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('measured', 'real', (c) => c.notNull())
          .addColumn('condition_value', 'text', (c) => c.notNull())
          .addColumn('call_id', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('alerts_fired_setting').on('alerts_fired').columns(['account_id', 'alert_setting_id', 'at']).execute();

        await db.schema
          .createTable('alert_limits')
          .addColumn('account_id', 'text', (c) => c.primaryKey())
          .execute();
      },
    },
  };
}
