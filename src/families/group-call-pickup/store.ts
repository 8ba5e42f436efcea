// The group-call-pickup family's queries, scoped by account on every one. Writes run
// inside the handler's transaction; the unique indexes decide between concurrent
// writers (a group's number, a member's place in a group).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { wentIn } from '../../kit/constraints.ts';
import { isPostgres, type LockMode } from '../../kit/locks.ts';
import type { CallPickupGroupMemberTable, CallPickupGroupTable } from './tables.ts';

type Db = Kysely<Database>;

export type GroupRow = Selectable<CallPickupGroupTable>;
export type MemberRow = Omit<Selectable<CallPickupGroupMemberTable>, 'seq'> & { seq: number };

const withSeqNumber = <R extends { seq: number | bigint }>(rows: R[]) => rows.map((r) => ({ ...r, seq: Number(r.seq) }));

// ---- groups ----------------------------------------------------------------

function groups(store: AccountStore, siteId: string | undefined) {
  let q = store.scoped('call_pickup_groups');
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  return q;
}

/** A page of the account's groups (of one site, when asked), each with its member count. */
export async function listGroups(store: AccountStore, siteId: string | undefined, afterSeq: number, limit: number) {
  const rows = await groups(store, siteId)
    .selectAll('call_pickup_groups')
    .select((eb) =>
      eb
        .selectFrom('call_pickup_group_members as m')
        .select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('m.account_id', '=', 'call_pickup_groups.account_id')
        .whereRef('m.group_id', '=', 'call_pickup_groups.id')
        .as('member_count'),
    )
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return withSeqNumber(rows);
}

export async function countGroups(store: AccountStore, siteId: string | undefined): Promise<number> {
  const row = await groups(store, siteId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const findGroup = (store: AccountStore, id: string, mode?: LockMode): Promise<GroupRow | undefined> =>
  mode ? store.lock('call_pickup_groups', { id }, mode) : store.find('call_pickup_groups', { id });

export const countMembers = (store: AccountStore, groupId: string): Promise<number> => store.count('call_pickup_group_members', { group_id: groupId });

/** Adds the group; false when another group of the account has its number (the unique index decides). Run inside a transaction. */
export async function insertGroup(store: AccountStore, row: Omit<GroupRow, 'seq' | 'account_id'>): Promise<boolean> {
  return wentIn(store.db, () => store.insert('call_pickup_groups', row));
}

/** Changes the group; false when its new number is another group's. Run inside a transaction. */
export async function updateGroup(store: AccountStore, id: string, changes: Partial<Omit<GroupRow, 'seq' | 'account_id' | 'id' | 'created_at'>>): Promise<boolean> {
  return wentIn(store.db, () => store.patch('call_pickup_groups', { id }, changes));
}

/** Deletes the group and its members. Run inside a transaction that holds the group. */
export async function deleteGroup(store: AccountStore, id: string): Promise<void> {
  await store.remove('call_pickup_group_members', { group_id: id });
  await store.remove('call_pickup_groups', { id });
}

// ---- members ---------------------------------------------------------------

function members(store: AccountStore, groupId: string, extensionType: string | undefined) {
  let q = store.scoped('call_pickup_group_members').where('group_id', '=', groupId);
  if (extensionType !== undefined) q = q.where('extension_type', '=', extensionType);
  return q;
}

export async function listMembers(store: AccountStore, groupId: string, extensionType: string | undefined, afterSeq: number, limit: number): Promise<MemberRow[]> {
  const rows = await members(store, groupId, extensionType).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return withSeqNumber(rows);
}

export async function countMembersOfType(store: AccountStore, groupId: string, extensionType: string | undefined): Promise<number> {
  const row = await members(store, groupId, extensionType).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Which of these extensions are members of the group already. */
export async function membersAmong(store: AccountStore, groupId: string, extensionIds: string[]): Promise<Set<string>> {
  if (extensionIds.length === 0) return new Set();
  const rows = await store.scoped('call_pickup_group_members').select('extension_id').where('group_id', '=', groupId).where('extension_id', 'in', extensionIds).execute();
  return new Set(rows.map((r) => r.extension_id));
}

/** Adds a member; false when the extension is one already (the unique index decides). Run inside a transaction. */
export async function insertMember(store: AccountStore, row: Omit<MemberRow, 'seq' | 'account_id'>): Promise<boolean> {
  return wentIn(store.db, () => store.insert('call_pickup_group_members', row));
}

export const removeMember = (store: AccountStore, groupId: string, extensionId: string): Promise<number> =>
  store.remove('call_pickup_group_members', { group_id: groupId, extension_id: extensionId });

/**
 * Holds the extensions against their release until the transaction ends: an add
 * of members and the release of an extension (extensions.released) take the same
 * lock, so a member added while its extension goes is either seen and removed by
 * the release, or finds the extension gone. Taken in one order. PostgreSQL only:
 * SQLite runs one transaction at a time.
 */
export async function holdExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (!isPostgres(db)) return;
  for (const id of [...new Set(extensionIds)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtext(${`group-call-pickup ${accountId} ${id}`}))`.execute(db);
  }
}

// ---- what other families' events change ------------------------------------

/** The extensions left the directory: they are members of no group any more. */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await holdExtensions(db, accountId, extensionIds);
  await db.deleteFrom('call_pickup_group_members').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}

/** A site is deleted: its groups move to the transfer site, as its users, numbers and phones do. */
export async function moveSiteGroups(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('call_pickup_groups').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
