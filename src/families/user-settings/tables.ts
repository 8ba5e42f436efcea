// The user-settings family's tables: a user's profile settings, its delegation
// (the executive's privileges and the assistants shown its line), its intercom
// invitations and its shared access lists (voicemail, automatic and ad hoc call
// recordings). Each row keeps the extension id of the user or extension it
// names, so that when that extension leaves the directory the row can go.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface UserSettingTable {
  seq: Generated<number>;
  account_id: string;
  user_id: string;
  /** The user's directory extension when the row was made. */
  extension_id: string;
  area_code: string | null;
  audio_prompt_language: string | null;
  default_transcription_language: string | null;
  music_on_hold_id: string | null;
  updated_at: number;
}

export interface UserDelegationTable {
  seq: Generated<number>;
  account_id: string;
  /** The executive: the user whose settings hold the delegation. */
  user_id: string;
  extension_id: string;
  /** Bit n-1 set for privilege n (1..8, see rules.ts). */
  privileges: number;
  privacy: number;
  locked: number;
  created_at: number;
}

export interface UserDelegationAssistantTable {
  seq: Generated<number>;
  account_id: string;
  user_id: string;
  /** The assistant's directory extension (a user or a common area). */
  extension_id: string;
  /** Whether the assistant takes the executive's incoming calls. */
  receive_calls: number;
  created_at: number;
}

export interface UserIntercomTable {
  seq: Generated<number>;
  account_id: string;
  user_id: string;
  extension_id: string;
  device_id: string | null;
  created_at: number;
}

export interface UserAccessMemberTable {
  seq: Generated<number>;
  account_id: string;
  user_id: string;
  /** voice_mail | auto_call_recording | ad_hoc_call_recording */
  setting: string;
  shared_id: string;
  access_user_id: string;
  /** The member's directory extension. */
  access_extension_id: string;
  access_user_type: string;
  allow_delete: number;
  allow_download: number;
  allow_sharing: number;
  created_at: number;
}

export interface UserSettingsTables {
  user_settings: UserSettingTable;
  user_delegations: UserDelegationTable;
  user_delegation_assistants: UserDelegationAssistantTable;
  user_intercoms: UserIntercomTable;
  user_access_members: UserAccessMemberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends UserSettingsTables {}
}

export const owner = owns('user-settings', ['user_settings', 'user_delegations', 'user_delegation_assistants', 'user_intercoms', 'user_access_members']);
