// The setting-templates family's queries, scoped by account on every one.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SettingTemplateTable } from './tables.ts';

export type SettingTemplateRow = Selectable<SettingTemplateTable>;

export interface TemplateSettings {
  policy?: Record<string, unknown>;
  profile?: Record<string, unknown>;
  user_settings?: Record<string, unknown>;
}

export const parseSettings = (row: SettingTemplateRow): TemplateSettings => JSON.parse(row.settings) as TemplateSettings;

export async function templateOf(db: Kysely<Database>, accountId: string, id: string): Promise<SettingTemplateRow | undefined> {
  return db.selectFrom('setting_templates').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** A site deleted: its templates go to the site its users move to, as the users do. */
export async function forgetSite(db: Kysely<Database>, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('setting_templates').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
