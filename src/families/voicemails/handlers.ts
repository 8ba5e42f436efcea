// Handlers of the voicemails family: the account's and a user's voicemails, one
// voicemail (by id, or by the call log that left it), its file, its read status
// and the trash.
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { fileAnswer } from '../../kit/files.ts';
import { publish } from '../../kit/events.ts';
import { speechWav } from '../../kit/audio.ts';
import type { ZoomError } from '../../errors.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { extensionsByIds } from '../extensions/public.ts';
import { isoSeconds } from '../../clock.ts';
import { isProblem, windowOf, type WindowProblem } from '../../kit/date-window.ts';
import { daysLeft } from '../../kit/trash.ts';
import { badDate, rangeReversed, rangeTooLong, voicemailNotFound } from './errors.ts';
import { EXTENSION_TYPES_OF, READ_STATUS, TRANSCRIBED, TRANSCRIPTION_ENGINE, ownerType, transcriptionOf, type OwnerType } from './rules.ts';
import {
  countVoicemails, findFile, findVoicemail, pageVoicemails, partiesOfRow, purge, setStatus, trash, voicemailOfCall,
  type VoicemailFilters, type VoicemailRow,
} from './store.ts';
import { callLogOf } from '../call-logs/public.ts';
import { downloadUrl } from './urls.ts';

type AccountItem = ItemOf<'getAccountVoicemails', 'voice_mails'>;
type UserItem = ItemOf<'getUsersVoicemails', 'voice_mails'>;
type Details = NonNullable<ResponseOf<'getVoicemailDetails'>>;

/** What every view of a voicemail shows of its call, parties and status. */
function common(row: VoicemailRow) {
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
    date_time: isoSeconds(Number(row.start_at)),
    download_url: downloadUrl(row.file_id),
    duration: Number(row.seconds),
    status: row.status as 'read' | 'unread',
  };
}

/** "It exists only when voicemail is from trash." */
function trashFields(row: VoicemailRow, now: number) {
  if (row.deleted_at === null) return {};
  return {
    deleted_time: new Date(Number(row.deleted_at)).toISOString(),
    days_left_auto_permantely_delete: daysLeft(Number(row.deleted_at), now),
    soft_deleted_type: (row.soft_deleted_type ?? 'Manual') as 'Manual' | 'Data Retention',
  };
}

/** Each voicemail as the account list shows it; a mailbox whose extension has left the directory is "deleted". */
async function presentAccount(store: AccountStore, rows: VoicemailRow[], now: number): Promise<AccountItem[]> {
  const present = await extensionsByIds(store.db, store.accountId, rows.flatMap((r) => (r.owner_extension_id ? [r.owner_extension_id] : [])));
  return rows.map((row) => {
    const type = ownerType(row.owner_extension_type);
    const gone = row.owner_extension_id !== null && !present.has(row.owner_extension_id);
    return {
      ...common(row),
      owner: {
        ...(row.owner_id ? { id: row.owner_id } : {}),
        name: row.owner_name,
        ...(type ? { type } : {}),
        ...(row.owner_extension_number !== null ? { extension_number: Number(row.owner_extension_number) } : {}),
        ...(gone ? { extension_status: 'deleted' as const } : {}),
      },
      ...trashFields(row, now),
    };
  });
}

const presentUser = (row: VoicemailRow): UserItem => ({ ...common(row), call_history_id: row.call_history_id });

function transcription(row: VoicemailRow) {
  const p = partiesOfRow(row);
  return { content: transcriptionOf(row.id, p.caller.name, p.caller.number), status: TRANSCRIBED, engine: TRANSCRIPTION_ENGINE };
}

function presentDetails(row: VoicemailRow, now: number): Details {
  return { ...common(row), call_history_id: row.call_history_id, transcription: transcription(row), ...trashFields(row, now) };
}

function windowError(w: WindowProblem): ZoomError {
  if (w.problem === 'badDate') return badDate({ field: w.field, value: w.value });
  return (w.problem === 'tooLong' ? rangeTooLong : rangeReversed)({ from: w.from, to: w.to });
}

/** "status: all, read, unread" (all, or none given: either). */
const statusFilter = (status: string | undefined) => (status === 'read' || status === 'unread' ? status : undefined);

/** The path's user: by id or e-mail; `me` names no user for the sandbox's account-level apps. */
async function pathUser(store: AccountStore, userId: string, invalid: () => ZoomError, missing: () => ZoomError): Promise<UserRow> {
  if (userId === 'me') throw invalid();
  const user = await findUser(store.db, store.accountId, userId);
  if (!user) throw missing();
  return user;
}

/** "page_count: The total number of pages." */
const pageCount = (page: { page_size?: number; total_records?: number }) => ({
  page_count: page.page_size && page.total_records !== undefined ? Math.ceil(page.total_records / page.page_size) : 0,
});

export const handlers = defineHandlers({
  async getAccountVoicemails(ctx) {
    const store = await ctx.store();
    const now = ctx.clock.now();
    const q = ctx.query;
    const w = windowOf(q, now);
    if (isProblem(w)) throw windowError(w);
    const filters: VoicemailFilters = {
      start: w.start,
      end: w.end,
      trash: q.trashed === true,
      now,
      status: statusFilter(q.status),
      extensionTypes: q.owner_type ? EXTENSION_TYPES_OF[q.owner_type as OwnerType] : undefined,
      siteId: q.site_id || undefined,
    };
    // Every voicemail the simulator leaves is a normal one: none is spam or maybe spam.
    if (q.voicemail_type === 'spam' || q.voicemail_type === 'maybeSpam') filters.extensionTypes = [];
    const page = await ctx.list({
      items: 'voice_mails',
      filters: { ...filters, now: undefined, voicemail_type: q.voicemail_type ?? '' },
      fetch: (after, limit) => pageVoicemails(store, filters, after, limit),
      count: () => countVoicemails(store, filters),
      present: (rows) => presentAccount(store, rows, now),
    });
    return { ...page, ...pageCount(page), from: w.from, to: w.to };
  },

  async getUsersVoicemails(ctx) {
    const store = await ctx.store();
    const user = await pathUser(store, ctx.params.userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist', { userId: ctx.params.userId }));
    const now = ctx.clock.now();
    const w = windowOf(ctx.query, now);
    if (isProblem(w)) throw windowError(w);
    const filters: VoicemailFilters = { start: w.start, end: w.end, trash: ctx.query.trash === true, now, userId: user.id, status: statusFilter(ctx.query.status) };
    const page = await ctx.list({
      items: 'voice_mails',
      filters: { ...filters, now: undefined },
      fetch: (after, limit) => pageVoicemails(store, filters, after, limit),
      count: () => countVoicemails(store, filters),
      present: (rows) => rows.map(presentUser),
    });
    return { ...page, ...pageCount(page), from: w.from, to: w.to };
  },

  async getVoicemailDetails(ctx) {
    const store = await ctx.store();
    const now = ctx.clock.now();
    const row = await findVoicemail(store, ctx.params.voicemailId, now);
    if (!row) throw ctx.fail('voiceMailDoesNotExist', { voicemailId: ctx.params.voicemailId });
    return presentDetails(row, now);
  },

  async getUserVoicemailDetailsFromACallLog(ctx) {
    const store = await ctx.store();
    const user = await pathUser(store, ctx.params.userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist', { userId: ctx.params.userId }));
    const missing = () => ctx.fail('voiceMailDoesNotExist', { 0: ctx.params.id });
    // The log must be the user's: its call's voicemail in the user's mailbox.
    const log = await callLogOf(store.db, store.accountId, ctx.params.id);
    if (!log || !user.extension_id || (log.userId !== undefined ? log.userId !== user.id : log.extensionId !== user.extension_id)) throw missing();
    const row = await voicemailOfCall(store, log.callId, user.extension_id);
    if (!row) throw missing();
    return { ...common(row), call_history_id: row.call_history_id, call_log_id: ctx.params.id, transcription: transcription(row) };
  },

  async downloadAPhoneVoicemail(ctx) {
    const store = await ctx.store();
    const row = await findFile(store, ctx.params.fileId);
    if (!row) throw ctx.fail('fileDoesNotExist');
    return fileAnswer('audio/wav', speechWav(row.file_id, Number(row.seconds)), `${row.id}.wav`);
  },

  async updateVoicemailReadStatus(ctx) {
    const store = await ctx.store();
    const id = ctx.params.voicemailId;
    if (!(await setStatus(store, id, READ_STATUS[ctx.query.read_status]))) throw ctx.fail('voiceMailDoesNotExist', { 0: id });
    return undefined;
  },

  async deleteAVoicemail(ctx) {
    const store = await ctx.store();
    const id = ctx.params.voicemailId;
    const now = ctx.clock.now();
    const row = await findVoicemail(store, id, now);
    if (!row) throw voicemailNotFound({ voicemailId: id });
    // A voicemail goes to the trash; deleted from the trash it is gone for good.
    const permanently = row.deleted_at !== null;
    await ctx.db.transaction().execute(async (trx) => {
      const done = permanently ? await purge(store.on(trx), id) : await trash(store.on(trx), id, now);
      if (!done) throw voicemailNotFound({ voicemailId: id });
      await publish(trx, 'voicemails.deleted', { accountId: store.accountId, ids: [id], permanently, at: now });
    });
    return undefined;
  },
});
