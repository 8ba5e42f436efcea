// The monitoring-groups family's queries, each scoped to one account: through the
// request's AccountStore, or with the account a listener is told of. Writes run
// inside the caller's transaction; the unique indexes decide between concurrent
// writers of one membership, and a lost race is answered, never a 500.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { wentIn } from '../../kit/constraints.ts';
import { isPostgres, type LockMode } from '../../kit/locks.ts';
import type { MonitoringGroupMemberTable, MonitoringGroupTable } from './tables.ts';
import type { MemberType } from './rules.ts';

type Db = Kysely<Database>;

export type GroupRow = Selectable<MonitoringGroupTable>;
export type MemberRow = Selectable<MonitoringGroupMemberTable>;
export type GroupFilters = { type?: number; siteId?: string };

const withSeqNumber = <R extends { seq: number | bigint }>(rows: R[]) => rows.map((r) => ({ ...r, seq: Number(r.seq) }));

// ---- groups ----------------------------------------------------------------

function groups(store: AccountStore, f: GroupFilters) {
  let q = store.scoped('monitoring_groups');
  if (f.type !== undefined) q = q.where('type', '=', f.type);
  if (f.siteId !== undefined) q = q.where('site_id', '=', f.siteId);
  return q;
}

export async function listGroups(store: AccountStore, f: GroupFilters, afterSeq: number, limit: number): Promise<GroupRow[]> {
  return withSeqNumber(await groups(store, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute());
}

export async function countGroups(store: AccountStore, f: GroupFilters): Promise<number> {
  const row = await groups(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The group; held in `mode` until the transaction ends when one is given (run inside a transaction then). */
export const findGroup = (store: AccountStore, id: string, mode?: LockMode): Promise<GroupRow | undefined> =>
  mode ? store.lock('monitoring_groups', { id }, mode) : store.find('monitoring_groups', { id });

export const insertGroup = (store: AccountStore, row: Omit<GroupRow, 'seq' | 'account_id'>) => store.insert('monitoring_groups', row);

export const updateGroup = (store: AccountStore, id: string, changes: Partial<Omit<GroupRow, 'seq' | 'account_id' | 'id' | 'type' | 'created_at'>>) =>
  store.patch('monitoring_groups', { id }, changes);

/** Deletes the group and its members; how many groups went (0 or 1). Run inside a transaction that holds the group. */
export async function deleteGroup(store: AccountStore, id: string): Promise<number> {
  await store.remove('monitoring_group_members', { group_id: id });
  return store.remove('monitoring_groups', { id });
}

/** How many monitors and monitored each of these groups has: one query for a page of groups. */
export async function memberCounts(store: AccountStore, groupIds: string[]): Promise<Map<string, Record<MemberType, number>>> {
  const counts = new Map<string, Record<MemberType, number>>(groupIds.map((id) => [id, { monitor: 0, monitored: 0 }]));
  if (groupIds.length === 0) return counts;
  const rows = await store
    .scoped('monitoring_group_members')
    .select(['group_id', 'role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('group_id', 'in', groupIds)
    .groupBy(['group_id', 'role'])
    .execute();
  for (const r of rows) {
    const c = counts.get(r.group_id);
    if (c && (r.role === 'monitor' || r.role === 'monitored')) c[r.role] = Number(r.n);
  }
  return counts;
}

/** Groups on a site being deleted move to the transfer site, as everything else on it does. */
export async function moveSiteGroups(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('monitoring_groups').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

// ---- members ---------------------------------------------------------------

export async function listMembers(store: AccountStore, groupId: string, role: MemberType, afterSeq: number, limit: number): Promise<MemberRow[]> {
  return store.page('monitoring_group_members', { group_id: groupId, role }, afterSeq, limit);
}

export const countMembers = (store: AccountStore, groupId: string, role: MemberType): Promise<number> =>
  store.count('monitoring_group_members', { group_id: groupId, role });

/** Which of these extensions are members of the group already (in either role). */
export async function membersAmong(store: AccountStore, groupId: string, extensionIds: string[]): Promise<MemberRow[]> {
  if (extensionIds.length === 0) return [];
  return store.scoped('monitoring_group_members').selectAll().where('group_id', '=', groupId).where('extension_id', 'in', extensionIds).execute();
}

/** Which of these extensions another group of the type monitors already. */
export async function monitoredElsewhere(store: AccountStore, groupId: string, extensionIds: string[], type: number): Promise<MemberRow[]> {
  if (extensionIds.length === 0) return [];
  return store
    .scoped('monitoring_group_members')
    .selectAll()
    .where('extension_id', 'in', extensionIds)
    .where('exclusive_type', '=', type)
    .where('group_id', '<>', groupId)
    .execute();
}

/** Adds the members; false when a unique index refused one (a concurrent add won it), and then none is added. Run inside a transaction. */
export async function insertMembers(store: AccountStore, rows: Omit<MemberRow, 'seq' | 'account_id'>[]): Promise<boolean> {
  return wentIn(store.db, () => store.insert('monitoring_group_members', rows));
}

/** Removes the group's members (of one role, one extension, when given); how many went. */
export function removeMembers(store: AccountStore, groupId: string, which: { role?: MemberType; extensionId?: string }): Promise<number> {
  return store.remove('monitoring_group_members', { group_id: groupId, role: which.role, extension_id: which.extensionId });
}

/**
 * Holds these extensions' memberships until the transaction ends: an add and the
 * release of the extension (extensions.released) take the same lock, so a member
 * added while its extension goes is either seen and removed by the release, or
 * finds the extension gone. Taken in one order, before anything is written.
 * PostgreSQL only: SQLite runs one transaction at a time.
 */
export async function holdExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (!isPostgres(db)) return;
  for (const id of [...new Set(extensionIds)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtext(${`monitoring-groups ${accountId} ${id}`}))`.execute(db);
  }
}

/** The extensions left the directory: they leave every monitoring group they were in. */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await holdExtensions(db, accountId, extensionIds);
  await db.deleteFrom('monitoring_group_members').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}
