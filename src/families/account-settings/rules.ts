// What the account's Zoom Phone settings hold to, as plain functions of values: the
// switches of /phone/settings and their rules, the settings document of
// /phone/account_settings (every documented setting type, with the sandbox's default
// where the pages give none), the group's document that inherits it, and the
// `setting_types` filter both take.
import { deepMerge, isRecord } from '../../kit/merge.ts';

export type Json = Record<string, unknown>;

/** What updatePhoneAccountSettings keeps: the fields it was sent, as sent. */
export interface AccountSwitches {
  billing_account?: { id: string };
  byoc?: { enable: boolean };
  multiple_sites?: { enabled?: boolean; site_code?: { enable?: boolean; short_extension_length?: number } };
  show_device_ip_for_call_log?: { enable: boolean };
}

/** "The range is [2, 10] if the account's `15-Digit Max Length Extensions` feature is enabled; if not, [2, 5]": no sandbox account has that feature. */
export const SHORT_EXTENSION_LENGTH = { min: 2, max: 5 } as const;

export const shortLengthValid = (n: number): boolean => Number.isInteger(n) && n >= SHORT_EXTENSION_LENGTH.min && n <= SHORT_EXTENSION_LENGTH.max;

/** The switches after a PATCH: each object given merged over what was kept. */
export function patchSwitches(kept: AccountSwitches, patch: AccountSwitches): AccountSwitches {
  const out: AccountSwitches = { ...kept };
  for (const [key, value] of Object.entries(patch) as [keyof AccountSwitches, unknown][]) {
    if (value === undefined) continue;
    (out as Json)[key] = deepMerge(out[key], value);
  }
  return out;
}

/** The retention items of a new account: every data type kept without limit. */
const RETENTION_TYPES = ['callLog', 'onDemandRecording', 'automaticRecording', 'voicemail', 'videomail', 'sms', 'fax'];

/**
 * The account settings document of an account that changed nothing. The pages give no
 * default for most settings: these are the sandbox's, modelled on a new Business
 * account (calling, SMS, voicemail, transfers and the mobile and web clients on;
 * recording, encryption, restrictions and add-on features off). A field not listed
 * reads false (booleans) or is left out, and no setting is locked.
 */
export const ACCOUNT_DEFAULTS: Record<string, Json> = {
  ad_hoc_call_recording: { enable: true },
  advanced_encryption: { enable: false },
  allow_end_user_edit_call_handling: { enable: true },
  allow_mobile_home_phone_callout: { enable: false },
  allowed_call_locations: { enable: false, allow_internal_calls: true, locations_applied: false },
  audio_intercom: { enable: false },
  auto_call_from_third_party_apps: { enable: true },
  auto_call_recording: {
    enable: false,
    recording_calls: 'both',
    recording_start_prompt: true,
    recording_explicit_consent: false,
    recording_transcription: false,
    allow_stop_resume_recording: false,
    disconnect_on_recording_failure: false,
    inbound_audio_notification: { recording_start_prompt: true, recording_explicit_consent: false },
    outbound_audio_notification: { recording_start_prompt: true, recording_explicit_consent: false },
    play_recording_beep_tone: { enable: false, play_beep_member: 'allMembers', play_beep_time_interval: 15, play_beep_volume: 60 },
  },
  auto_delete_data_after_retention_duration: {
    enable: false,
    delete_type: 1,
    permanently_delete_after_days: 30,
    items: RETENTION_TYPES.map((type) => ({ type, duration: -1, time_unit: 'year' })),
  },
  auto_opt_out_in_call_queue: { enable: false, prompt_before_opt_out_call_queue: false },
  block_calls_as_threat: {},
  block_calls_without_caller_id: { enable: false },
  block_external_calls: { enable: false },
  block_list_for_inbound_calls_and_messaging: {},
  call_handling_forwarding_to_other_users: { enable: true, call_forwarding_type: 4 },
  call_live_transcription: { enable: false, transcription_start_prompt: { enable: false } },
  call_overflow: { enable: true, call_overflow_type: 4 },
  call_park: { enable: true },
  call_queue_opt_out_reason: { enable: false },
  call_screening: { enable: false, exclude_user_company_contacts: false },
  call_transferring: { enable: true, call_transferring_type: 4 },
  chat_channel: { enable: false },
  check_voicemails_over_phone: { enable: true },
  conference_dtmf: { enable: false },
  connect_to_operator: { enable: true },
  customize_line_name: { enable: false, user_line_name: 'displayName;extensionNumber', common_area_line_name: 'displayName;extensionNumber' },
  delegation: { enable: true },
  desk_phone_smart_key_positions_layout: { enable: false },
  display_call_feedback_survey: { enable: false },
  e2e_encryption: { enable: false },
  elevate_to_meeting: { enable: true },
  end_conference_call_when_originator_drops: { enable: false },
  external_calling_on_zoom_room_common_area: { enable: true },
  hand_off_to_room: { enable: true },
  hide_phone_call_history_in_ios: { enable: false },
  international_calling: { enable: false },
  local_survivability_mode: { enable: false },
  manage_call_routing_for_unassigned_numbers: { enable: false, incoming_call_action: 'disconnect' },
  mobile_switch_to_carrier: { enable: false },
  no_hold_conference: { enable: false },
  obfuscate_sensitive_data_during_call: { enable: false },
  online_fax: { enable: false, enable_new_fax_email_notifications: false, include_fax_as_attachment: false },
  outbound_calling: { enable: true },
  outbound_sms: { enable: true },
  override_default_port: { enable: false },
  peer_to_peer_media: { enable: true },
  personal_audio_library: { enable: true, allow_music_on_hold_customization: true, allow_voicemail_and_message_greeting_customization: true },
  prevent_users_upload_audio_files: { enable: false },
  private_call_park: { enable: false, expiration_period: 10, call_not_picked_up_action: 100, sequence: 0 },
  restricted_call_hours: { enable: false, allow_internal_calls: true, restricted_hours_applied: false, restricted_holiday_hours_applied: false },
  select_outbound_caller_id: { enable: true, allow_hide_outbound_caller_id: true },
  shared_voicemail_notification_by_email: { enable: false },
  show_custom_disclaimer_when_using_zoom_phone: { enable: false, display_frequency: 'first_time_only', custom_disclaimer_list: [] },
  sms: { enable: true, international_sms: false },
  sms_auto_reply: { enable: false },
  sms_etiquette_tool: { enable: false },
  sms_template: { enable: false, sms_template_list: [] },
  team_sms_thread_summary: { enable: false },
  use_callkit_for_incoming_call_notifications_in_ios: { enable: true },
  voicemail: { enable: true, allow_delete: true, allow_download: true, allow_share: false, allow_videomail: false, allow_virtual_background: false },
  voicemail_intent_based_prioritization: { enable: false },
  voicemail_notification_by_email: { enable: true, forward_voicemail_to_email: false, include_voicemail_file: true, include_voicemail_transcription: false },
  voicemail_tasks: { enable: false },
  voicemail_transcription: { enable: true },
  zoom_phone_on_mobile: { enable: true, allow_calling_sms_mms: true },
  zoom_phone_on_pwa: { enable: true },
};

/**
 * The group document's setting types that the account document names otherwise
 * (`call_handling_forwarding` is the account's `call_handling_forwarding_to_other_users`).
 */
export const GROUP_NAMES_OF_ACCOUNT: Record<string, string> = {
  call_handling_forwarding: 'call_handling_forwarding_to_other_users',
};

/** What the group document shows beyond the account's fields, for a group of an account that changed nothing (the sandbox's choice, as above). */
export const GROUP_EXTRAS: Record<string, Json> = {
  ad_hoc_call_recording: { allow_delete: true, allow_download: true, recording_start_prompt: true, recording_explicit_consent: false, recording_transcription: false },
  advanced_encryption: { disable_incoming_unencrypted_voicemail: false },
  block_external_calls: { block_business_hours: false, block_closed_hours: false, block_holiday_hours: false, block_call_action: 0 },
  call_park: { expiration_period: 10, call_not_picked_up_action: 100, sequence: 0 },
  display_call_feedback_survey: { feedback_type: 1 },
  outbound_sms: { allow_copy: true, allow_paste: true },
  sms: { allow_copy: true, allow_paste: true },
  zoom_phone_on_desktop: { enable: true, allow_calling_clients: ['mac_os', 'windows', 'linux'], allow_sms_mms_clients: ['mac_os', 'windows', 'linux'] },
  zoom_phone_on_mobile: { allow_calling_clients: ['ios', 'android'], allow_sms_mms_clients: ['ios', 'android'] },
  zoom_phone_on_pwa: { allow_calling: true, allow_sms_mms: true },
};

/** The group document's words for the beep tone's members, where the account's differ. */
const BEEP_MEMBER: Record<string, string> = { allMembers: 'allMember', recordingUser: 'recordingSide' };

/** An account setting as the group document words it (the beep tone's member enum differs). */
export function groupWording(value: Json): Json {
  const beep = value.play_recording_beep_tone;
  if (!isRecord(beep) || typeof beep.play_beep_member !== 'string') return value;
  return { ...value, play_recording_beep_tone: { ...beep, play_beep_member: BEEP_MEMBER[beep.play_beep_member] ?? beep.play_beep_member } };
}

/**
 * The setting types a `setting_types` query names ("comma separated"): undefined for
 * all of them (no query, or an empty one); `invalid` lists the names the document
 * does not have.
 */
export function settingTypesAsked(query: string | undefined, known: readonly string[]): { types?: string[]; invalid: string[] } {
  const names = (query ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (!names.length) return { invalid: [] };
  const set = new Set(known);
  return { types: [...new Set(names)], invalid: names.filter((n) => !set.has(n)) };
}
