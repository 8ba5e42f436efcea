// The shared-line-groups family's tables. A group's extension number is not kept
// here: it lives in the account's one extension directory (the extensions family),
// where the group holds one extension of kind 'sharedLineGroup' (owner: the group).
// Its phone numbers are the numbers family's rows assigned to it (SharedLineGroup).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface SharedLineGroupTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The group's extension in the directory (its id). */
  extension_id: string;
  display_name: string;
  description: string | null;
  site_id: string;
  /** active | inactive */
  status: string;
  cost_center: string | null;
  department: string | null;
  timezone: string | null;
  audio_prompt_language: string | null;
  default_transcription_language: string | null;
  recording_storage_location: string | null;
  /** 1: members may keep others off a held call (allow_privacy). */
  allow_privacy: number;
  /** The number (its id) chosen as primary; shown only while the group holds it. */
  primary_number_id: string | null;
  /** JSON: the policy settings changed from their defaults (rules.ts). */
  policy: string;
  created_at: number;
  updated_at: number;
}

/** One row per member: "a member can only be added to one shared line group" (unique per account). */
export interface SharedLineGroupMemberTable {
  seq: Generated<number>;
  account_id: string;
  group_id: string;
  /** The user's id (a common area's, when common areas come). */
  member_id: string;
  /** user | commonArea */
  member_type: string;
  /** The member's extension in the directory: when it leaves the directory, the member leaves the group. */
  extension_id: string;
  created_at: number;
}

/** The group's shared voicemail access list (the voicemail_access_members policy subsetting). */
export interface SharedLineGroupVoicemailAccessTable {
  seq: Generated<number>;
  account_id: string;
  group_id: string;
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

export interface SharedLineGroupsTables {
  shared_line_groups: SharedLineGroupTable;
  shared_line_group_members: SharedLineGroupMemberTable;
  shared_line_group_voicemail_access: SharedLineGroupVoicemailAccessTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SharedLineGroupsTables {}
}

/** The tables only this family writes. */
export const owner = owns('shared-line-groups', ['shared_line_groups', 'shared_line_group_members', 'shared_line_group_voicemail_access']);
