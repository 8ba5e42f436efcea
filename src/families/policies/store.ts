// The policies family's queries, every one scoped by account: the account's groups
// and their members, and the policy changes of each level.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LevelChange, PolicyType, PolicyValue } from './rules.ts';
import type { PhoneGroupTable, PolicyLevel } from './tables.ts';

export type GroupRow = Selectable<PhoneGroupTable>;

export const findGroup = (store: AccountStore, id: string): Promise<GroupRow | undefined> => store.find('phone_groups', { id });

/** The user's main group id, or undefined when it belongs to none. */
export async function groupOfUser(store: AccountStore, userId: string): Promise<string | undefined> {
  return (await store.find('phone_group_members', { user_id: userId }))?.group_id;
}

/** Each level's change of the policy, by level and target. */
export async function changesOf(store: AccountStore, type: PolicyType, targets: { level: PolicyLevel; id: string }[]): Promise<Map<string, LevelChange>> {
  if (!targets.length) return new Map();
  const rows = await store
    .scoped('phone_policies')
    .select(['level', 'target_id', 'value', 'locked'])
    .where('policy_type', '=', type)
    .where('target_id', 'in', targets.map((t) => t.id))
    .execute();
  return new Map(rows.map((r) => [`${r.level}:${r.target_id}`, { value: JSON.parse(r.value) as PolicyValue, locked: Number(r.locked) === 1 }]));
}

/**
 * Sets the fields given (and the lock, when given) on the level's change of the policy,
 * creating it if the level had none. Run inside a transaction: the row is locked while
 * it merges, so concurrent changes of different fields all survive.
 */
export async function change(store: AccountStore, type: PolicyType, level: PolicyLevel, targetId: string, fields: PolicyValue, locked: boolean | undefined, now: number): Promise<void> {
  await store.db
    .insertInto('phone_policies')
    .values({ account_id: store.accountId, level, target_id: targetId, policy_type: type, value: '{}', locked: 0, updated_at: now })
    .onConflict((oc) => oc.columns(['account_id', 'level', 'target_id', 'policy_type']).doNothing())
    .execute();
  const key = { level, target_id: targetId, policy_type: type };
  await store.mergeJson('phone_policies', key, 'value', fields);
  await store.patch('phone_policies', key, { updated_at: now, ...(locked !== undefined && { locked: locked ? 1 : 0 }) });
}

/** Drops the level's change: it inherits again. */
export const resetChange = (store: AccountStore, type: PolicyType, level: PolicyLevel, targetId: string) =>
  store.remove('phone_policies', { level, target_id: targetId, policy_type: type });

/** A user gone from Zoom Phone leaves its group and its policy changes. */
export async function forgetUsers(db: Kysely<Database>, accountId: string, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  await db.deleteFrom('phone_group_members').where('account_id', '=', accountId).where('user_id', 'in', userIds).execute();
  await db.deleteFrom('phone_policies').where('account_id', '=', accountId).where('level', '=', 'user').where('target_id', 'in', userIds).execute();
}

export interface GroupListing {
  id: string;
  name: string;
  member_ids: string[];
}

/** The account's groups with their members, in the order they were made. */
export async function groupsOf(db: Kysely<Database>, accountId: string): Promise<GroupListing[]> {
  const groups = await db.selectFrom('phone_groups').select(['id', 'name']).where('account_id', '=', accountId).orderBy('seq').execute();
  const members = await db.selectFrom('phone_group_members').select(['group_id', 'user_id']).where('account_id', '=', accountId).execute();
  return groups.map((g) => ({ ...g, member_ids: members.filter((m) => m.group_id === g.id).map((m) => m.user_id) }));
}

/** A new group whose members make it their main group (leaving the one they had). Run inside a transaction. */
export async function createGroup(db: Kysely<Database>, accountId: string, group: { id: string; name: string; userIds: string[]; now: number }): Promise<void> {
  await db.insertInto('phone_groups').values({ id: group.id, account_id: accountId, name: group.name, created_at: group.now }).execute();
  if (!group.userIds.length) return;
  await db.deleteFrom('phone_group_members').where('account_id', '=', accountId).where('user_id', 'in', group.userIds).execute();
  await db.insertInto('phone_group_members').values(group.userIds.map((user_id) => ({ account_id: accountId, group_id: group.id, user_id }))).execute();
}
