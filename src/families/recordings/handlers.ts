// Handlers of the recordings family: the account's and a user's call recordings,
// one call's recording, the recording files and their transcripts, and what the
// API changes on a recording (its auto-delete flag, the trash, recovery).
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { fileAnswer, redirectTo } from '../../kit/files.ts';
import { publish } from '../../kit/events.ts';
import { isProblem, windowOf, type WindowProblem } from '../../kit/date-window.ts';
import { daysLeft } from '../../kit/trash.ts';
import { speechWav } from '../../kit/audio.ts';
import { ZoomError } from '../../errors.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { siteNames } from '../sites/public.ts';
import { extensionsByIds } from '../extensions/public.ts';
import { actionRequired, autoDeleteNotEnabled, badDate, rangeReversed, rangeTooLong } from './errors.ts';
import {
  EXTENSION_TYPES_OF, QUERY_DATE_TYPES, RECORDING_TYPES, TRANSCRIBE_MS, isoSeconds, ownerType,
} from './rules.ts';
import {
  countRecordings, findFile, findRecording, pageRecordings, partiesOfRow, purge, recordingsOfCall, recover, trash,
  type RecordingFilters, type RecordingRow,
} from './store.ts';
import { retentionOfSites } from './retention.ts';
import { transcriptOf } from './transcript.ts';
import { callLogOf } from '../call-logs/public.ts';
import { downloadUrl, TRANSCRIPT_SUFFIX, transcriptFileUrl, transcriptUrl } from './urls.ts';

type AccountItem = ItemOf<'getCallRecordings', 'recordings'>;
type UserItem = ItemOf<'getUsersRecordings', 'recordings'>;
type ByCall = NonNullable<ResponseOf<'getRecordingByCallId'>>;

/** What every view of a recording shows of its call and parties. */
function common(row: RecordingRow) {
  const p = partiesOfRow(row);
  return {
    id: row.id,
    call_id: row.call_id,
    ...(row.call_log_id ? { call_log_id: row.call_log_id } : {}),
    call_element_id: row.call_element_id,
    caller_name: p.caller.name,
    caller_number: p.caller.number,
    caller_number_type: p.caller.numberType,
    callee_name: p.callee.name,
    callee_number: p.callee.number,
    callee_number_type: p.callee.numberType,
    ...(p.outgoingBy ? { outgoing_by: p.outgoingBy } : {}),
    ...(p.acceptedBy ? { accepted_by: p.acceptedBy } : {}),
    date_time: isoSeconds(Number(row.start_at)),
    direction: row.direction as 'inbound' | 'outbound',
    download_url: downloadUrl(row.file_id),
    duration: Math.round((Number(row.end_at) - Number(row.start_at)) / 1000),
  };
}

/** The owner as the recording keeps it; `gone` when its extension has left the account's directory since. */
function ownerOf(row: RecordingRow, gone: boolean) {
  const type = ownerType(row.owner_extension_type);
  return {
    id: row.owner_id ?? undefined,
    name: row.owner_name,
    ...(type ? { type } : {}),
    ...(row.owner_extension_number !== null ? { extension_number: Number(row.owner_extension_number) } : {}),
    ...(gone ? { extension_status: 'deleted' as const } : {}),
  };
}

/** The owners' extensions of these recordings that no longer exist ("extension_status: deleted"). */
async function goneOwners(store: AccountStore, rows: RecordingRow[]): Promise<Set<string>> {
  const ids = rows.flatMap((r) => (r.owner_extension_id ? [r.owner_extension_id] : []));
  const present = await extensionsByIds(store.db, store.accountId, ids);
  return new Set(ids.filter((id) => !present.has(id)));
}

const isGone = (gone: Set<string>, row: RecordingRow) => row.owner_extension_id !== null && gone.has(row.owner_extension_id);

const recordingType = (row: RecordingRow) => row.recording_type as 'Automatic' | 'OnDemand';

async function presentAccount(store: AccountStore, rows: RecordingRow[]): Promise<AccountItem[]> {
  const siteIds = rows.map((r) => r.site_id);
  const [sites, retention, gone] = await Promise.all([
    siteNames(store.db, store.accountId, siteIds.filter((id): id is string => id !== null)),
    retentionOfSites(store.db, store.accountId, siteIds),
    goneOwners(store, rows),
  ]);
  return rows.map((row) => {
    const setting = retention.get(row.site_id) ?? { enabled: false, policy: {} };
    const policy = setting.policy[recordingType(row)];
    const site = row.site_id ? sites.get(row.site_id) : undefined;
    return {
      ...common(row),
      end_time: isoSeconds(Number(row.end_at)),
      owner: ownerOf(row, isGone(gone, row)),
      recording_type: recordingType(row),
      ...(site ? { site: { id: site.id, name: site.name } } : {}),
      transcript_download_url: transcriptUrl(row.id),
      auto_delete_enable: setting.enabled && row.auto_delete_enable === 1,
      ...(setting.enabled && policy ? { auto_delete_policy: policy } : {}),
      disclaimer_status: 0 as const,
    };
  });
}

const presentUser = (row: RecordingRow): UserItem => ({ ...common(row), call_history_id: row.call_history_id, transcript_download_url: transcriptUrl(row.id) });

function presentByCall(row: RecordingRow, now: number, gone: boolean): ByCall {
  return {
    ...common(row),
    call_history_id: row.call_history_id,
    end_time: isoSeconds(Number(row.end_at)),
    file_url: downloadUrl(row.file_id),
    owner: ownerOf(row, gone),
    recording_type: recordingType(row),
    disclaimer_status: 0,
    ...(row.deleted_at !== null
      ? {
          deleted_time: new Date(Number(row.deleted_at)).toISOString(),
          days_left_auto_permantely_delete: daysLeft(Number(row.deleted_at), now),
          soft_deleted_type: (row.soft_deleted_type ?? 'Manual') as 'Manual' | 'Data Retention',
        }
      : {}),
  };
}

/** A window problem as the operation answers it. */
function windowError(w: WindowProblem, badValue: (field: string, value: string) => ZoomError): ZoomError {
  if (w.problem === 'badDate') return badValue(w.field, w.value);
  return (w.problem === 'tooLong' ? rangeTooLong : rangeReversed)({ from: w.from, to: w.to });
}

/** The path's user: by id or e-mail; `me` names no user for the sandbox's account-level apps. */
async function pathUser(store: AccountStore, userId: string, invalid: () => ZoomError, missing: () => ZoomError): Promise<UserRow> {
  if (userId === 'me') throw invalid();
  const user = await findUser(store.db, store.accountId, userId);
  if (!user) throw missing();
  return user;
}

export const handlers = defineHandlers({
  async getCallRecordings(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const refused = () => ctx.fail('validationFailedYouProvidedAnIncorrect');
    if (q.owner_type !== undefined && q.owner_type !== '' && !EXTENSION_TYPES_OF[q.owner_type]) throw refused();
    if (q.recording_type !== undefined && q.recording_type !== '' && !(RECORDING_TYPES as readonly string[]).includes(q.recording_type)) throw refused();
    if (q.query_date_type !== undefined && q.query_date_type !== '' && !(QUERY_DATE_TYPES as readonly string[]).includes(q.query_date_type)) throw refused();
    const w = windowOf(q, ctx.clock.now());
    if (isProblem(w)) throw windowError(w, refused);
    const filters: RecordingFilters = {
      start: w.start,
      end: w.end,
      dateColumn: q.query_date_type === 'end_time' ? 'end_at' : 'start_at',
      extensionTypes: q.owner_type ? EXTENSION_TYPES_OF[q.owner_type] : undefined,
      recordingType: q.recording_type || undefined,
      siteId: q.site_id || undefined,
    };
    // The sandbox models no user groups: a group names none of the account's recordings.
    if (q.group_id) filters.extensionTypes = [];
    return ctx.list({
      items: 'recordings',
      filters: { ...filters, group: q.group_id ?? '' },
      fetch: (after, limit) => pageRecordings(store, filters, after, limit),
      count: () => countRecordings(store, filters),
      present: (rows) => presentAccount(store, rows),
    });
  },

  async getUsersRecordings(ctx) {
    const store = await ctx.store();
    const user = await pathUser(store, ctx.params.userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist', { userId: ctx.params.userId }));
    const w = windowOf(ctx.query, ctx.clock.now());
    if (isProblem(w)) throw windowError(w, (field, value) => badDate({ field, value }));
    const filters: RecordingFilters = { start: w.start, end: w.end, dateColumn: 'start_at', userId: user.id };
    const page = await ctx.list({
      items: 'recordings',
      filters: { ...filters },
      fetch: (after, limit) => pageRecordings(store, filters, after, limit),
      count: () => countRecordings(store, filters),
      present: (rows) => rows.map(presentUser),
    });
    return { ...page, ...pageCount(page), from: w.from, to: w.to };
  },

  async getRecordingByCallId(ctx) {
    const store = await ctx.store();
    const id = ctx.params.id;
    const now = ctx.clock.now();
    // "by the recording's callId or callLogId": a call log names its call and its party's extension.
    // The log's own party's recording first; a party that recorded nothing (the caller of a call its
    // callee recorded) is shown the call's recording: this is an admin's view of the account's recordings.
    const log = await callLogOf(store.db, store.accountId, id);
    let rows = log ? await recordingsOfCall(store, log.callId, now, log.extensionId) : await recordingsOfCall(store, id, now);
    if (log && rows.length === 0) rows = await recordingsOfCall(store, log.callId, now);
    if (rows.length === 0) throw ctx.fail('recordingDoesNotExist', { 'callId or callLogId': id });
    return presentByCall(rows[0], now, isGone(await goneOwners(store, [rows[0]]), rows[0]));
  },

  async downloadAPhoneRecording(ctx) {
    const store = await ctx.store();
    const { fileId } = ctx.params;
    // The transcript download redirects here: its file is the recording's id and .json.
    if (fileId.endsWith(TRANSCRIPT_SUFFIX)) {
      const row = await findRecording(store, fileId.slice(0, -TRANSCRIPT_SUFFIX.length), ctx.clock.now());
      if (!row || row.deleted_at !== null || ctx.clock.now() < Number(row.end_at) + TRANSCRIBE_MS) throw ctx.fail('fileDoesNotExist');
      return fileAnswer('application/json', Buffer.from(JSON.stringify(transcriptOf(row))), `${row.id}.json`);
    }
    const row = await findFile(store, fileId);
    if (!row) throw ctx.fail('fileDoesNotExist');
    const seconds = (Number(row.end_at) - Number(row.start_at)) / 1000;
    return fileAnswer('audio/wav', speechWav(row.file_id, seconds), `${row.id}.wav`);
  },

  async downloadAPhoneRecordingTranscript(ctx) {
    const store = await ctx.store();
    const now = ctx.clock.now();
    const row = await findRecording(store, ctx.params.recordingId, now);
    if (!row || row.deleted_at !== null) throw ctx.fail('fileDoesNotExist');
    if (now < Number(row.end_at) + TRANSCRIBE_MS) throw ctx.fail('thisRecordingIsStillInThe');
    return redirectTo(transcriptFileUrl(row.id));
  },

  async updateAutoDeleteField(ctx) {
    const store = await ctx.store();
    const id = ctx.params.recordingId;
    const row = await findRecording(store, id, ctx.clock.now());
    if (!row) throw ctx.fail('recordingDoesNotExist', { recordingId: id });
    const setting = (await retentionOfSites(store.db, store.accountId, [row.site_id])).get(row.site_id);
    if (!setting?.enabled) throw autoDeleteNotEnabled();
    const wanted = ctx.body?.auto_delete_enable;
    if (wanted !== undefined) await store.patch('phone_recordings', { id }, { auto_delete_enable: wanted ? 1 : 0 });
    return undefined;
  },

  async deleteACallRecording(ctx) {
    const store = await ctx.store();
    const id = ctx.params.recordingId;
    const now = ctx.clock.now();
    const row = await findRecording(store, id, now);
    if (!row) throw ctx.fail('recordingDoesNotExist', { recordingId: id });
    // A recording goes to the trash, where it can be recovered; deleted from the trash it is gone for good.
    const permanently = row.deleted_at !== null;
    await ctx.db.transaction().execute(async (trx) => {
      const done = permanently ? await purge(store.on(trx), id) : await trash(store.on(trx), id, now);
      if (!done) throw ctx.fail('recordingDoesNotExist', { recordingId: id });
      await publish(trx, 'recordings.deleted', { accountId: store.accountId, recordings: [{ id, call_id: row.call_id }], permanently, at: now });
    });
    return undefined;
  },

  async updateRecordingStatus(ctx) {
    const store = await ctx.store();
    const id = ctx.params.recordingId;
    const now = ctx.clock.now();
    const row = await findRecording(store, id, now);
    if (!row) throw ctx.fail('recordingDoesNotExist', { recordingId: id });
    if (ctx.body?.action === undefined) throw actionRequired();
    // 'recover': out of the trash; a recording that is not in it stays as it is.
    if (row.deleted_at !== null && !(await recover(store, id, now))) throw ctx.fail('recordingDoesNotExist', { recordingId: id });
    return undefined;
  },
});

/** "page_count: Total number of pages." */
function pageCount(page: { page_size?: number; total_records?: number }): { page_count: number } {
  return { page_count: page.page_size && page.total_records !== undefined ? Math.ceil(page.total_records / page.page_size) : 0 };
}
