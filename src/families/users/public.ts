// What other families may use of users: reading a user (whole, or just its id
// and email for a family that links to it), how many users hold each calling plan
// (billing counts its inventory from it), the events sent when users move to
// another site (the numbers assigned to them follow) or leave Zoom Phone, and
// taking a user out (the control plane does, as Zoom's user management would),
// and a user's effective policy (call handling refuses what it disables).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';
import { changedPolicy, effectivePolicy, type UserPolicy } from './policy.ts';

export { findUser, findUserByEmail, findUserByIdOrEmail, plansInUse, usersOf, type UserRow } from './store.ts';
export type { UserPolicy } from './policy.ts';

/** The user's effective policy, as its profile (getAUsersProfile) shows it; undefined when the account has no such user. */
export async function userPolicyOf(db: Kysely<Database>, accountId: string, userId: string): Promise<UserPolicy | undefined> {
  const row = await store.findUser(db, accountId, userId);
  return row && effectivePolicy(db, accountId, row);
}

/** The settings of the user's policy its site or it changed, as its profile shows them (policy.ts says why); undefined when there is no such user. */
export async function changedPolicyOf(db: Kysely<Database>, accountId: string, userId: string): Promise<Partial<UserPolicy> | undefined> {
  const row = await store.findUser(db, accountId, userId);
  return row && changedPolicy(db, accountId, row);
}

/**
 * The user (id or email), held as a write to it would be until the caller's transaction
 * ends: a removal of the user waits for that commit, so its users.removed listeners see
 * what was hung on the user meanwhile. Undefined when there is no such user. Run inside a transaction.
 */
export const holdUser = async (db: Kysely<Database>, accountId: string, idOrEmail: string) =>
  (await store.lockUsers(new AccountStore(db, accountId), [idOrEmail]))[0];

/** Takes the user (id or email) out of Zoom Phone, with the users family's rights, in the caller's transaction; false when there is none. */
export const removeUser = (db: Kysely<Database>, accountId: string, idOrEmail: string) =>
  store.removeUser(new AccountStore(owner.bind(db), accountId), idOrEmail);

declare module '../../kit/events.ts' {
  interface Events {
    'users.moved': { accountId: string; userIds: string[]; siteId: string };
    /** Users taken out of Zoom Phone: whatever is theirs (numbers, SIP phones) is let go. Their extensions are released after. */
    'users.removed': { accountId: string; userIds: string[] };
  }
}

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    userIds: string[];
    /** Index into `siteIds` of each demo user's site. */
    userSites: number[];
  }
}
