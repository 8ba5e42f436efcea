// The call-logs family's queries. Lists are keyset pages on (time desc, seq desc)
// over the account's window: the page token carries the last row's seq, and the
// next page seeks to the rows before that row's (time, seq) — one index seek,
// whatever page it is, on the index that leads with a rare filter or on time.
import { sql, type Selectable } from 'kysely';
import type { AccountStore } from '../../kit/store.ts';
import { contains } from '../../kit/query.ts';
import type { CallAiSummaryTable, CallElementTable, CallHistoryTable, CallLogTable } from './tables.ts';

export type HistoryRow = Selectable<CallHistoryTable> & { seq: number };
export type ElementRow = Selectable<CallElementTable> & { seq: number };
export type LogRow = Selectable<CallLogTable> & { seq: number };
export type SummaryRow = Selectable<CallAiSummaryTable>;

// Kysely cannot type a column reference shared by two tables; the exported signatures stay typed.
type AnyQuery = any;

export interface TimeWindow {
  column: 'start_at' | 'end_at';
  from: number;
  to: number;
}

/** The new edition's filters (account call history, a user's call history). */
export interface HistoryFilters {
  keyword?: string;
  directions: string[];
  connect_types: string[];
  number_types: string[];
  call_types: string[];
  extension_types: string[];
  /** Stored leg results the asked words mean. */
  call_results?: string[];
  group_ids: string[];
  site_ids: string[];
  department?: string;
  cost_center?: string;
  recording_status?: string;
  with_voicemail?: boolean;
}

/** The old edition's filters (account call logs, a user's call logs). */
export interface LogFilters {
  missed?: boolean;
  path?: string;
  site_id?: string;
  charged?: boolean;
  phone_number?: string;
}

function newFilters(q: AnyQuery, f: HistoryFilters): AnyQuery {
  if (f.keyword) q = q.where(contains(sql.ref('keywords'), f.keyword.toLowerCase()));
  if (f.directions.length) q = q.where('direction', 'in', f.directions);
  if (f.connect_types.length) q = q.where('connect_type', 'in', f.connect_types);
  if (f.call_types.length) q = q.where('call_type', 'in', f.call_types);
  if (f.number_types.length) q = q.where((eb: AnyQuery) => eb.or([eb('caller_number_type', 'in', f.number_types), eb('callee_number_type', 'in', f.number_types)]));
  if (f.extension_types.length) q = q.where((eb: AnyQuery) => eb.or([eb('caller_ext_type', 'in', f.extension_types), eb('callee_ext_type', 'in', f.extension_types)]));
  if (f.call_results) q = f.call_results.length ? q.where('call_result', 'in', f.call_results) : q.where(sql<boolean>`1 = 0`);
  // The sandbox keeps no user groups: no record has a primary group, so naming one matches none.
  if (f.group_ids.length) q = q.where(sql<boolean>`1 = 0`);
  if (f.site_ids.length) q = q.where('site_id', 'in', f.site_ids);
  if (f.department) q = q.where('department', '=', f.department);
  if (f.cost_center) q = q.where('cost_center', '=', f.cost_center);
  if (f.recording_status) q = q.where('recording_status', '=', f.recording_status);
  if (f.with_voicemail !== undefined) q = q.where('has_voicemail', '=', f.with_voicemail ? 1 : 0);
  return q;
}

function oldFilters(q: AnyQuery, f: LogFilters): AnyQuery {
  if (f.missed) q = q.where('missed', '=', 1);
  if (f.path) q = q.where('path', '=', f.path);
  if (f.site_id) q = q.where('site_id', '=', f.site_id);
  if (f.charged) q = q.where('charged', '=', 1);
  if (f.phone_number) q = q.where((eb: AnyQuery) => eb.or([eb('caller_number', '=', f.phone_number), eb('callee_number', '=', f.phone_number)]));
  return q;
}

/** Up to `limit` rows of the window after the row `afterSeq` (0: from the newest), newest first. */
async function keyset(store: AccountStore, table: 'call_logs' | 'call_histories', base: AnyQuery, w: TimeWindow, afterSeq: number, limit: number): Promise<any[]> {
  let q = base.where(w.column, '>=', w.from).where(w.column, '<', w.to);
  if (afterSeq > 0) {
    const anchor = await (store.scoped(table) as AnyQuery).select([w.column]).where('seq', '=', afterSeq).executeTakeFirst();
    // Records are never removed, so a token's row is always there; one that is not names no place to go on from.
    if (!anchor) return [];
    q = q.where((eb: AnyQuery) => eb(eb.refTuple(w.column, 'seq'), '<', eb.tuple(Number(anchor[w.column]), afterSeq)));
  }
  const rows = await q.orderBy(w.column, 'desc').orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r: { seq: number | bigint }) => ({ ...r, seq: Number(r.seq) }));
}

async function counted(base: AnyQuery, w: TimeWindow): Promise<number> {
  const row = await base
    .where(w.column, '>=', w.from)
    .where(w.column, '<', w.to)
    .select((eb: AnyQuery) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---- the account's call history (one row per call) ------------------------------------------

const historyBase = (store: AccountStore, f: HistoryFilters) => newFilters(store.scoped('call_histories'), f);

export const pageHistories = (store: AccountStore, f: HistoryFilters, w: TimeWindow, after: number, limit: number): Promise<HistoryRow[]> =>
  keyset(store, 'call_histories', historyBase(store, f).selectAll(), w, after, limit);

export const countHistories = (store: AccountStore, f: HistoryFilters, w: TimeWindow) => counted(historyBase(store, f), w);

export const findHistory = (store: AccountStore, id: string) => store.find('call_histories', { id }) as Promise<HistoryRow | undefined>;

export async function elementsOf(store: AccountStore, historyIds: string[]): Promise<ElementRow[]> {
  if (!historyIds.length) return [];
  const rows = await store.scoped('call_elements').selectAll().where('history_id', 'in', historyIds).orderBy('history_id').orderBy('segment').orderBy('node').execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export const findElement = (store: AccountStore, id: string) => store.find('call_elements', { id }) as Promise<ElementRow | undefined>;

// ---- party logs -----------------------------------------------------------------------

/** Whose logs a list reads: the whole account's, or one extension's not deleted from that view. */
export type LogScope = { extensionId?: string; view?: 'logs' | 'history' };

function logBase(store: AccountStore, scope: LogScope): AnyQuery {
  let q: AnyQuery = store.scoped('call_logs');
  if (scope.extensionId) q = q.where('extension_id', '=', scope.extensionId);
  if (scope.view === 'logs') q = q.where('deleted_from_logs', '=', 0);
  if (scope.view === 'history') q = q.where('deleted_from_history', '=', 0);
  return q;
}

export const pageOldLogs = (store: AccountStore, scope: LogScope, f: LogFilters, w: TimeWindow, after: number, limit: number): Promise<LogRow[]> =>
  keyset(store, 'call_logs', oldFilters(logBase(store, scope), f).selectAll(), w, after, limit);

export const countOldLogs = (store: AccountStore, scope: LogScope, f: LogFilters, w: TimeWindow) => counted(oldFilters(logBase(store, scope), f), w);

export const pageNewLogs = (store: AccountStore, scope: LogScope, f: HistoryFilters, w: TimeWindow, after: number, limit: number): Promise<LogRow[]> =>
  keyset(store, 'call_logs', newFilters(logBase(store, scope), f).selectAll(), w, after, limit);

export const countNewLogs = (store: AccountStore, scope: LogScope, f: HistoryFilters, w: TimeWindow) => counted(newFilters(logBase(store, scope), f), w);

export const findLog = (store: AccountStore, id: string) => store.find('call_logs', { id }) as Promise<LogRow | undefined>;

/** The logs of these calls, for the client codes their elements show. */
export async function logsOfCalls(store: AccountStore, callIds: string[]): Promise<LogRow[]> {
  if (!callIds.length) return [];
  const rows = await store.scoped('call_logs').selectAll().where('call_id', 'in', callIds).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The elements of these calls where the extension is at either end: a user's call_elements. */
export async function elementsOfExtension(store: AccountStore, historyIds: string[], extensionId: string): Promise<ElementRow[]> {
  if (!historyIds.length) return [];
  const rows = await store
    .scoped('call_elements')
    .selectAll()
    .where('history_id', 'in', historyIds)
    .where((eb) => eb.or([eb('caller_ext_id', '=', extensionId), eb('callee_ext_id', '=', extensionId)]))
    .orderBy('start_at', 'desc')
    .orderBy('segment')
    .orderBy('node')
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * Sync: an extension's logs still in the view, by write order. newest: the
 * `count` newest; after: the `count` first written after seq `after`; before:
 * the `count` last written before seq `before`. Newest first in each answer.
 */
export async function syncLogs(
  store: AccountStore,
  extensionId: string,
  view: 'logs' | 'history',
  span: { after?: number; before?: number },
  count: number,
): Promise<LogRow[]> {
  let q: AnyQuery = logBase(store, { extensionId, view }).selectAll();
  if (span.after !== undefined) {
    const rows = await q.where('seq', '>', span.after).orderBy('seq', 'asc').limit(count).execute();
    return rows.map((r: LogRow) => ({ ...r, seq: Number(r.seq) })).reverse();
  }
  if (span.before !== undefined) q = q.where('seq', '<', span.before);
  const rows = await q.orderBy('seq', 'desc').limit(count).execute();
  return rows.map((r: LogRow) => ({ ...r, seq: Number(r.seq) }));
}

// ---- writes ------------------------------------------------------------------------------

export const setClientCode = (store: AccountStore, id: string, code: string) => store.patch('call_logs', { id }, { client_code: code });

/** Marks the log deleted from one view of its user; how many rows changed (0: not there, or already gone from that view). */
export function deleteFromView(store: AccountStore, id: string, extensionId: string, view: 'logs' | 'history'): Promise<number> {
  return view === 'logs'
    ? store.patch('call_logs', { id, extension_id: extensionId, deleted_from_logs: 0 }, { deleted_from_logs: 1 })
    : store.patch('call_logs', { id, extension_id: extensionId, deleted_from_history: 0 }, { deleted_from_history: 1 });
}

export const findSummary = (store: AccountStore, id: string) => store.find('call_ai_summaries', { id }) as Promise<SummaryRow | undefined>;
