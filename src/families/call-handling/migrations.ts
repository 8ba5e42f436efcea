// The call-handling family's migrations. Names start with 1750_call_handling: the
// settings name extensions of the directory (0410) by id only, and a name never
// changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function callHandlingMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1750_call_handling': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('call_handling_routes'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('holiday_id', 'text', (c) => c.notNull())
          .addColumn('hours_type', 'integer')
          .addColumn('custom_hours', 'text')
          .addColumn('allow_members_to_reset', 'integer')
          .addColumn('ring_mode', 'text')
          .addColumn('max_wait_time', 'integer')
          .addColumn('routing_action', 'integer', (c) => c.notNull())
          .addColumn('routing_extension_id', 'text')
          .addColumn('routing_phone_number', 'text')
          .addColumn('routing_description', 'text')
          .addColumn('busy_action', 'integer')
          .addColumn('busy_extension_id', 'text')
          .addColumn('busy_phone_number', 'text')
          .addColumn('busy_description', 'text')
          .addColumn('connect_to_operator', 'integer', (c) => c.notNull())
          .addColumn('operator_extension_id', 'text')
          .addColumn('allow_callers_check_voicemail', 'integer', (c) => c.notNull())
          .addColumn('require_press_1', 'integer', (c) => c.notNull())
          .addColumn('options', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // One row per period of an extension: two first writes of a period cannot both insert it.
        await db.schema.createIndex('call_handling_routes_period').on('call_handling_routes').columns(['account_id', 'extension_id', 'period', 'holiday_id']).unique().execute();
        // When an extension leaves the directory, the settings forwarding to it are found by these.
        await db.schema.createIndex('call_handling_routes_routing').on('call_handling_routes').columns(['account_id', 'routing_extension_id']).execute();
        await db.schema.createIndex('call_handling_routes_busy').on('call_handling_routes').columns(['account_id', 'busy_extension_id']).execute();
        await db.schema.createIndex('call_handling_routes_operator').on('call_handling_routes').columns(['account_id', 'operator_extension_id']).execute();

        await withSeq(db.schema.createTable('call_handling_holidays'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('starts_at', 'text', (c) => c.notNull())
          .addColumn('ends_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_handling_holidays_id').on('call_handling_holidays').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('call_handling_holidays_extension').on('call_handling_holidays').columns(['account_id', 'extension_id', 'seq']).execute();

        await withSeq(db.schema.createTable('call_handling_forwardings'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('holiday_id', 'text', (c) => c.notNull())
          .addColumn('phone_number', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('enable', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('call_handling_forwardings_id').on('call_handling_forwardings').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('call_handling_forwardings_extension').on('call_handling_forwardings').columns(['account_id', 'extension_id', 'period', 'holiday_id', 'seq']).execute();
      },
    },
    // A call forwarding item may forward to an external contact (updateACallHandlingSetting's external_contact).
    '4200_external_contacts_call_forwarding': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('call_handling_forwardings').addColumn('external_contact_id', 'text').execute();
      },
    },
  };
}
