// What other families (and the simulator) may use of sms-messages: an SMS arriving
// from outside at one of the account's numbers, and the events every message
// sent or received publishes inside its transaction. Writes run with this
// family's rights (owner.bind(db)), in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { owner } from './tables.ts';
import { receive, send, type Outbound } from './exchange.ts';
import type { OwnerType } from './rules.ts';

type Db = Kysely<Database>;

/**
 * What Zoom's phone.sms_sent and phone.sms_received events carry as their `object`
 * (@zoom/rivet's PhoneSmsSentEvent / PhoneSmsReceivedEvent); the sender of a sent
 * message may be a call queue's or receptionist's number too.
 */
export interface SmsEventObject {
  sender: { phone_number: string; id?: string; type?: OwnerType; display_name?: string };
  to_members: { phone_number: string; id?: string; type?: OwnerType; display_name?: string; is_message_owner?: boolean }[];
  owner: { type?: OwnerType; id?: string; sms_sender_user_id?: string; team_id?: string };
  message: string;
  attachments: { id: string; size: number; name: string; type: string; download_url: string }[];
  session_id: string;
  message_id: string;
  message_type: number;
  date_time: string;
  phone_number_campaign_opt_statuses?: { consumer_phone_number: string; zoom_phone_user_number: string; opt_status: 'pending' | 'opt_out' | 'opt_in' }[];
}

declare module '../../kit/events.ts' {
  interface Events {
    /** A message left one of the account's numbers (phone.sms_sent). */
    'sms.sent': { accountId: string } & SmsEventObject;
    /** A message reached one of the account's numbers, from outside or from another of its numbers (phone.sms_received). */
    'sms.received': { accountId: string } & SmsEventObject;
    /**
     * A consumer's STOP (opt_out) or START (opt_in) texted to the account's number
     * was recorded as their opt status for it; published after that message's 'sms.received'.
     */
    'sms.opted': { accountId: string; status: 'opt_in' | 'opt_out'; consumer: string; zoomNumber: string; at: number };
  }
}

/**
 * An SMS from the outside number `from` arrives at the account's number `to` at
 * `at` (epoch ms): stored in the session of the two numbers, a STOP or START in it
 * recorded as the sender's opt status. Refused (a 400 ZoomError) when `to` is not
 * the account's SMS capable number held by a user, call queue or auto receptionist.
 */
export const receiveSms = (db: Db, accountId: string, sms: { from: string; to: string; text: string; at: number }, env: { now: number; ids: IdGenerator }) =>
  receive(owner.bind(db), accountId, sms, env);

/** A message sent from one of the account's numbers, with every rule Post SMS message holds to (the demo seed sends through it). */
export const sendSms = (db: Db, accountId: string, message: Outbound, env: { now: number; ids: IdGenerator }) => send(owner.bind(db), accountId, message, env);
