// Where a policy's parked calls go (`call_park.forward_to_extension_id`): an
// extension of the account. The directory holds users' extensions and sites' main
// auto receptionists' today, and tells who holds a number but not an id, so the
// id is looked for with the two holders themselves.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { findUserByExtensionId } from '../users/public.ts';
import { findReceptionistByExtensionId } from './store.ts';
import type { ForwardTarget } from './policy.ts';

export async function forwardTarget(db: Kysely<Database>, accountId: string, extensionId: string | undefined): Promise<ForwardTarget | undefined> {
  if (!extensionId) return undefined;
  const user = await findUserByExtensionId(db, accountId, extensionId);
  if (user) {
    return { display_name: user.name, extension_id: extensionId, extension_number: user.extension_number ?? undefined, extension_type: 'user', id: user.id };
  }
  const held = await findReceptionistByExtensionId(db, accountId, extensionId);
  if (!held) return undefined;
  const r = held.receptionist;
  return { display_name: r.name, extension_id: extensionId, extension_number: r.extension_number, extension_type: 'autoReceptionist', id: r.id };
}
