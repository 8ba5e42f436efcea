// Handlers of the call-logs family, keyed by operationId and typed from the
// contract. Everything is read from what recordCall stored: the account's call
// history (one per call) and its call elements (one per leg), and the party logs
// (one per extension of the call), which are at once the old edition's call logs
// and the new edition's per-user call history. A user's delete hides a log from
// that user's view only; the account's views keep it.
import { defineHandlers, type RequestContext } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { queryList } from '../../kit/query.ts';
import { publish } from '../../kit/events.ts';
import { findUser, type UserRow } from '../users/public.ts';
import {
  badOldFilter, badSyncCount, badWindow, callElementNotFound, callHistoryNotFound, callLogNotFound, clientCodeInvalid, summaryNotFound,
} from './errors.ts';
import {
  clientCodes, presentAccountLog, presentCallHistory, presentElement, presentHistoryDetail, presentHistoryItem, presentLogDetails,
  presentUserElement, presentUserElementSync, presentUserHistory, presentUserHistorySync, presentUserLog, presentUserLogSync,
} from './present.ts';
import {
  decodeSyncToken, encodeSyncToken, isClientCode, PATHS, SYNC_DEFAULT_COUNT, SYNC_MAX_COUNT, SYNC_TYPES, USER_RESULT_FILTER, windowOf,
  type SyncType, type Window, type WindowProblem,
} from './rules.ts';
import {
  countHistories, countNewLogs, countOldLogs, deleteFromView, elementsOf, elementsOfExtension, findElement, findHistory, findLog, findSummary,
  logsOfCalls, pageHistories, pageNewLogs, pageOldLogs, setClientCode, syncLogs, type HistoryFilters, type LogRow, type TimeWindow,
} from './store.ts';
import { isoSeconds } from '../../clock.ts';

const isProblem = (w: Window | WindowProblem): w is WindowProblem => 'why' in w;

const WHY: Record<WindowProblem['why'], string> = {
  format: "use yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z'.",
  missing: 'to is required when from is given.',
  order: 'to must be after from.',
  range: 'the date range defined by from and to must not exceed one month.',
  age: 'the range must fall within the last six months.',
};

/** The window as `time_type` reads it: start time unless end time is asked. */
function timeWindow(w: Window, timeType: string | undefined): TimeWindow {
  return { column: timeType === 'endTime' || timeType === 'end_time' ? 'end_at' : 'start_at', from: w.from, to: w.to };
}

const pageCount = (total: number | undefined, size: number | undefined) => (total === undefined ? undefined : Math.ceil(total / (size || 30)));

/** The new edition's filters from a query (the account's and a user's call history share them). */
function historyFilters(q: {
  keyword?: string; directions?: string[]; connect_types?: string[]; number_types?: string[]; call_types?: string[]; extension_types?: string[];
  group_ids?: string[]; site_ids?: string[]; department?: string; cost_center?: string; recording_status?: string; with_voicemail?: boolean;
}): Omit<HistoryFilters, 'call_results'> {
  return {
    keyword: q.keyword || undefined,
    directions: queryList(q.directions),
    connect_types: queryList(q.connect_types),
    number_types: queryList(q.number_types),
    call_types: queryList(q.call_types),
    extension_types: queryList(q.extension_types),
    group_ids: queryList(q.group_ids),
    site_ids: queryList(q.site_ids),
    department: q.department || undefined,
    cost_center: q.cost_center || undefined,
    recording_status: q.recording_status,
    with_voicemail: q.with_voicemail,
  };
}

type UserCtx = RequestContext<'getUsersCallHistory' | 'syncUsersCallHistory' | 'deleteAUsersCallHistory'>;
type OldUserCtx = RequestContext<'getUsersCallLogs' | 'syncUsersCallLogs' | 'deleteAUsersCallLog'>;

/**
 * The path's user, by id or email. The sandbox's apps are Server-to-Server apps,
 * acting for an account and not for one of its users, so `me` names no user:
 * 'Invalid user id.' where the page documents it, else the user does not exist.
 */
async function newEditionUser(ctx: UserCtx, store: AccountStore): Promise<UserRow> {
  const { userId } = ctx.params;
  const user = userId === 'me' ? undefined : await findUser(store.db, store.accountId, userId);
  if (!user) throw (ctx as RequestContext<'getUsersCallHistory'>).fail('userDoesNotExist', { userId });
  return user;
}

async function oldEditionUser(ctx: OldUserCtx, store: AccountStore, unknown: () => Error): Promise<UserRow> {
  const { userId } = ctx.params;
  if (userId === 'me') throw (ctx as RequestContext<'getUsersCallLogs'>).fail('invalidUserId');
  const user = await findUser(store.db, store.accountId, userId);
  if (!user) throw unknown();
  return user;
}

/**
 * Deletes the path's log from one view of the user, and says so ('callLogs.deleted')
 * in the same transaction; false when the user has no such log in that view.
 */
async function deleteLog(ctx: UserCtx | OldUserCtx, store: AccountStore, user: UserRow, id: string, view: 'logs' | 'history'): Promise<boolean> {
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const own = store.on(trx);
    if (!(await deleteFromView(own, id, user.extension_id, view))) return false;
    const log = (await findLog(own, id))!;
    await publish(trx, 'callLogs.deleted', { accountId: store.accountId, userId: user.id, view, logs: [{ id, callId: log.call_id }], at });
    return true;
  });
}

/** The elements of a page's calls, with the client codes their parties' logs carry. */
async function elementsWithCodes(store: AccountStore, historyId: string, callId: string) {
  const [elements, logs] = await Promise.all([elementsOf(store, [historyId]), logsOfCalls(store, [callId])]);
  return { elements, codes: clientCodes(logs) };
}

/** Sync: FSync from the newest, ISync what is newer than the token, BSync what is older; the answer's token spans what the client then holds. */
async function sync(
  store: AccountStore,
  user: UserRow,
  view: 'logs' | 'history',
  type: SyncType,
  token: string | undefined,
  count: number,
  invalidToken: () => Error,
): Promise<{ rows: LogRow[]; sync_token: string }> {
  let held: { oldest: number; newest: number } | undefined;
  if (type !== 'FSync' || token) {
    const span = token ? decodeSyncToken(token) : undefined;
    if (!span || span.userId !== user.id) throw invalidToken();
    held = span;
  }
  const rows =
    type === 'ISync'
      ? await syncLogs(store, user.extension_id, view, { after: held!.newest }, count)
      : type === 'BSync'
        ? await syncLogs(store, user.extension_id, view, { before: held!.oldest || Number.MAX_SAFE_INTEGER }, count)
        : await syncLogs(store, user.extension_id, view, {}, count);
  const seqs = rows.map((r) => r.seq);
  const span =
    type === 'FSync'
      ? { oldest: seqs.length ? Math.min(...seqs) : 0, newest: seqs.length ? Math.max(...seqs) : 0 }
      : {
          oldest: seqs.length && (type === 'BSync' || !held!.oldest) ? Math.min(held!.oldest || Infinity, ...seqs) : held!.oldest,
          newest: seqs.length && type === 'ISync' ? Math.max(held!.newest, ...seqs) : held!.newest || (seqs.length ? Math.max(...seqs) : 0),
        };
  return { rows, sync_token: encodeSyncToken({ userId: user.id, ...span }) };
}

export const handlers = defineHandlers({
  // ---- the new edition: the account's call history -------------------------------------------

  async getAccountsCallHistory(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now());
    if (isProblem(w)) throw ctx.fail('validationFailed');
    const f: HistoryFilters = { ...historyFilters(q), call_results: q.call_results?.length ? queryList(q.call_results) : undefined };
    const tw = timeWindow(w, q.time_type);
    const body = await ctx.list({
      items: 'call_history',
      filters: { ...f, from: q.from, to: q.to, time_type: tw.column },
      fetch: (after, limit) => pageHistories(store, f, tw, after, limit),
      count: () => countHistories(store, f, tw),
      present: (rows) => rows.map(presentHistoryItem),
    });
    return { ...body, from: w.fromText, to: w.toText, page_count: pageCount(body?.total_records, body?.page_size) };
  },

  async getCallHistory(ctx) {
    const store = await ctx.store();
    const row = await findHistory(store, ctx.params.callHistoryUuid);
    if (!row) throw callHistoryNotFound({ callHistoryUuid: ctx.params.callHistoryUuid });
    const { elements, codes } = await elementsWithCodes(store, row.id, row.call_id);
    return presentCallHistory(row, elements, codes);
  },

  async getCallElement(ctx) {
    const store = await ctx.store();
    const row = await findElement(store, ctx.params.callElementId);
    if (!row) throw callElementNotFound({ callElementId: ctx.params.callElementId });
    return presentElement(row, clientCodes(await logsOfCalls(store, [row.call_id])));
  },

  async getCallHistoryDetail(ctx) {
    const store = await ctx.store();
    const row = await findLog(store, ctx.params.callHistoryId);
    if (!row) throw ctx.fail('callHistoryDoesNotExistFor', { callLogId: ctx.params.callHistoryId });
    return presentHistoryDetail(row);
  },

  async addAClientCodeToACallHistory(ctx) {
    const store = await ctx.store();
    const code = ctx.body.client_code;
    const row = await findLog(store, ctx.params.callLogId);
    if (!row) throw ctx.fail('callHistoryNotFound', { callLogId: ctx.params.callLogId });
    if (!isClientCode(code)) throw ctx.fail('invalidClientCode', { client_code: code });
    await setClientCode(store, row.id, code);
  },

  // ---- the new edition: a user's call history ---------------------------------------------

  async getUsersCallHistory(ctx) {
    const store = await ctx.store();
    const user = await newEditionUser(ctx, store);
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now());
    if (isProblem(w)) throw ctx.fail('invalidRequestParam', { paramName: w.param });
    const results = q.call_results?.length ? queryList(q.call_results).flatMap((r) => USER_RESULT_FILTER[r] ?? []) : undefined;
    const f: HistoryFilters = { ...historyFilters(q), call_results: results };
    const tw = timeWindow(w, q.time_type);
    const scope = { extensionId: user.extension_id, view: 'history' as const };
    let page: LogRow[] = [];
    const body = await ctx.list({
      items: 'call_logs',
      filters: { ...f, from: q.from, to: q.to, time_type: tw.column, user: user.id },
      fetch: (after, limit) => pageNewLogs(store, scope, f, tw, after, limit),
      count: () => countNewLogs(store, scope, f, tw),
      present: (rows) => {
        page = rows;
        return rows.map(presentUserHistory);
      },
    });
    const elements = await elementsOfExtension(store, [...new Set(page.map((r) => r.history_id))], user.extension_id);
    return {
      ...body,
      call_elements: elements.map(presentUserElement),
      from: w.fromText,
      to: w.toText,
      page_count: pageCount(body?.total_records, body?.page_size),
    };
  },

  async syncUsersCallHistory(ctx) {
    const store = await ctx.store();
    const user = await newEditionUser(ctx, store);
    const q = ctx.query;
    const type = (q.sync_type ?? 'FSync') as SyncType;
    if (!SYNC_TYPES.includes(type)) throw ctx.fail('invalidRequestParam', { paramName: 'sync_type' });
    const count = q.count ?? SYNC_DEFAULT_COUNT;
    if (!Number.isInteger(count) || count < 1 || count > SYNC_MAX_COUNT) throw ctx.fail('invalidRequestParam', { paramName: 'count' });
    const { rows, sync_token } = await sync(store, user, 'history', type, q.sync_token, count, () =>
      ctx.fail('invalidRequestParam', { paramName: 'sync_token' }),
    );
    const elements = await elementsOfExtension(store, [...new Set(rows.map((r) => r.history_id))], user.extension_id);
    const summaries = new Map(rows.filter((r) => r.ai_summary_id).map((r) => [r.call_id, r.ai_summary_id!]));
    return {
      call_logs: rows.map(presentUserHistorySync),
      call_elements: elements.map((e) => presentUserElementSync(e, summaries)),
      sync_token,
    };
  },

  async deleteAUsersCallHistory(ctx) {
    const store = await ctx.store();
    const user = await newEditionUser(ctx, store);
    const deleted = await deleteLog(ctx, store, user, ctx.params.callLogId, 'history');
    if (!deleted) throw ctx.fail('callHistoryNotFound', { callLogId: ctx.params.callLogId });
  },

  // ---- the old edition: call logs ----------------------------------------------------------

  async getAccountsCallLogs(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now());
    if (isProblem(w)) throw badWindow({ param: w.param, why: WHY[w.why] });
    if (q.type !== undefined && q.type !== 'all' && q.type !== 'missed') throw badOldFilter({ param: 'type', value: q.type });
    if (q.path !== undefined && !PATHS.has(q.path)) throw badOldFilter({ param: 'path', value: q.path });
    const f = { missed: q.type === 'missed', path: q.path, site_id: q.site_id || undefined, charged: q.charged_call_logs === true };
    const tw = timeWindow(w, q.time_type);
    const body = await ctx.list({
      items: 'call_logs',
      filters: { ...f, from: q.from, to: q.to, time_type: tw.column },
      fetch: (after, limit) => pageOldLogs(store, {}, f, tw, after, limit),
      count: () => countOldLogs(store, {}, f, tw),
      present: (rows) => rows.map(presentAccountLog),
    });
    return { ...body, from: w.fromText, to: w.toText, page_count: pageCount(body?.total_records, body?.page_size) };
  },

  async getCallLogDetails(ctx) {
    const store = await ctx.store();
    const row = await findLog(store, ctx.params.callLogId);
    if (!row) throw callLogNotFound({ callLogId: ctx.params.callLogId });
    return presentLogDetails(row);
  },

  async addAClientCodeToACallLog(ctx) {
    const store = await ctx.store();
    const code = ctx.body.client_code;
    const row = await findLog(store, ctx.params.callLogId);
    if (!row) throw ctx.fail('validationFailed');
    if (!isClientCode(code)) throw clientCodeInvalid({ client_code: code });
    await setClientCode(store, row.id, code);
  },

  async getUsersCallLogs(ctx) {
    const store = await ctx.store();
    const user = await oldEditionUser(ctx, store, () => ctx.fail('userDoesNotExist', { userId: ctx.params.userId }));
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now());
    if (isProblem(w)) throw badWindow({ param: w.param, why: WHY[w.why] });
    const f = { missed: q.type === 'missed', phone_number: q.phone_number || undefined };
    const tw = timeWindow(w, q.time_type);
    const scope = { extensionId: user.extension_id, view: 'logs' as const };
    const body = await ctx.list({
      items: 'call_logs',
      filters: { ...f, from: q.from, to: q.to, time_type: tw.column, user: user.id },
      fetch: (after, limit) => pageOldLogs(store, scope, f, tw, after, limit),
      count: () => countOldLogs(store, scope, f, tw),
      present: (rows) => rows.map(presentUserLog),
    });
    return { ...body, from: w.fromText, to: w.toText, page_count: pageCount(body?.total_records, body?.page_size) };
  },

  async syncUsersCallLogs(ctx) {
    const store = await ctx.store();
    // The page documents no unknown user: a user id the account lacks is an invalid one.
    const user = await oldEditionUser(ctx, store, () => ctx.fail('invalidUserId'));
    const q = ctx.query;
    const count = q.count ?? SYNC_DEFAULT_COUNT;
    if (!Number.isInteger(count) || count < 1 || count > SYNC_MAX_COUNT) throw badSyncCount({ count, max: SYNC_MAX_COUNT });
    const { rows, sync_token } = await sync(store, user, 'logs', q.sync_type ?? 'FSync', q.sync_token, count, () => ctx.fail('syncTokenIsInvalidOrExpired'));
    return { call_logs: rows.map(presentUserLogSync), sync_token };
  },

  async deleteAUsersCallLog(ctx) {
    const store = await ctx.store();
    const user = await oldEditionUser(ctx, store, () => ctx.fail('userDoesNotExist', { userId: ctx.params.userId }));
    const deleted = await deleteLog(ctx, store, user, ctx.params.callLogId, 'logs');
    if (!deleted) throw ctx.fail('callLogInformationWasNotFound', { 0: ctx.params.callLogId });
  },

  // ---- the sandbox's AI call summary --------------------------------------------------------

  async getUserAiCallSummaryDetail(ctx) {
    const store = await ctx.store();
    const { userId, aiCallSummaryId } = ctx.params;
    // The page documents no unknown user; its one coded error is 'Validation Failed'.
    const user = userId === 'me' ? undefined : await findUser(store.db, store.accountId, userId);
    if (!user) throw ctx.fail('validationFailed');
    const row = await findSummary(store, aiCallSummaryId);
    if (!row || row.user_id !== user.id) throw summaryNotFound({ aiCallSummaryId });
    return {
      ai_call_summary_id: row.id,
      account_id: store.accountId,
      call_id: row.call_id,
      user_id: row.user_id,
      transcript_language: row.transcript_language,
      call_summary: row.call_summary,
      next_steps: row.next_steps,
      detailed_summary: row.detailed_summary,
      created_time: isoSeconds(Number(row.created_at)),
      modified_time: isoSeconds(Number(row.created_at)),
      edited: false,
    };
  },
});
