// The call-logs family's tables. A call the simulator hands over is written once
// and never rewritten, except for what the API changes on it (client codes, a
// user's deletes): the account's call history (one row per call), its call
// elements (one per leg), and one log per extension party of the call, which is
// both the old edition's call log and the new edition's per-user call history.
// What a view shows is kept as JSON snapshots of the call's day (names, sites and
// departments as they were); what a list filters or sorts by has a column, with
// an index that leads with it and ends in (start_at, seq), so a filtered page is
// one index seek like the first.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** One call: the account-level call history record (getCallHistory, getAccountsCallHistory). */
export interface CallHistoryTable {
  seq: Generated<number>;
  account_id: string;
  /** call_history_uuid */
  id: string;
  call_id: string;
  start_at: number;
  end_at: number;
  direction: string;
  connect_type: string;
  call_type: string;
  /** The call's result as a whole: the history's call_result. */
  call_result: string;
  /** recorded | non_recorded */
  recording_status: string;
  has_voicemail: number;
  site_id: string | null;
  department: string | null;
  cost_center: string | null;
  caller_ext_type: string;
  callee_ext_type: string;
  caller_number_type: string;
  callee_number_type: string;
  /** Lower-cased names, extension numbers, numbers, emails and the call id of its parties: what `keyword` searches. */
  keywords: string;
  /** JSON: HistoryData (presentation snapshot). */
  data: string;
}

/** One leg of a call: a call element (getCallElement; call_path and call_elements of the views). */
export interface CallElementTable {
  seq: Generated<number>;
  account_id: string;
  /** call_element_id: the simulator's leg id */
  id: string;
  history_id: string;
  call_id: string;
  segment: number;
  node: number;
  start_at: number;
  /** The extensions at either end (null outside the account): whose client code the element shows. */
  caller_ext_id: string | null;
  callee_ext_id: string | null;
  /** JSON: ElementData. */
  data: string;
}

/** One extension party of a call: its call log (old edition) and its call history entry (new edition). */
export interface CallLogTable {
  seq: Generated<number>;
  account_id: string;
  /** The log id, drawn by recordCall. */
  id: string;
  call_id: string;
  history_id: string;
  extension_id: string;
  /** The user behind a user extension. */
  user_id: string | null;
  /** The party's leg that stands for it (the one it answered, else its last): call_element_id. */
  leg_id: string;
  start_at: number;
  end_at: number;
  /** From the party's side: a call it placed is outbound, one it received inbound. */
  direction: string;
  connect_type: string;
  call_type: string;
  /** The new edition's result word of the party's leg. */
  call_result: string;
  /** The old edition's path word (voiceMail, callQueue, extension, pstn, …). */
  path: string;
  /** 1: a call that reached the party unanswered by anyone (the `missed` type). */
  missed: number;
  /** 1: the log has a non-zero charge (charged_call_logs). */
  charged: number;
  recording_status: string;
  has_voicemail: number;
  site_id: string | null;
  department: string | null;
  cost_center: string | null;
  caller_ext_type: string;
  callee_ext_type: string;
  caller_number_type: string;
  callee_number_type: string;
  /** The numbers at either end as shown (E.164 or extension number): what phone_number matches. */
  caller_number: string;
  callee_number: string;
  keywords: string;
  client_code: string | null;
  /** The party user's AI call summary, when the call was answered by it and recorded. */
  ai_summary_id: string | null;
  /** The user deleted it from its call logs (old edition) / from its call history (new edition): each view its own flag. */
  deleted_from_logs: number;
  deleted_from_history: number;
  /** JSON: LogData. */
  data: string;
}

/** The sandbox's AI call summary of one party user of an answered, recorded call. */
export interface CallAiSummaryTable {
  seq: Generated<number>;
  account_id: string;
  id: string;
  call_id: string;
  log_id: string;
  user_id: string;
  transcript_language: string;
  call_summary: string;
  next_steps: string;
  detailed_summary: string;
  created_at: number;
}

export interface CallLogsTables {
  call_histories: CallHistoryTable;
  call_elements: CallElementTable;
  call_logs: CallLogTable;
  call_ai_summaries: CallAiSummaryTable;
}

declare module '../../store/schema.ts' {
  interface Database extends CallLogsTables {}
}

export const owner = owns('call-logs', ['call_histories', 'call_elements', 'call_logs', 'call_ai_summaries']);
