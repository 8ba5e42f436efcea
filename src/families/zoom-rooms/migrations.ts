// The zoom-rooms family's migrations, named in the 3600_zoom_rooms block. The
// tables name no other family's; a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function zoomRoomsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3600_zoom_rooms': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('zoom_rooms'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('location_id', 'text')
          .addColumn('location_info', 'text')
          .addColumn('department', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('zoom_rooms_id').on('zoom_rooms').columns(['account_id', 'id']).unique().execute();

        await withSeq(db.schema.createTable('zoom_room_phones'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('room_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('policy', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A room is in Zoom Phone once: of two concurrent adds of one room, the index lets one in.
        await db.schema.createIndex('zoom_room_phones_room').on('zoom_room_phones').columns(['account_id', 'room_id']).unique().execute();
        await db.schema.createIndex('zoom_room_phones_account').on('zoom_room_phones').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('zoom_room_plans'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('room_id', 'text', (c) => c.notNull())
          .addColumn('type', 'integer', (c) => c.notNull())
          .addColumn('billing_account_id', 'text')
          .addColumn('billing_subscription_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A plan type once per room: two concurrent assignments of one type cannot both take a plan.
        await db.schema.createIndex('zoom_room_plans_type').on('zoom_room_plans').columns(['account_id', 'room_id', 'type']).unique().execute();
      },
    },
  };
}
