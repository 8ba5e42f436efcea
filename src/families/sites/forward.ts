// A site's policy as its details show it, with what it reads of other families: the
// account settings document it stands on (account-settings), and where its parked
// calls go (`call_park.forward_to_extension_id`): an extension of the account, found
// in the extension directory, which names each holder (a user, an auto receptionist).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { extensionById } from '../extensions/public.ts';
import { accountPolicy } from '../account-settings/public.ts';
import { forwardExtensionId, sitePolicy, type ForwardTarget, type Json } from './policy.ts';

export async function forwardTarget(db: Kysely<Database>, accountId: string, extensionId: string | undefined): Promise<ForwardTarget | undefined> {
  if (!extensionId) return undefined;
  const held = await extensionById(db, accountId, extensionId);
  if (held?.kind === 'user') {
    return { display_name: held.name, extension_id: extensionId, extension_number: held.number, extension_type: 'user', id: held.ownerId };
  }
  if (held?.kind !== 'autoReceptionist') return undefined;
  return { display_name: held.name, extension_id: extensionId, extension_number: held.number, extension_type: 'autoReceptionist', id: held.ownerId };
}

/** A site's policy as its details show it, from the changes the site keeps: over the account's document (`account` when the caller read it already), its forward-to extension looked up. */
export async function shownSitePolicy(db: Kysely<Database>, accountId: string, changes: Json | undefined, account?: Json): Promise<Json> {
  account ??= (await accountPolicy(db, accountId)).policy;
  return sitePolicy(account, changes, await forwardTarget(db, accountId, forwardExtensionId(changes)));
}
