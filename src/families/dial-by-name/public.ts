// What other families may use of dial-by-name: what a directory holds, for the
// simulator's "dial by name" IVR action once it routes one. Read only.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { includedSites } from './store.ts';
import { ACCOUNT_DIRECTORY } from './tables.ts';

/** The included sites and member extension ids of the account's dial-by-name directory (`siteId` null) or of a site's own. */
export async function dialByNameDirectory(db: Kysely<Database>, accountId: string, siteId: string | null): Promise<{ siteIds: string[]; extensionIds: string[] }> {
  const directory = siteId ?? ACCOUNT_DIRECTORY;
  const members = await db.selectFrom('dial_by_name_members').select('extension_id').where('account_id', '=', accountId).where('directory', '=', directory).orderBy('seq').execute();
  return { siteIds: await includedSites(db, accountId, directory), extensionIds: members.map((m) => m.extension_id) };
}
