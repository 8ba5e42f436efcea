// The shared-line-groups family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account an event names. Writes run in
// the caller's transaction, so a group, its extension in the directory and its
// numbers change together or not at all.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LockMode } from '../../kit/locks.ts';
import type { SharedLineGroupMemberTable, SharedLineGroupTable, SharedLineGroupVoicemailAccessTable } from './tables.ts';
import type { Json } from './rules.ts';

type Db = Kysely<Database>;
export type GroupRow = Omit<Selectable<SharedLineGroupTable>, 'seq'> & { seq: number };
export type MemberRow = Omit<Selectable<SharedLineGroupMemberTable>, 'seq'> & { seq: number };
export type AccessRow = Selectable<SharedLineGroupVoicemailAccessTable>;

const asGroup = (r: Selectable<SharedLineGroupTable>): GroupRow => ({ ...r, seq: Number(r.seq) });
const asMember = (r: Selectable<SharedLineGroupMemberTable>): MemberRow => ({ ...r, seq: Number(r.seq) });

export function parsePolicy(row: Pick<GroupRow, 'policy'>): Json {
  try {
    return JSON.parse(row.policy || '{}') as Json;
  } catch {
    return {};
  }
}

// ---- groups -------------------------------------------------------------------

export async function findGroup(store: AccountStore, id: string, lock?: LockMode): Promise<GroupRow | undefined> {
  const row = lock ? await store.lock('shared_line_groups', { id }, lock) : await store.find('shared_line_groups', { id });
  return row && asGroup(row);
}

export async function listGroups(store: AccountStore, afterSeq: number, limit: number): Promise<GroupRow[]> {
  return store.page('shared_line_groups', {}, afterSeq, limit);
}

export const countGroups = (store: AccountStore): Promise<number> => store.count('shared_line_groups', {});

/** Removes the group, its members and its voicemail access list. */
export async function deleteGroup(store: AccountStore, id: string): Promise<void> {
  await store.remove('shared_line_group_members', { group_id: id });
  await store.remove('shared_line_group_voicemail_access', { group_id: id });
  await store.remove('shared_line_groups', { id });
}

// ---- members --------------------------------------------------------------------

/** The members of these groups, in the order they joined, by group id. */
export async function membersOf(store: AccountStore, groupIds: string[]): Promise<Map<string, MemberRow[]>> {
  const out = new Map<string, MemberRow[]>();
  if (groupIds.length === 0) return out;
  const rows = await store.scoped('shared_line_group_members').selectAll().where('group_id', 'in', groupIds).orderBy('seq').execute();
  for (const r of rows) out.set(r.group_id, [...(out.get(r.group_id) ?? []), asMember(r)]);
  return out;
}

/** The group each of these members is in (any group of the account), by member id. */
export async function groupsOfMembers(store: AccountStore, memberIds: string[]): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await store.scoped('shared_line_group_members').select(['member_id', 'group_id']).where('member_id', 'in', memberIds).execute();
  return new Map(rows.map((r) => [r.member_id, r.group_id]));
}

/** Adds a member unless it is in a group already (the unique index decides); true when it was added. */
export async function addMember(store: AccountStore, m: Omit<Insertable<SharedLineGroupMemberTable>, 'account_id' | 'seq'>): Promise<boolean> {
  const res = await store.db
    .insertInto('shared_line_group_members')
    .values({ account_id: store.accountId, ...m })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Removes one member of the group, or all of them without `memberId`; how many went. */
export async function removeMembers(store: AccountStore, groupId: string, memberId?: string): Promise<number> {
  return store.remove('shared_line_group_members', { group_id: groupId, member_id: memberId });
}

// ---- voicemail access ---------------------------------------------------------------

export async function accessOf(store: AccountStore, groupId: string): Promise<AccessRow[]> {
  return store.scoped('shared_line_group_voicemail_access').selectAll().where('group_id', '=', groupId).orderBy('seq').execute();
}

/** Adds access for a user unless the group's list has it already (the unique index decides). */
export async function addAccess(store: AccountStore, a: Omit<Insertable<SharedLineGroupVoicemailAccessTable>, 'account_id' | 'seq'>): Promise<void> {
  await store.db
    .insertInto('shared_line_group_voicemail_access')
    .values({ account_id: store.accountId, ...a })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

// ---- what other families' events ask ---------------------------------------------------

/** Members and voicemail access users whose extensions left the directory leave the groups. */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await db.deleteFrom('shared_line_group_members').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('shared_line_group_voicemail_access').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}

/**
 * A site being deleted: "the site ID of another site where the assets of current
 * site (users, numbers and phones) can be transferred to" — its groups move there
 * with their members (the users move too), the directory moves their extensions
 * and the numbers family their numbers.
 */
export async function moveSiteGroups(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('shared_line_groups').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

/**
 * Users moved to another site leave the groups of other sites: "You will only be
 * able to add members that belong to this site to the shared line group."
 */
export async function leaveOtherSites(db: Db, accountId: string, userIds: string[], siteId: string): Promise<void> {
  if (userIds.length === 0) return;
  const elsewhere = db.selectFrom('shared_line_groups').select('id').where('account_id', '=', accountId).where('site_id', '<>', siteId);
  await db
    .deleteFrom('shared_line_group_members')
    .where('account_id', '=', accountId)
    .where('member_type', '=', 'user')
    .where('member_id', 'in', userIds)
    .where('group_id', 'in', elsewhere)
    .execute();
}

/** The group holding this extension of the directory. */
export async function groupByExtension(db: Db, accountId: string, extensionId: string): Promise<GroupRow | undefined> {
  const row = await db.selectFrom('shared_line_groups').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).executeTakeFirst();
  return row && asGroup(row);
}
