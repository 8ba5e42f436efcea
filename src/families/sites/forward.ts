// Where a policy's parked calls go (`call_park.forward_to_extension_id`): an
// extension of the account, found in the extension directory. The directory
// names a main auto receptionist by its site; the receptionist's own id is the site's.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { extensionById } from '../extensions/public.ts';
import { findSite, parseSiteData } from './store.ts';
import { forwardExtensionId, sitePolicy, type ForwardTarget, type Json } from './policy.ts';

export async function forwardTarget(db: Kysely<Database>, accountId: string, extensionId: string | undefined): Promise<ForwardTarget | undefined> {
  if (!extensionId) return undefined;
  const held = await extensionById(db, accountId, extensionId);
  if (held?.kind === 'user') {
    return { display_name: held.name, extension_id: extensionId, extension_number: held.number, extension_type: 'user', id: held.ownerId };
  }
  if (held?.kind !== 'autoReceptionist') return undefined;
  const site = await findSite(db, accountId, held.ownerId);
  const receptionist = site && parseSiteData(site).main_auto_receptionist;
  if (!receptionist) return undefined;
  return { display_name: held.name, extension_id: extensionId, extension_number: held.number, extension_type: 'autoReceptionist', id: receptionist.id };
}

/** A site's policy as its details show it, from the changes the site keeps: its forward-to extension looked up. */
export async function shownSitePolicy(db: Kysely<Database>, accountId: string, changes: Json | undefined): Promise<Json> {
  return sitePolicy(changes, await forwardTarget(db, accountId, forwardExtensionId(changes)));
}
