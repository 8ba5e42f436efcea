// What other families may use of common-areas: finding a common area by its id or
// extension id (call queues and shared line groups take common areas as members:
// "common_area_ids"), with the extension it holds in the directory and its site.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { areasByKeys, findArea } from './store.ts';
import { AccountStore } from '../../kit/store.ts';

export interface CommonAreaRef {
  id: string;
  extensionId: string;
  displayName: string;
  siteId: string | null;
}

/** The account's common areas named by these ids (or extension ids), keyed as asked; those it does not have are missing. */
export async function findCommonAreas(db: Kysely<Database>, accountId: string, keys: string[]): Promise<Map<string, CommonAreaRef>> {
  const rows = await areasByKeys(db, accountId, keys);
  return new Map([...rows].map(([key, r]) => [key, { id: r.id, extensionId: r.extension_id, displayName: r.display_name, siteId: r.site_id }]));
}

/** The common area (id or extension id), held until the caller's transaction ends so that a concurrent delete waits for it; undefined when there is none. Run inside a transaction. */
export async function holdCommonArea(db: Kysely<Database>, accountId: string, key: string): Promise<CommonAreaRef | undefined> {
  const r = await findArea(new AccountStore(db, accountId), key, 'keyShare');
  return r && { id: r.id, extensionId: r.extension_id, displayName: r.display_name, siteId: r.site_id };
}
