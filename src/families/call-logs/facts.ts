// What the views of a call show of an extension party beyond its name and
// number: its holder, department and cost center.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { findUser } from '../users/public.ts';
import { extensionById } from '../extensions/public.ts';
import type { CallParty } from './call.ts';

/**
 * An extension party's holder, department and cost center: as the simulator gave
 * them (it read them once for the whole simulation), else read from the user.
 */
export async function partyFacts(db: Kysely<Database>, accountId: string, p: CallParty): Promise<{ ownerId?: string; department?: string; costCenter?: string }> {
  if (p.ownerId !== undefined) return { ownerId: p.ownerId, department: p.department, costCenter: p.costCenter };
  if (!p.extensionId) return {};
  if (p.userId) {
    const user = await findUser(db, accountId, p.userId);
    return { ownerId: user?.id ?? p.userId, department: user?.department ?? undefined, costCenter: user?.cost_center ?? undefined };
  }
  return { ownerId: (await extensionById(db, accountId, p.extensionId))?.ownerId };
}
