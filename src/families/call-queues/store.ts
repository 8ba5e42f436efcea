// The call-queues family's queries, scoped by account on every one: through the
// request's AccountStore, or with the account an event names. Writes run in the
// caller's transaction, so a queue, its extension in the directory and its
// numbers change together or not at all.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LockMode } from '../../kit/locks.ts';
import type { CallQueueMemberTable, CallQueueTable, CallQueueVoicemailAccessTable } from './tables.ts';
import { DEFAULT_ROUTING, type Json, type Routing } from './rules.ts';

type Db = Kysely<Database>;
export type QueueRow = Omit<Selectable<CallQueueTable>, 'seq'> & { seq: number };
export type MemberRow = Omit<Selectable<CallQueueMemberTable>, 'seq'> & { seq: number };
export type AccessRow = Selectable<CallQueueVoicemailAccessTable>;
export type QueueInsert = Omit<Insertable<CallQueueTable>, 'account_id' | 'seq'>;

/** What a queue keeps in `settings`: its policy changes and its routing. */
export interface QueueSettings {
  policy?: Json;
  routing?: Routing;
}

export function parseSettings(row: Pick<QueueRow, 'settings'>): QueueSettings {
  try {
    return JSON.parse(row.settings || '{}') as QueueSettings;
  } catch {
    return {};
  }
}

export const routingOf = (row: Pick<QueueRow, 'settings'>): Routing => ({ ...DEFAULT_ROUTING, ...parseSettings(row).routing });

const asQueue = (r: Selectable<CallQueueTable>): QueueRow => ({ ...r, seq: Number(r.seq) });

// ---- queues -------------------------------------------------------------------

export async function findQueue(store: AccountStore, id: string, lock?: LockMode): Promise<QueueRow | undefined> {
  const row = lock ? await store.lock('call_queues', { id }, lock) : await store.find('call_queues', { id });
  return row && asQueue(row);
}

export interface QueueFilters {
  site_id?: string;
  cost_center?: string;
  department?: string;
  /** The queues' extension ids (the analytics' call_queue_ext_ids). */
  extension_ids?: string[];
}

function filtered(store: AccountStore, f: QueueFilters) {
  let q = store.scoped('call_queues');
  if (f.site_id !== undefined) q = q.where('site_id', '=', f.site_id);
  if (f.cost_center !== undefined) q = q.where('cost_center', '=', f.cost_center);
  if (f.department !== undefined) q = q.where('department', '=', f.department);
  if (f.extension_ids?.length) q = q.where('extension_id', 'in', f.extension_ids);
  return q;
}

export async function listQueues(store: AccountStore, f: QueueFilters, afterSeq: number, limit: number): Promise<QueueRow[]> {
  const rows = await filtered(store, f).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return rows.map(asQueue);
}

export async function countQueues(store: AccountStore, f: QueueFilters): Promise<number> {
  const row = await filtered(store, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes the queue, its members and its voicemail access list; false when it was not there. */
export async function deleteQueue(store: AccountStore, id: string): Promise<boolean> {
  await store.remove('call_queue_members', { queue_id: id });
  await store.remove('call_queue_voicemail_access', { queue_id: id });
  return (await store.remove('call_queues', { id })) === 1;
}

// ---- members --------------------------------------------------------------------

export async function countMembers(store: AccountStore, queueId: string): Promise<number> {
  return store.count('call_queue_members', { queue_id: queueId });
}

export async function pageMembers(store: AccountStore, queueId: string, afterSeq: number, limit: number): Promise<MemberRow[]> {
  return store.page('call_queue_members', { queue_id: queueId }, afterSeq, limit);
}

/** The members of these queues, in the order they joined, by queue id. */
export async function membersOf(store: AccountStore, queueIds: string[]): Promise<Map<string, MemberRow[]>> {
  const out = new Map<string, MemberRow[]>();
  if (queueIds.length === 0) return out;
  const rows = await store.scoped('call_queue_members').selectAll().where('queue_id', 'in', queueIds).orderBy('seq').execute();
  for (const r of rows) out.set(r.queue_id, [...(out.get(r.queue_id) ?? []), { ...r, seq: Number(r.seq) }]);
  return out;
}

/** Adds a member unless it is in the queue already (the unique index decides); true when it was added. */
export async function addMember(store: AccountStore, m: Omit<Insertable<CallQueueMemberTable>, 'account_id' | 'seq'>): Promise<boolean> {
  const res = await store.db
    .insertInto('call_queue_members')
    .values({ account_id: store.accountId, ...m })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findMember(store: AccountStore, queueId: string, memberId: string): Promise<MemberRow | undefined> {
  const row = await store.find('call_queue_members', { queue_id: queueId, member_id: memberId });
  return row && { ...row, seq: Number(row.seq) };
}

/** Removes the members of a queue at `level` (all levels when none is given); how many went. */
export async function removeMembers(store: AccountStore, queueId: string, where: { memberId?: string; level?: string }): Promise<number> {
  return store.remove('call_queue_members', { queue_id: queueId, member_id: where.memberId, level: where.level });
}

// ---- voicemail access ---------------------------------------------------------------

export async function accessOf(store: AccountStore, queueId: string): Promise<AccessRow[]> {
  return store.scoped('call_queue_voicemail_access').selectAll().where('queue_id', '=', queueId).orderBy('seq').execute();
}

/** Adds access for a user unless the queue's list has it already (the unique index decides); true when added. */
export async function addAccess(store: AccountStore, a: Omit<Insertable<CallQueueVoicemailAccessTable>, 'account_id' | 'seq'>): Promise<boolean> {
  const res = await store.db
    .insertInto('call_queue_voicemail_access')
    .values({ account_id: store.accountId, ...a })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

// ---- what other families' events ask ---------------------------------------------------

/** Members and voicemail access users whose extensions left the directory leave the queues. */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await db.deleteFrom('call_queue_members').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('call_queue_voicemail_access').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
}

/**
 * A site being deleted: "the site ID of another site where the assets of current
 * site (users, numbers and phones) can be transferred to" — its queues move there
 * (the directory moves their extensions, the numbers family their numbers).
 */
export async function moveSiteQueues(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('call_queues').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}

/** A queue's routing, for a call router: by the queue's extension id. */
export async function queueByExtension(db: Db, accountId: string, extensionId: string): Promise<QueueRow | undefined> {
  const row = await db.selectFrom('call_queues').selectAll().where('account_id', '=', accountId).where('extension_id', '=', extensionId).executeTakeFirst();
  return row && asQueue(row);
}

export async function queueMembers(db: Db, accountId: string, queueId: string): Promise<MemberRow[]> {
  const rows = await db.selectFrom('call_queue_members').selectAll().where('account_id', '=', accountId).where('queue_id', '=', queueId).orderBy('seq').execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
