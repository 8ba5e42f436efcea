// What other families may use of emergency-locations: which emergency addresses its
// locations send (the emergency-addresses family may refuse to delete one in use), and
// the writes its listeners make when a site goes or numbers leave the account.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';

type Db = Kysely<Database>;

/** Which of these emergency addresses a location of the account uses. */
export async function addressesInUse(db: Db, accountId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('emergency_locations')
    .select('emergency_address_id')
    .where('account_id', '=', accountId)
    .where('emergency_address_id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.emergency_address_id));
}

/** Moves the site's locations to the transfer site (sites.deleting), with this family's rights. */
export async function moveSiteLocations(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await owner.bind(db).updateTable('emergency_locations').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

/** Unbinds these numbers from the locations whose ELIN they were (numbers.removed), with this family's rights. */
export async function forgetElins(db: Db, accountId: string, numberIds: string[]): Promise<void> {
  if (numberIds.length === 0) return;
  await owner.bind(db).updateTable('emergency_locations').set({ elin_number_id: null }).where('account_id', '=', accountId).where('elin_number_id', 'in', numberIds).execute();
}
