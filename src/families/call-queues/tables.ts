// The call-queues family's tables. A queue's extension number is not kept here:
// it lives in the account's one extension directory (the extensions family),
// where the queue holds one extension of kind 'callQueue' (owner: the queue).
// Its phone numbers are the numbers family's rows assigned to it (CallQueue).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface CallQueueTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The queue's extension in the directory (its id). */
  extension_id: string;
  name: string;
  site_id: string;
  /** active | inactive */
  status: string;
  description: string | null;
  cost_center: string | null;
  department: string | null;
  timezone: string | null;
  audio_prompt_language: string | null;
  default_transcription_language: string | null;
  recording_storage_location: string | null;
  /**
   * JSON: { policy: the policy settings changed from their defaults (rules.ts),
   * routing: the call distribution, overflow and wait settings a router runs }.
   */
  settings: string;
  created_at: number;
  updated_at: number;
}

/** One row per member of a queue: a member is in a queue once (unique index). */
export interface CallQueueMemberTable {
  seq: Generated<number>;
  account_id: string;
  queue_id: string;
  /** The user's id (a common area's, when common areas come). */
  member_id: string;
  /** user | commonArea */
  member_type: string;
  /** The member's extension in the directory: when it leaves the directory, the member leaves the queue. */
  extension_id: string;
  /** manager | user: at most one manager per queue (partial unique index). */
  level: string;
  /** 1: the member receives the queue's calls; 0: opted out. */
  receive_call: number;
  created_at: number;
}

/** The queue's shared voicemail access list (the voicemail_access_members policy subsetting). */
export interface CallQueueVoicemailAccessTable {
  seq: Generated<number>;
  account_id: string;
  queue_id: string;
  shared_id: string;
  access_user_id: string;
  /** user | commonArea */
  access_user_type: string;
  /** The access user's extension: it leaves the list when it leaves the directory. */
  extension_id: string;
  allow_delete: number;
  allow_download: number;
  allow_sharing: number;
}

/**
 * One call's visit to a queue (a simulated call that reached it), for the queue
 * analytics: how it ended, how long the caller waited and a member talked.
 */
export interface CallQueueVisitTable {
  seq: Generated<number>;
  account_id: string;
  queue_extension_id: string;
  call_id: string;
  start_at: number;
  /** completed (a member answered) | abandoned (the caller gave up) | overflowed (it left the queue unanswered) */
  outcome: string;
  wait_seconds: number;
  handle_seconds: number;
}

export interface CallQueuesTables {
  call_queues: CallQueueTable;
  call_queue_members: CallQueueMemberTable;
  call_queue_voicemail_access: CallQueueVoicemailAccessTable;
  call_queue_visits: CallQueueVisitTable;
}

declare module '../../store/schema.ts' {
  interface Database extends CallQueuesTables {}
}

/** The tables only this family writes. */
export const owner = owns('call-queues', ['call_queues', 'call_queue_members', 'call_queue_voicemail_access', 'call_queue_visits']);
