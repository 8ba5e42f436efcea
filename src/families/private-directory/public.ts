// What other families may use of private-directory: who may find which extension.
// An extension in the private directory is hidden from those its scope leaves out
// (an alert setting naming one answers "The specified extension is in the private
// directory whom you do not have access to.", say). Read only.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SearchScope } from './tables.ts';

export type { SearchScope } from './tables.ts';

/** The searchable_on_web_portal of those of these extensions that are private directory members, by extension id: one query for a page of them. */
export async function privateDirectoryScopes(db: Kysely<Database>, accountId: string, extensionIds: string[]): Promise<Map<string, SearchScope>> {
  if (extensionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('private_directory_members')
    .select(['extension_id', 'searchable_on_web_portal'])
    .where('account_id', '=', accountId)
    .where('extension_id', 'in', [...new Set(extensionIds)])
    .execute();
  return new Map(rows.map((r) => [r.extension_id, r.searchable_on_web_portal]));
}
