// What other families may use of recordings: the event it publishes when a
// call's recordings are stored ('recordings.completed', the data of Zoom's
// phone.recording_completed webhook event), and a queue's recordings (the call
// queues family answers its queue recordings page with them).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { isoDay } from '../../kit/date-window.ts';
import type { RecordingsCompleted } from './completed.ts';
import { countRecordings, pageRecordings, partiesOfRow, type ListedRecording, type RecordingFilters } from './store.ts';
import { downloadUrl } from './urls.ts';

export type { CompletedRecording, RecordingFacts, RecordingsCompleted } from './completed.ts';
/** Where a recording's transcript is downloaded, and how long after the recording it is ready (phone.recording_transcript_completed). */
export { transcriptUrl } from './urls.ts';
export { TRANSCRIBE_MS } from './rules.ts';

/** Recordings deleted through the API: to the trash, or for good (deleted from the trash). */
export interface RecordingsDeleted {
  accountId: string;
  recordings: { id: string; call_id: string }[];
  permanently: boolean;
  /** When (sandbox epoch ms). */
  at: number;
}

declare module '../../kit/events.ts' {
  interface Events {
    /** A call's recordings are stored and downloadable; published in the call's transaction. */
    'recordings.completed': RecordingsCompleted;
    /** Delete a call recording moved a recording to the trash, or deleted one in it for good; published in its transaction. */
    'recordings.deleted': RecordingsDeleted;
  }
}

/**
 * How the recording pages show a call's parties and read a list's from/to; the
 * voicemail pages show and read them the same way, and use these.
 */
export { partyView, type PartyView } from './rules.ts';

/**
 * A call queue's recordings: the calls its members took, recorded, in a window,
 * newest first — a list helper's fetch, count and present, in the shape of the
 * queue's recordings page (Get call queue recordings).
 */
export function queueRecordings(db: Kysely<Database>, accountId: string, queueExtensionId: string, window: { start: number; end: number }) {
  const store = new AccountStore(db, accountId);
  const f: RecordingFilters = { start: window.start, end: window.end, dateColumn: 'start_at', queueExtensionId };
  return {
    fetch: (afterKey: number, limit: number) => pageRecordings(store, f, afterKey, limit),
    count: () => countRecordings(store, f),
    present: (rows: ListedRecording[]) =>
      rows.map((row) => {
        const p = partiesOfRow(row);
        return {
          id: row.id,
          caller_name: p.caller.name,
          caller_number: p.caller.number,
          caller_number_type: p.caller.numberType,
          callee_name: p.callee.name,
          callee_number: p.callee.number,
          callee_number_type: String(p.callee.numberType) as '1' | '2',
          date_time: isoDay(Number(row.start_at)),
          direction: row.direction,
          download_url: downloadUrl(row.file_id),
          duration: Math.round((Number(row.end_at) - Number(row.start_at)) / 1000),
        };
      }),
  };
}
