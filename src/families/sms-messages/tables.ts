// The sms-messages family's tables: conversations (sessions) between one or more
// of the account's numbers and the numbers they text, who takes part in each,
// and the messages sent and received in them.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** One conversation: the set of its numbers is its key, so a later message between them joins it ("Session IDs are perpetual"). */
export interface SmsSessionTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The session's numbers (E.164), sorted and comma-joined: unique per account. */
  member_key: string;
  /** user | call_queue | auto_receptionist: the kind of holder of its Zoom-side number */
  session_type: string;
  /** 1 for a group message (a US/CA toll number to several recipients) */
  is_group: number;
  created_at: number;
  /** Epoch ms of the last message sent or received. */
  last_access_time: number;
  /** seq of the session's latest message: what a user's sessions sync orders and resumes by. */
  last_message_seq: number;
}

/**
 * A number of a session. The Zoom-side ones (the account's, held by a user, call
 * queue or auto receptionist) carry their holder as of the session's latest message;
 * the others are the outside numbers texted.
 */
export interface SmsSessionMemberTable {
  seq: Generated<number>;
  account_id: string;
  session_id: string;
  phone_number: string;
  /** user | callQueue | autoReceptionist; null for an outside number */
  owner_type: string | null;
  owner_id: string | null;
  display_name: string | null;
}

/** One message, with its sender and recipients as they were when it went (a number reassigned later does not rewrite history). */
export interface SmsMessageTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  session_id: string;
  /** In | Out, as the pages spell it */
  direction: string;
  /** 1 SMS, 2 MMS, 3 GROUP_SMS, 4 GROUP_MMS, 5 SMS_INTER, 6 MSG_ON_NET */
  message_type: number;
  body: string;
  /** JSON: the sender { phone_number, display_name?, owner? } */
  sender: string;
  /** JSON: the recipients [{ phone_number, display_name?, owner? }] */
  to_members: string;
  /** JSON: [{ id, name, size, type }] (the media itself is not kept) */
  attachments: string;
  /** The user who sent it from a call queue's or receptionist's number, when given. */
  sender_user_id: string | null;
  /** received | delivered | sent | failed_to_send | failed_to_deliver | unknown */
  delivery_status: string;
  created_at: number;
}

export interface SmsMessagesTables {
  sms_sessions: SmsSessionTable;
  sms_session_members: SmsSessionMemberTable;
  sms_messages: SmsMessageTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SmsMessagesTables {}
}

export const owner = owns('sms-messages', ['sms_sessions', 'sms_session_members', 'sms_messages']);
