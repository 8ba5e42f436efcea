// The auto-receptionists family's tables. A receptionist's extension number is not
// kept here: it lives in the account's one extension directory (the extensions
// family), where the receptionist holds one extension of kind 'autoReceptionist'
// (owner: the receptionist). Its phone numbers are the numbers family's rows
// assigned to it (AutoReceptionist). Each site has one main receptionist, made
// with the site and gone with it.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface AutoReceptionistTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The receptionist's extension in the directory (its id). */
  extension_id: string;
  name: string;
  site_id: string;
  /** 1: the site's main receptionist (one per site, partial unique index); it cannot be deleted but with its site. */
  main: number;
  cost_center: string | null;
  department: string | null;
  timezone: string | null;
  audio_prompt_language: string | null;
  default_transcription_language: string | null;
  recording_storage_location: string | null;
  /** JSON: the policy settings changed from what the receptionist's site shows (rules.ts). */
  policy: string;
  created_at: number;
  updated_at: number;
}

/**
 * One IVR menu of a receptionist (business_hours or closed_hours): its greeting and
 * what happens when the caller presses nothing. No row: the menu as it starts (rules.ts).
 */
export interface AutoReceptionistIvrTable {
  account_id: string;
  receptionist_id: string;
  /** business_hours | closed_hours */
  hours_type: string;
  audio_prompt_id: string | null;
  no_action_action: number;
  no_action_repeat: number;
  /** Where a caller who presses nothing goes (an extension of the directory), for the forwarding actions. */
  no_action_extension_id: string | null;
}

/** One key of a menu that was set: its action and target. A key with no row is disabled. */
export interface AutoReceptionistIvrKeyTable {
  account_id: string;
  receptionist_id: string;
  hours_type: string;
  /** '0'-'9', '*', '#' */
  key: string;
  action: number;
  /** The extension of the directory the key routes to; it leaves when the extension leaves the directory. */
  target_extension_id: string | null;
  target_phone_number: string | null;
  voicemail_greeting_id: string | null;
}

/** The receptionist's shared voicemail access list (the voicemail_access_members policy subsetting). */
export interface AutoReceptionistVoicemailAccessTable {
  seq: Generated<number>;
  account_id: string;
  receptionist_id: string;
  shared_id: string;
  access_user_id: string;
  /** user | commonArea */
  access_user_type: string;
  /** The access user's extension: the entry leaves when it leaves the directory. */
  extension_id: string;
  allow_delete: number;
  allow_download: number;
  allow_sharing: number;
}

export interface AutoReceptionistsTables {
  auto_receptionists: AutoReceptionistTable;
  auto_receptionist_ivr: AutoReceptionistIvrTable;
  auto_receptionist_ivr_keys: AutoReceptionistIvrKeyTable;
  auto_receptionist_voicemail_access: AutoReceptionistVoicemailAccessTable;
}

declare module '../../store/schema.ts' {
  interface Database extends AutoReceptionistsTables {}
}

/** The tables only this family writes. */
export const owner = owns('auto-receptionists', ['auto_receptionists', 'auto_receptionist_ivr', 'auto_receptionist_ivr_keys', 'auto_receptionist_voicemail_access']);
