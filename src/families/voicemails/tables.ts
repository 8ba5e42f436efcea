// The voicemails family's tables: one row per voicemail a simulated call left in
// a mailbox (a user's, a call queue's, an auto receptionist's, a shared line
// group's), kept as the call was, with what the API changes on it: its read
// status and its place in the trash.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface PhoneVoicemailTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The downloadable file's id: /phone/voice_mails/download/{file_id}. */
  file_id: string;
  call_id: string;
  call_history_id: string;
  /** The owner's call log of the call (call-logs' log id): null when the owner is no extension party of it. */
  call_log_id: string | null;
  call_element_id: string;
  /** The mailbox: its extension, that extension's type as the call history names it (user, call_queue, …), and its owner's id. */
  owner_extension_id: string | null;
  owner_extension_type: string | null;
  owner_id: string | null;
  owner_name: string;
  owner_extension_number: number | null;
  /** The user whose mailbox it is (a user's), for the user's view. */
  user_id: string | null;
  site_id: string | null;
  start_at: number;
  seconds: number;
  /** JSON: the caller and callee as the views show them. */
  parties: string;
  /** read | unread */
  status: string;
  /** When it went to the trash (null: it is not in the trash), and how. */
  deleted_at: number | null;
  soft_deleted_type: string | null;
}

export interface VoicemailsTables {
  phone_voicemails: PhoneVoicemailTable;
}

declare module '../../store/schema.ts' {
  interface Database extends VoicemailsTables {}
}

export const owner = owns('voicemails', ['phone_voicemails']);
