// The user-settings family's migrations. Names start with 1800_user_settings; its
// tables reference no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function userSettingsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1800_user_settings': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('user_settings'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('area_code', 'text')
          .addColumn('audio_prompt_language', 'text')
          .addColumn('default_transcription_language', 'text')
          .addColumn('music_on_hold_id', 'text')
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('user_settings_user').on('user_settings').columns(['account_id', 'user_id']).unique().execute();

        await withSeq(db.schema.createTable('user_delegations'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('privileges', 'integer', (c) => c.notNull())
          .addColumn('privacy', 'integer', (c) => c.notNull())
          .addColumn('locked', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // One delegation per executive: two first adds cannot make two.
        await db.schema.createIndex('user_delegations_user').on('user_delegations').columns(['account_id', 'user_id']).unique().execute();
        await db.schema.createIndex('user_delegations_page').on('user_delegations').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('user_delegation_assistants'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('receive_calls', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // An assistant appears once on an executive's line, however many adds race.
        await db.schema
          .createIndex('user_delegation_assistants_one')
          .on('user_delegation_assistants')
          .columns(['account_id', 'user_id', 'extension_id'])
          .unique()
          .execute();
        await db.schema.createIndex('user_delegation_assistants_ext').on('user_delegation_assistants').columns(['account_id', 'extension_id']).execute();

        await withSeq(db.schema.createTable('user_intercoms'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('device_id', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('user_intercoms_one').on('user_intercoms').columns(['account_id', 'user_id', 'extension_id']).unique().execute();

        await withSeq(db.schema.createTable('user_access_members'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('setting', 'text', (c) => c.notNull())
          .addColumn('shared_id', 'text', (c) => c.notNull())
          .addColumn('access_user_id', 'text', (c) => c.notNull())
          .addColumn('access_extension_id', 'text', (c) => c.notNull())
          .addColumn('access_user_type', 'text', (c) => c.notNull())
          .addColumn('allow_delete', 'integer', (c) => c.notNull())
          .addColumn('allow_download', 'integer', (c) => c.notNull())
          .addColumn('allow_sharing', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('user_access_members_one')
          .on('user_access_members')
          .columns(['account_id', 'user_id', 'setting', 'access_user_id'])
          .unique()
          .execute();
        await db.schema.createIndex('user_access_members_shared').on('user_access_members').columns(['account_id', 'shared_id']).unique().execute();
      },
    },
  };
}
