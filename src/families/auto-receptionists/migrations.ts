// The auto-receptionists family's migrations. 1380 sorts after the sites (0299) and
// extensions (0410) migrations it reads from: before it, a site's main auto
// receptionist lived inside the site's JSON data and the directory named the site
// as its extension's owner (1381 and 1382 of those families finish the move).
// A name never changes once released.
import { sql, type Kysely, type Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

interface LegacyReceptionist {
  id?: string;
  extension_id?: string;
  name?: string;
}

/**
 * Every site's main auto receptionist becomes a receptionist of this family, with
 * the id and extension the site kept for it. The directory's entry is re-pointed
 * to it by the extensions family's 1381, and the site lets go of it in the sites
 * family's 1382 (each family writes only its own tables, migrations too).
 */
export async function copyMainReceptionists(db: Kysely<any>): Promise<void> {
  const sites = await db.selectFrom('sites').select(['id', 'account_id', 'data', 'created_at']).orderBy('seq').execute();
  for (const site of sites) {
    const ar = (JSON.parse(site.data) as { main_auto_receptionist?: LegacyReceptionist }).main_auto_receptionist;
    if (!ar) continue;
    await db
      .insertInto('auto_receptionists')
      .values({
        // The ids the 0410 backfill gave the directory's entry, by its same rule.
        id: ar.id ?? `${site.id}-ar`, account_id: site.account_id, extension_id: ar.extension_id ?? ar.id ?? `${site.id}-ar`, name: ar.name ?? '',
        site_id: site.id, main: 1, cost_center: null, department: null, timezone: null, audio_prompt_language: null, default_transcription_language: null,
        recording_storage_location: null, policy: '{}', created_at: Number(site.created_at), updated_at: Number(site.created_at),
      })
      .execute();
  }
}

export function autoReceptionistsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1380_auto_receptionists': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('auto_receptionists'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text', (c) => c.notNull())
          .addColumn('main', 'integer', (c) => c.notNull())
          .addColumn('cost_center', 'text')
          .addColumn('department', 'text')
          .addColumn('timezone', 'text')
          .addColumn('audio_prompt_language', 'text')
          .addColumn('default_transcription_language', 'text')
          .addColumn('recording_storage_location', 'text')
          .addColumn('policy', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('auto_receptionists_id').on('auto_receptionists').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('auto_receptionists_extension').on('auto_receptionists').columns(['account_id', 'extension_id']).execute();
        await db.schema.createIndex('auto_receptionists_site').on('auto_receptionists').columns(['account_id', 'site_id', 'seq']).execute();
        // One main receptionist per site: the database refuses a second.
        await db.schema
          .createIndex('auto_receptionists_main')
          .on('auto_receptionists')
          .columns(['account_id', 'site_id'])
          .unique()
          .where(sql.ref('main'), '=', 1)
          .execute();

        await db.schema
          .createTable('auto_receptionist_ivr')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('receptionist_id', 'text', (c) => c.notNull())
          .addColumn('hours_type', 'text', (c) => c.notNull())
          .addColumn('audio_prompt_id', 'text')
          .addColumn('no_action_action', 'integer', (c) => c.notNull())
          .addColumn('no_action_repeat', 'integer', (c) => c.notNull())
          .addColumn('no_action_extension_id', 'text')
          .execute();
        await db.schema.createIndex('auto_receptionist_ivr_menu').on('auto_receptionist_ivr').columns(['account_id', 'receptionist_id', 'hours_type']).unique().execute();
        await db.schema.createIndex('auto_receptionist_ivr_extension').on('auto_receptionist_ivr').columns(['account_id', 'no_action_extension_id']).execute();

        await db.schema
          .createTable('auto_receptionist_ivr_keys')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('receptionist_id', 'text', (c) => c.notNull())
          .addColumn('hours_type', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('action', 'integer', (c) => c.notNull())
          .addColumn('target_extension_id', 'text')
          .addColumn('target_phone_number', 'text')
          .addColumn('voicemail_greeting_id', 'text')
          .execute();
        await db.schema
          .createIndex('auto_receptionist_ivr_keys_key')
          .on('auto_receptionist_ivr_keys')
          .columns(['account_id', 'receptionist_id', 'hours_type', 'key'])
          .unique()
          .execute();
        await db.schema.createIndex('auto_receptionist_ivr_keys_target').on('auto_receptionist_ivr_keys').columns(['account_id', 'target_extension_id']).execute();

        await withSeq(db.schema.createTable('auto_receptionist_voicemail_access'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('receptionist_id', 'text', (c) => c.notNull())
          .addColumn('shared_id', 'text', (c) => c.notNull())
          .addColumn('access_user_id', 'text', (c) => c.notNull())
          .addColumn('access_user_type', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('allow_delete', 'integer', (c) => c.notNull())
          .addColumn('allow_download', 'integer', (c) => c.notNull())
          .addColumn('allow_sharing', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('auto_receptionist_voicemail_access_user')
          .on('auto_receptionist_voicemail_access')
          .columns(['account_id', 'receptionist_id', 'access_user_id'])
          .unique()
          .execute();
        await db.schema.createIndex('auto_receptionist_voicemail_access_shared').on('auto_receptionist_voicemail_access').columns(['account_id', 'shared_id']).unique().execute();
        await db.schema.createIndex('auto_receptionist_voicemail_access_extension').on('auto_receptionist_voicemail_access').columns(['account_id', 'extension_id']).execute();

        await copyMainReceptionists(db);
      },
    },
  };
}
