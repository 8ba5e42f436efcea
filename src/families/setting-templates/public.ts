// What other families may use of setting templates: a template found by id, with its
// type, site and settings, to apply to what they own (a user's policy, a common area's).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parseSettings, templateOf, type TemplateSettings } from './store.ts';

export type { TemplateSettings } from './store.ts';

export interface SettingTemplate {
  id: string;
  type: string;
  siteId: string | null;
  settings: TemplateSettings;
}

/** The account's template `id`, or undefined when it has none of that id. */
export async function findSettingTemplate(db: Kysely<Database>, accountId: string, id: string): Promise<SettingTemplate | undefined> {
  const row = await templateOf(db, accountId, id);
  return row && { id: row.id, type: row.type, siteId: row.site_id, settings: parseSettings(row) };
}
