// The voicemails family's queries, every one scoped to an account: the rows a
// completed call leaves, the lists (newest first, in keyset pages), and the
// changes the API makes (read status, trash, deletion for good).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { CompletedCall } from '../call-logs/public.ts';
import { extensionsByIds } from '../extensions/public.ts';
import { partyView, type PartyView } from '../recordings/public.ts';
import { trashKeptSince } from '../../kit/trash.ts';
import { newestFirstKey } from '../../kit/list.ts';
import type { PhoneVoicemailTable } from './tables.ts';
import { NEW_STATUS } from './rules.ts';

export type VoicemailRow = Selectable<PhoneVoicemailTable>;
export type ListedVoicemail = VoicemailRow & { seq: number };

export interface Parties {
  caller: PartyView;
  callee: PartyView;
}

/** Stores the voicemail a completed call left, in its transaction; answers the row written, if any. */
export async function callVoicemailRow(db: Kysely<Database>, call: CompletedCall): Promise<VoicemailRow | undefined> {
  const v = call.voicemail;
  if (!v) return undefined;
  // The simulator names the mailbox's holder (ownerId); a call it did not place may not.
  const ext = v.owner.extensionId && v.owner.ownerId === undefined ? (await extensionsByIds(db, call.accountId, [v.owner.extensionId])).get(v.owner.extensionId) : undefined;
  const leg = call.legs.find((l) => l.id === v.legId);
  const parties: Parties = { caller: partyView(leg?.caller ?? call.caller), callee: partyView(leg?.callee ?? v.owner) };
  const number = v.owner.extensionNumber ?? (ext ? String(ext.number) : undefined);
  const row = {
    id: v.id,
    account_id: call.accountId,
    file_id: v.fileId,
    call_id: call.callId,
    call_history_id: call.historyUuid,
    call_log_id: (v.owner.extensionId && call.logIds[v.owner.extensionId]) || null,
    call_element_id: v.legId,
    owner_extension_id: v.owner.extensionId ?? null,
    owner_extension_type: v.owner.extensionType ?? null,
    owner_id: v.owner.userId ?? v.owner.ownerId ?? ext?.ownerId ?? v.owner.extensionId ?? null,
    owner_name: v.owner.name,
    owner_extension_number: number !== undefined && /^\d+$/.test(number) ? Number(number) : null,
    user_id: v.owner.extensionType === 'user' ? (v.owner.userId ?? ext?.ownerId ?? null) : null,
    site_id: v.owner.siteId ?? ext?.siteId ?? null,
    start_at: v.startAt,
    seconds: v.seconds,
    parties: JSON.stringify(parties),
    status: NEW_STATUS,
    deleted_at: null,
    soft_deleted_type: null,
  };
  return row as VoicemailRow;
}

export const partiesOfRow = (row: VoicemailRow): Parties => JSON.parse(row.parties) as Parties;

/** The oldest moment a trashed voicemail may have gone to the trash and still be there. */

export interface VoicemailFilters {
  start: number;
  end: number;
  /** The trash (kept there still at `now`) or everything else. */
  trash: boolean;
  now: number;
  userId?: string;
  status?: string;
  extensionTypes?: string[];
  siteId?: string;
}

function listed(store: AccountStore, f: VoicemailFilters) {
  let q = store.scoped('phone_voicemails').where('start_at', '>=', f.start).where('start_at', '<=', f.end);
  q = f.trash ? q.where('deleted_at', '>', trashKeptSince(f.now)) : q.where('deleted_at', 'is', null);
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  if (f.status) q = q.where('status', '=', f.status);
  // An empty list matches nothing (and `in ()` is no SQL).
  if (f.extensionTypes) q = f.extensionTypes.length ? q.where('owner_extension_type', 'in', f.extensionTypes) : q.where(sql<boolean>`1 = 0`);
  if (f.siteId) q = q.where('site_id', '=', f.siteId);
  return q;
}

/** A page of voicemails, newest first, after the row whose key is `afterKey`. */
export async function pageVoicemails(store: AccountStore, f: VoicemailFilters, afterKey: number, limit: number): Promise<ListedVoicemail[]> {
  let q = listed(store, f).selectAll();
  if (afterKey > 0) q = q.where('seq', '<', newestFirstKey(afterKey));
  const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: newestFirstKey(Number(r.seq)) }));
}

export async function countVoicemails(store: AccountStore, f: VoicemailFilters): Promise<number> {
  const row = await listed(store, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A voicemail of the account, in the trash or not (a trashed one only while the trash keeps it). */
export async function findVoicemail(store: AccountStore, id: string, now: number): Promise<VoicemailRow | undefined> {
  const row = await store.find('phone_voicemails', { id });
  return row && (row.deleted_at === null || Number(row.deleted_at) > trashKeptSince(now)) ? row : undefined;
}

/** The voicemail whose file this is, not in the trash. */
export async function findFile(store: AccountStore, fileId: string): Promise<VoicemailRow | undefined> {
  const row = await store.find('phone_voicemails', { file_id: fileId });
  return row && row.deleted_at === null ? row : undefined;
}

/** The voicemail a call left in a mailbox, not in the trash. */
export async function voicemailOfCall(store: AccountStore, callId: string, extensionId: string): Promise<VoicemailRow | undefined> {
  return store.scoped('phone_voicemails').selectAll().where('call_id', '=', callId).where('owner_extension_id', '=', extensionId).where('deleted_at', 'is', null).executeTakeFirst();
}

/** Sets the read status of a voicemail not in the trash; false when there is none. */
export async function setStatus(store: AccountStore, id: string, status: string): Promise<boolean> {
  const res = await store.db
    .updateTable('phone_voicemails')
    .set({ status })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Moves a voicemail not in the trash to it; false when it was not there to move (a concurrent delete won). */
export async function trash(store: AccountStore, id: string, now: number): Promise<boolean> {
  const res = await store.db
    .updateTable('phone_voicemails')
    .set({ deleted_at: now, soft_deleted_type: 'Manual' })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Deletes a voicemail in the trash for good. */
export async function purge(store: AccountStore, id: string): Promise<boolean> {
  const res = await store.db
    .deleteFrom('phone_voicemails')
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
