// What other families (and the telephony simulator) may use of the Blocked List:
// which of an account's active entries stop a call to or from a number, so that
// a router can refuse it as Zoom does ("Blocked callers will hear a generic
// message stating that the person they are calling is not available").
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { blockingEntries, blockingMatcher } from './store.ts';

export type { BlockingEntry } from './store.ts';
export { blockingEntries };

/** Whether the account's Blocked List stops a call to or from `phoneNumber` (E.164) in `direction`. */
export async function isBlocked(db: Kysely<Database>, accountId: string, phoneNumber: string, direction: 'inbound' | 'outbound'): Promise<boolean> {
  return (await blockingEntries(db, accountId, phoneNumber, direction)).length > 0;
}

/** isBlocked for many numbers of one account, in one read of its Blocked List (a simulation's). */
export async function blockedListOf(db: Kysely<Database>, accountId: string): Promise<(phoneNumber: string, direction: 'inbound' | 'outbound') => boolean> {
  const match = await blockingMatcher(db, accountId);
  return (phoneNumber, direction) => match(phoneNumber, direction).length > 0;
}
