// The recordings family's tables: one row per call recording a simulated call
// left, kept as the call was (names and numbers of that day), with what the API
// changes on it (its auto-delete flag, its place in the trash). A row names the
// call it belongs to (call_id, the history record, the call element = leg) so the
// call history and the recordings views agree.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface PhoneRecordingTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The downloadable file's id: /phone/recording/download/{file_id}. */
  file_id: string;
  call_id: string;
  call_history_id: string;
  /** The owner's call log of the call (call-logs' log id): null when the owner is no extension party of it. */
  call_log_id: string | null;
  /** The call queue whose member's leg was recorded (the queue's recordings list it); null for a call no queue rang. */
  queue_extension_id: string | null;
  call_element_id: string;
  /** The extension whose recording it is, its type as the call history names it (user, call_queue, …) and its owner's id. */
  owner_extension_id: string | null;
  owner_extension_type: string | null;
  owner_id: string | null;
  owner_name: string;
  owner_extension_number: number | null;
  /** The user the recording belongs to (a user owner), for the user's view. */
  user_id: string | null;
  site_id: string | null;
  /** inbound | outbound, as the owner saw the call. */
  direction: string;
  /** Automatic | OnDemand */
  recording_type: string;
  start_at: number;
  end_at: number;
  /** JSON: the parties as the views show them (caller_*, callee_*, outgoing_by, accepted_by). */
  parties: string;
  /** 1 while the recording keeps to the auto-delete policy; 0 when PATCHed off. */
  auto_delete_enable: number;
  /** When it went to the trash (null: it is not in the trash), and how. */
  deleted_at: number | null;
  soft_deleted_type: string | null;
}

export interface RecordingsTables {
  phone_recordings: PhoneRecordingTable;
}

declare module '../../store/schema.ts' {
  interface Database extends RecordingsTables {}
}

export const owner = owns('recordings', ['phone_recordings']);
