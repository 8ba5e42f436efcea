// What other families and the control plane may use of policies: the account's Zoom
// groups (made and joined through Zoom's Groups API, outside this contract: the
// sandbox's control plane stands in for it). Writes run with this family's rights.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';
import { AccountStore } from '../../kit/store.ts';
import { resolve, type PolicyType, type Resolved } from './rules.ts';

export type { GroupListing } from './store.ts';

/** The account's groups, each with the users whose main group it is. */
export const groupsOf = (db: Kysely<Database>, accountId: string) => store.groupsOf(db, accountId);

/** Makes a group; its members leave their main group for it. Run inside a transaction. */
export const createGroup = (db: Kysely<Database>, accountId: string, group: { id: string; name: string; userIds: string[]; now: number }) =>
  store.createGroup(owner.bind(db), accountId, group);

/** A policy of the framework as a group reads it (the account's change, then the group's; a lock set above holds), as getGroupPolicyDetails shows it. */
export async function groupPolicy(db: Kysely<Database>, accountId: string, type: PolicyType, groupId: string): Promise<Resolved> {
  const chain = [{ level: 'account' as const, id: accountId }, { level: 'user_group' as const, id: groupId }];
  const changes = await store.changesOf(new AccountStore(db, accountId), type, chain);
  return resolve(type, chain.map(({ level, id }) => ({ level, change: changes.get(`${level}:${id}`) })));
}

/** A policy as a user reads it (the account's change, its main group's, its own; a lock set above holds), as getUserPolicyDetails shows it; the account's alone when `userId` is undefined (a common area). */
export async function userPolicy(db: Kysely<Database>, accountId: string, type: PolicyType, userId?: string): Promise<Resolved> {
  const account = new AccountStore(db, accountId);
  const chain: { level: 'account' | 'user_group' | 'user'; id: string }[] = [{ level: 'account', id: accountId }];
  if (userId !== undefined) {
    const group = await store.groupOfUser(account, userId);
    if (group) chain.push({ level: 'user_group', id: group });
    chain.push({ level: 'user', id: userId });
  }
  const changes = await store.changesOf(account, type, chain);
  return resolve(type, chain.map(({ level, id }) => ({ level, change: changes.get(`${level}:${id}`) })));
}

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    /** The demo account's Zoom groups, in the order the policies seed made them. */
    groupIds: string[];
  }
}
