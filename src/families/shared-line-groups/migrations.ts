// The shared-line-groups family's migrations. Names start with 1460_shared_line_groups:
// the groups name sites, users and extensions by id only (0410 made the directory),
// and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function sharedLineGroupsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1460_shared_line_groups': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('shared_line_groups'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('cost_center', 'text')
          .addColumn('department', 'text')
          .addColumn('timezone', 'text')
          .addColumn('audio_prompt_language', 'text')
          .addColumn('default_transcription_language', 'text')
          .addColumn('recording_storage_location', 'text')
          .addColumn('allow_privacy', 'integer', (c) => c.notNull())
          .addColumn('primary_number_id', 'text')
          .addColumn('policy', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('shared_line_groups_id').on('shared_line_groups').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('shared_line_groups_site').on('shared_line_groups').columns(['account_id', 'site_id']).execute();

        await withSeq(db.schema.createTable('shared_line_group_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('member_id', 'text', (c) => c.notNull())
          .addColumn('member_type', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // "A member can only be added to one shared line group": the database refuses a second row,
        // so concurrent adds of one user (to one group or to two) cannot both win.
        await db.schema.createIndex('shared_line_group_members_member').on('shared_line_group_members').columns(['account_id', 'member_id']).unique().execute();
        await db.schema.createIndex('shared_line_group_members_group').on('shared_line_group_members').columns(['account_id', 'group_id', 'seq']).execute();
        await db.schema.createIndex('shared_line_group_members_extension').on('shared_line_group_members').columns(['account_id', 'extension_id']).execute();

        await withSeq(db.schema.createTable('shared_line_group_voicemail_access'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('group_id', 'text', (c) => c.notNull())
          .addColumn('shared_id', 'text', (c) => c.notNull())
          .addColumn('access_user_id', 'text', (c) => c.notNull())
          .addColumn('access_user_type', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('allow_delete', 'integer', (c) => c.notNull())
          .addColumn('allow_download', 'integer', (c) => c.notNull())
          .addColumn('allow_sharing', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('shared_line_group_voicemail_access_user')
          .on('shared_line_group_voicemail_access')
          .columns(['account_id', 'group_id', 'access_user_id'])
          .unique()
          .execute();
        await db.schema.createIndex('shared_line_group_voicemail_access_shared').on('shared_line_group_voicemail_access').columns(['account_id', 'shared_id']).unique().execute();
        await db.schema.createIndex('shared_line_group_voicemail_access_extension').on('shared_line_group_voicemail_access').columns(['account_id', 'extension_id']).execute();
      },
    },
  };
}
