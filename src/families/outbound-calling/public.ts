// What other families and the simulator may use of outbound-calling: whether the
// outbound calling policy of a caller (its account, its site, the user or common
// area itself) lets a call out to a number.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { decide, destinationOf, refuses, type Decision, type LevelPolicy } from './rules.ts';
import { accountPolicies, levelKey, type LevelRef } from './store.ts';

/** Who places the call, as the simulator's parties name one: an extension of a kind, its user, its site. */
export interface OutboundCaller {
  extensionType?: string;
  extensionId?: string;
  userId?: string;
  siteId?: string;
}

const NONE: LevelPolicy = { rules: new Map(), exceptions: [] };

/**
 * The account's outbound calling policy read once (a simulation's): for a number
 * and a caller, the decision and whether it refuses the call (Blocked). A user's
 * policy is the account's, its site's and its own; a common area's likewise; any
 * other extension (a queue, a receptionist forwarding out) the account's and its site's.
 */
export async function outboundPolicyOf(
  db: Kysely<Database>,
  accountId: string,
): Promise<(phoneNumber: string, caller: OutboundCaller) => { refused: boolean; decision?: Decision }> {
  const levels = await accountPolicies(db, accountId);
  return (phoneNumber, caller) => {
    const dest = destinationOf(phoneNumber);
    if (!dest) return { refused: false };
    const chain: LevelRef[] = [{ level: 'account', id: accountId }];
    if (caller.siteId) chain.push({ level: 'site', id: caller.siteId });
    if (caller.extensionType === 'user' && caller.userId) chain.push({ level: 'user', id: caller.userId });
    if (caller.extensionType === 'common_area' && caller.extensionId) chain.push({ level: 'commonArea', id: caller.extensionId });
    const decision = decide(
      chain.map((r) => levels.get(levelKey(r)) ?? NONE),
      dest,
    );
    return { refused: refuses(decision), decision };
  };
}
