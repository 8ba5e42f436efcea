// The recordings family's queries, every one scoped to an account: the rows a
// completed call leaves, the lists (newest first, in keyset pages), and the
// changes the API makes (auto-delete flag, trash, recovery, deletion for good).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { CompletedCall } from '../call-logs/public.ts';
import { extensionsByIds } from '../extensions/public.ts';
import type { PhoneRecordingTable } from './tables.ts';
import { RECORDING_TYPE, directionFor, partiesOf, type Parties } from './rules.ts';
import { trashKeptSince } from '../../kit/trash.ts';
import { newestFirstKey } from '../../kit/list.ts';

export type RecordingRow = Selectable<PhoneRecordingTable>;
export type ListedRecording = RecordingRow & { seq: number };


/** The rows of the recordings a completed call made (the listener writes a batch of calls' rows at once). */
export async function callRecordingRows(db: Kysely<Database>, call: CompletedCall): Promise<RecordingRow[]> {
  if (call.recordings.length === 0) return [];
  // The simulator names each owner's holder (ownerId); a call it did not place may not.
  const unknown = call.recordings.flatMap((r) => (r.owner.extensionId && r.owner.ownerId === undefined ? [r.owner.extensionId] : []));
  const extensions = await extensionsByIds(db, call.accountId, unknown);
  const rows = call.recordings.map((r) => {
    const ext = r.owner.extensionId ? extensions.get(r.owner.extensionId) : undefined;
    const parties: Parties = partiesOf(call, r.legId);
    const number = r.owner.extensionNumber ?? (ext ? String(ext.number) : undefined);
    const leg = call.legs.find((l) => l.id === r.legId);
    return {
      id: r.id,
      account_id: call.accountId,
      file_id: r.fileId,
      call_id: call.callId,
      call_history_id: call.historyUuid,
      call_log_id: (r.owner.extensionId && call.logIds[r.owner.extensionId]) || null,
      queue_extension_id: leg?.operator?.extensionType === 'call_queue' ? (leg.operator.extensionId ?? null) : null,
      call_element_id: r.legId,
      owner_extension_id: r.owner.extensionId ?? null,
      owner_extension_type: r.owner.extensionType ?? null,
      owner_id: r.owner.userId ?? r.owner.ownerId ?? ext?.ownerId ?? r.owner.extensionId ?? null,
      owner_name: r.owner.name,
      owner_extension_number: number !== undefined && /^\d+$/.test(number) ? Number(number) : null,
      user_id: r.owner.extensionType === 'user' ? (r.owner.userId ?? ext?.ownerId ?? null) : null,
      site_id: r.owner.siteId ?? ext?.siteId ?? null,
      direction: directionFor(call, r.legId, r.owner),
      recording_type: RECORDING_TYPE[r.type],
      start_at: r.startAt,
      end_at: r.endAt,
      parties: JSON.stringify(parties),
      auto_delete_enable: 1,
      deleted_at: null,
      soft_deleted_type: null,
    };
  });
  return rows as RecordingRow[];
}

export const partiesOfRow = (row: RecordingRow): Parties => JSON.parse(row.parties) as Parties;

export interface RecordingFilters {
  /** The window, on start_at or end_at. */
  start: number;
  end: number;
  dateColumn: 'start_at' | 'end_at';
  userId?: string;
  extensionTypes?: string[];
  recordingType?: string;
  siteId?: string;
  /** The recordings of calls a queue's members took (the queue's extension id). */
  queueExtensionId?: string;
}

function listed(store: AccountStore, f: RecordingFilters) {
  let q = store.scoped('phone_recordings').where('deleted_at', 'is', null).where(f.dateColumn, '>=', f.start).where(f.dateColumn, '<=', f.end);
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  // An empty list matches nothing (and `in ()` is no SQL).
  if (f.extensionTypes) q = f.extensionTypes.length ? q.where('owner_extension_type', 'in', f.extensionTypes) : q.where(sql<boolean>`1 = 0`);
  if (f.recordingType) q = q.where('recording_type', '=', f.recordingType);
  if (f.siteId) q = q.where('site_id', '=', f.siteId);
  if (f.queueExtensionId) q = q.where('queue_extension_id', '=', f.queueExtensionId);
  return q;
}

/** A page of the recordings not in the trash, newest first, after the row whose key is `afterKey`. */
export async function pageRecordings(store: AccountStore, f: RecordingFilters, afterKey: number, limit: number): Promise<ListedRecording[]> {
  let q = listed(store, f).selectAll();
  if (afterKey > 0) q = q.where('seq', '<', newestFirstKey(afterKey));
  const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: newestFirstKey(Number(r.seq)) }));
}

export async function countRecordings(store: AccountStore, f: RecordingFilters): Promise<number> {
  const row = await listed(store, f)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A recording of the account, in the trash or not (a trashed one only while the trash keeps it). */
export async function findRecording(store: AccountStore, id: string, now: number): Promise<RecordingRow | undefined> {
  const row = await store.find('phone_recordings', { id });
  return row && (row.deleted_at === null || Number(row.deleted_at) > trashKeptSince(now)) ? row : undefined;
}

/** The recording whose file this is, not in the trash. */
export async function findFile(store: AccountStore, fileId: string): Promise<RecordingRow | undefined> {
  const row = await store.find('phone_recordings', { file_id: fileId });
  return row && row.deleted_at === null ? row : undefined;
}

/**
 * The recordings of a call (of one owner's extension when given): those not in
 * the trash first, then those the trash still keeps, each in the order they were made.
 */
export async function recordingsOfCall(store: AccountStore, callId: string, now: number, extensionId?: string): Promise<RecordingRow[]> {
  let q = store
    .scoped('phone_recordings')
    .selectAll()
    .where('call_id', '=', callId)
    .where((eb) => eb.or([eb('deleted_at', 'is', null), eb('deleted_at', '>', trashKeptSince(now))]));
  if (extensionId !== undefined) q = q.where('owner_extension_id', '=', extensionId);
  const rows = await q.orderBy('seq').execute();
  return rows.sort((a, b) => Number(a.deleted_at !== null) - Number(b.deleted_at !== null));
}

/** Moves a recording not in the trash to it; false when it was not there to move (a concurrent delete won). */
export async function trash(store: AccountStore, id: string, now: number): Promise<boolean> {
  const res = await store.db
    .updateTable('phone_recordings')
    .set({ deleted_at: now, soft_deleted_type: 'Manual' })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Deletes a recording for good: one in the trash, or one the trash no longer keeps. */
export async function purge(store: AccountStore, id: string): Promise<boolean> {
  const res = await store.db
    .deleteFrom('phone_recordings')
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** Takes a recording the trash still keeps out of it. */
export async function recover(store: AccountStore, id: string, now: number): Promise<boolean> {
  const res = await store.db
    .updateTable('phone_recordings')
    .set({ deleted_at: null, soft_deleted_type: null })
    .where('account_id', '=', store.accountId)
    .where('id', '=', id)
    .where('deleted_at', '>', trashKeptSince(now))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
