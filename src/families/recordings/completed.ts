// What 'recordings.completed' carries: the recordings a call left, each as
// Zoom's phone.recording_completed event shows it (payload.object.recordings[]),
// with the account they belong to.
import type { CompletedCall } from '../call-logs/public.ts';
import { publish } from '../../kit/events.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isoSeconds, ownerType } from './rules.ts';
import { callRecordingRows, partiesOfRow, type RecordingRow } from './store.ts';
import { insertRows } from '../../kit/store.ts';
import { downloadUrl } from './urls.ts';

export interface CompletedRecording {
  id: string;
  caller_number: string;
  caller_number_type: 1 | 2;
  caller_name?: string;
  callee_number: string;
  callee_number_type: 1 | 2;
  callee_name: string;
  duration: number;
  download_url: string;
  date_time: string;
  user_id?: string;
  call_id?: string;
  call_history_id?: string;
  end_time?: string;
  recording_type?: string;
  site?: { id?: string };
  owner?: { type: string; id: string; name: string; extension_number?: number };
  direction: 'inbound' | 'outbound';
  outgoing_by?: { name?: string; extension_number?: string };
  accepted_by?: { name?: string; extension_number?: string };
}

/** What a recording's event needs beyond the object of phone.recording_completed (its transcript's), in the order of `recordings`. */
export interface RecordingFacts {
  /** The owner's call log of the call, as the recording views show it (call_log_id). */
  callLogId?: string;
  /** When the recording ended (epoch ms): its transcript is ready TRANSCRIBE_MS later. */
  endAt: number;
}

export interface RecordingsCompleted {
  accountId: string;
  recordings: CompletedRecording[];
  facts: RecordingFacts[];
}

const factsOf = (row: RecordingRow): RecordingFacts => ({ ...(row.call_log_id ? { callLogId: row.call_log_id } : {}), endAt: Number(row.end_at) });

export function completedRecording(row: RecordingRow): CompletedRecording {
  const p = partiesOfRow(row);
  const type = ownerType(row.owner_extension_type);
  return {
    id: row.id,
    caller_number: p.caller.number,
    caller_number_type: p.caller.numberType,
    caller_name: p.caller.name,
    callee_number: p.callee.number,
    callee_number_type: p.callee.numberType,
    callee_name: p.callee.name,
    duration: Math.round((Number(row.end_at) - Number(row.start_at)) / 1000),
    download_url: downloadUrl(row.file_id),
    date_time: isoSeconds(Number(row.start_at)),
    ...(row.user_id ? { user_id: row.user_id } : {}),
    call_id: row.call_id,
    call_history_id: row.call_history_id,
    end_time: isoSeconds(Number(row.end_at)),
    recording_type: row.recording_type,
    ...(row.site_id ? { site: { id: row.site_id } } : {}),
    ...(type && row.owner_id
      ? { owner: { type, id: row.owner_id, name: row.owner_name, ...(row.owner_extension_number !== null ? { extension_number: Number(row.owner_extension_number) } : {}) } }
      : {}),
    direction: row.direction as 'inbound' | 'outbound',
    ...(p.outgoingBy ? { outgoing_by: p.outgoingBy } : {}),
    ...(p.acceptedBy ? { accepted_by: p.acceptedBy } : {}),
  };
}

/** The listener of 'calls.completed': stores the calls' recordings and tells who listens, call by call, that they are ready. */
export async function onCallsCompleted(db: Kysely<Database>, calls: CompletedCall[]): Promise<void> {
  const byCall: RecordingRow[][] = [];
  for (const call of calls) byCall.push(await callRecordingRows(db, call));
  await insertRows(db, 'phone_recordings', byCall.flat());
  for (const rows of byCall) {
    if (rows.length) await publish(db, 'recordings.completed', { accountId: rows[0]!.account_id, recordings: rows.map(completedRecording), facts: rows.map(factsOf) });
  }
}
