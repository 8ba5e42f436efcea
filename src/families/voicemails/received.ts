// What 'voicemails.received' carries: the voicemail a call left, as Zoom's
// phone.voicemail_received event shows it (payload.object), with the account it
// belongs to; and the listener of 'calls.completed' that stores it.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { CompletedCall, SimulatedCall } from '../call-logs/public.ts';
import { publish } from '../../kit/events.ts';
import { insertRows } from '../../kit/store.ts';
import { isoSeconds } from '../../clock.ts';
import { ownerType } from './rules.ts';
import { partiesOfRow, callVoicemailRow, type VoicemailRow } from './store.ts';
import { downloadUrl } from './urls.ts';

export interface VoicemailReceived {
  accountId: string;
  id: string;
  date_time: string;
  download_url: string;
  duration: number;
  caller_user_id?: string;
  caller_number: string;
  caller_number_type: 1 | 2;
  caller_name: string;
  callee_user_id?: string;
  callee_number: string;
  callee_number_type: 1 | 2;
  callee_name: string;
  callee_extension_type: 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup';
  callee_id: string;
  call_history_id?: string;
  call_id?: string;
}

/** What a voicemail's events need beyond the object of phone.voicemail_received. */
export interface VoicemailFacts {
  /** The mailbox's call log of the call, as the voicemail views show it (call_log_id). */
  callLogId?: string;
  /** When the message ended (epoch ms): it is received, and transcribed, then. */
  endAt: number;
}

const factsOf = (row: VoicemailRow): VoicemailFacts => ({
  ...(row.call_log_id ? { callLogId: row.call_log_id } : {}),
  endAt: Number(row.start_at) + Number(row.seconds) * 1000,
});

/** The mailbox types the event names (`callee_extension_type`); a common area's mailbox is shown as a user's. */
const CALLEE_TYPES = new Set(['user', 'callQueue', 'autoReceptionist', 'sharedLineGroup']);

export function receivedVoicemail(row: VoicemailRow, call: SimulatedCall): VoicemailReceived {
  const p = partiesOfRow(row);
  const type = ownerType(row.owner_extension_type);
  const leg = call.legs.find((l) => l.id === row.call_element_id);
  const callerUser = (leg?.caller ?? call.caller).userId;
  return {
    accountId: row.account_id,
    id: row.id,
    date_time: isoSeconds(Number(row.start_at)),
    download_url: downloadUrl(row.file_id),
    duration: Number(row.seconds),
    ...(callerUser ? { caller_user_id: callerUser } : {}),
    caller_number: p.caller.number,
    caller_number_type: p.caller.numberType,
    caller_name: p.caller.name,
    ...(row.user_id ? { callee_user_id: row.user_id } : {}),
    callee_number: p.callee.number,
    callee_number_type: p.callee.numberType,
    callee_name: p.callee.name,
    callee_extension_type: (type && CALLEE_TYPES.has(type) ? type : 'user') as VoicemailReceived['callee_extension_type'],
    callee_id: row.owner_id ?? '',
    call_history_id: row.call_history_id,
    call_id: row.call_id,
  };
}

/** Stores the voicemails the calls left and tells who listens, call by call, that each arrived. */
export async function onCallsCompleted(db: Kysely<Database>, calls: CompletedCall[]): Promise<void> {
  const left: { row: VoicemailRow; call: CompletedCall }[] = [];
  for (const call of calls) {
    const row = await callVoicemailRow(db, call);
    if (row) left.push({ row, call });
  }
  await insertRows(db, 'phone_voicemails', left.map((l) => l.row));
  for (const { row, call } of left) await publish(db, 'voicemails.received', { ...receivedVoicemail(row, call), ...factsOf(row) });
}
