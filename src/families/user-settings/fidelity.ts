// What the users' settings pages (profile settings, shared access settings) and the
// shared line appearances page state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const F = 'test/families/user-settings/user-settings.test.ts';
const NO_PLANS = "the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account's admin";
const ALL: OperationId[] = ['getAUsersProfileSettings', 'updateAUsersProfileSettings', 'addAUsersSharedAccessSetting', 'updateAUsersSharedAccessSetting', 'deleteAUsersSharedAccessSetting', 'listSharedLineAppearances'];
const prerequisites: Rule[] = ALL.map((op) => ({ op, rule: "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'", notEnforced: NO_PLANS }));
const UNKNOWN = 'settings of a user that does not exist, or of `me`, are refused';
const ADD = 'adding a delegation assistant shows it in the settings and as a shared line appearance';
const UPDATE = "updating the delegation's privileges, privacy and lock shows in the settings and the appearance";
const UPDATE_ERRORS = 'delegation updates: privileges must be a non-empty list without repeats; a delegation must exist; the setting type must be known';
const RELEASED = "an assistant whose extension leaves the directory leaves the delegation; an executive's settings go with its extension";
const VOICEMAIL = 'voicemail access members are added, changed by shared_id and removed';
const VOICEMAIL_ERRORS = 'a voicemail member shared twice is refused and a refused list adds none of its members';
const OPT_OUT = "an assistant opts out of receiving the executive's calls only with the opt in/out privilege";

export default defineFidelity({
  rules: [
    ...prerequisites,
    // ---- getAUsersProfileSettings
    { op: 'getAUsersProfileSettings', rule: "'Returns the Zoom Phone profile settings of a user': extension_number and status from the user, country (code, calling code, name) from the user's site, audio_prompt_language and default_transcription_language (en-US until set)", enforced: { file: F, test: "a user's settings show its extension, status, site country and documented defaults" } },
    { op: 'getAUsersProfileSettings', rule: "userId: 'The user's ID or email address' (an e-mail in any case); 'For user-level apps, pass the me value' — an account-level app's `me` is 'Invalid user id.'; a user the account lacks: 'User does not exist: {userId}.'", enforced: { file: F, test: UNKNOWN } },
    { op: 'getAUsersProfileSettings', rule: "delegation: assistants (display_name, extension id, number and type, user id), privacy, privileges ('1-Place Calls ... 7-Set Business Hours'), locked", enforced: { file: F, test: ADD } },
    { op: 'getAUsersProfileSettings', rule: 'delegation.privileges: the GET page lists 1..7; privilege 8 (Reply to SMS, which the update page adds) is kept and shown in the shared line appearance as reply_to_sms only', enforced: { file: F, test: UPDATE } },
    { op: 'getAUsersProfileSettings', rule: 'voice_mail, auto_call_recording_access_members, ad_hoc_call_recording_access_members: the shared access members with their permissions and shared_id', enforced: { file: F, test: VOICEMAIL } },
    { op: 'getAUsersProfileSettings', rule: 'intercom.audio_intercoms: the extensions invited into the intercom relationship (shown active)', enforced: { file: F, test: 'intercom invitations are added by PATCH and removed by DELETE' } },
    { op: 'getAUsersProfileSettings', rule: "shared_lines_call_setting.shared_line_appearances.executives: the executives the user assists, with receive_calls and allow_opt_out ('If false, the receive_calls field cannot be modified')", enforced: { file: F, test: OPT_OUT } },
    { op: 'getAUsersProfileSettings', rule: 'company_number, desk_phone (but its devices), outbound_caller, outbound_caller_ids, shared_lines_call_setting.shared_line_groups, intercom.device, device_id/device_status of intercoms', notEnforced: 'no state behind them here: no company number, desk phone keys positions, screen lock or PIN, or outbound caller ids are modelled for a user; outbound_caller_ids is shown empty and the others are left out' },
    { op: 'getAUsersProfileSettings', rule: "desk_phone.devices: 'The information about the desk phones' the user is assigned to (phone-devices), with their status at sandbox time; no desk_phone when it has none", enforced: { file: 'test/families/phone-devices/phone-devices.test.ts', test: "a user's profile settings show the desk phones assigned to it" } },
    { op: 'getAUsersProfileSettings', rule: "area_code: 'The area code of user'", notEnforced: "shown only once a PATCH set it: the sandbox does not derive an area code from the user's numbers" },

    // ---- updateAUsersProfileSettings
    { op: 'updateAUsersProfileSettings', rule: 'area_code, audio_prompt_language, default_transcription_language, music_on_hold_id change and the GET shows them', enforced: { file: F, test: 'profile settings written by PATCH are shown by GET' } },
    { op: 'updateAUsersProfileSettings', rule: "outbound_caller_id: one of the user's outbound caller ids, else 'Invalid outbound caller ID.'", enforced: { file: F, test: 'an outbound caller id the user does not have is refused' } },
    { op: 'updateAUsersProfileSettings', rule: "shared_line_appearances.executives[].receive_calls: an assistant may stop receiving an executive's calls only when allowed to opt out (delegation privilege 5 'Opt In/Out'), else 'User {userId} cannot disable receiving incoming calls for executive {executiveUserId}.'", enforced: { file: F, test: OPT_OUT } },
    { op: 'updateAUsersProfileSettings', rule: 'country_iso_code, shared_lines_call_setting.shared_line_groups', notEnforced: "accepted and not kept: the country shown is the site's, and shared line group call handling belongs to the shared line groups family" },
    { op: 'updateAUsersProfileSettings', rule: "userId: the user's id or e-mail; a user the account lacks: 'User does not exist: {userId}.'", enforced: { file: F, test: UNKNOWN } },

    // ---- addAUsersSharedAccessSetting
    { op: 'addAUsersSharedAccessSetting', rule: "'Adds the user setting according to the setting type, specifically for delegation, intercom and shared access for voicemail, and call recordings': settingType delegation | intercom | voice_mail | auto_call_recording | ad_hoc_call_recording, another is 'Invalid user sub-setting type.'", enforced: { file: F, test: 'a delegation assistant must be given, exist, and be a user or a common area' } },
    { op: 'addAUsersSharedAccessSetting', rule: "delegation_assistant_extension_id: 'The extension ID of the delegation assistant: user or common area' — required, in the account's directory, a user or common area; errors as documented", enforced: { file: F, test: 'a delegation assistant must be given, exist, and be a user or a common area' } },
    { op: 'addAUsersSharedAccessSetting', rule: "An assistant 'user or common area': a common area of the directory is taken", enforced: { file: F, test: 'a common area of the directory may assist; privileges run 1..8, 0 and 9 are refused' } },
    { op: 'addAUsersSharedAccessSetting', rule: 'An assistant is added once: concurrent adds of the same assistant leave one (unique index), the others are refused', enforced: { file: F, test: 'concurrent adds of the same assistant leave it once' } },
    { op: 'addAUsersSharedAccessSetting', rule: 'A new delegation grants privileges 1 and 2 (place and answer calls), privacy and locked off, until an update says otherwise', enforced: { file: F, test: ADD } },
    { op: 'addAUsersSharedAccessSetting', rule: "voicemail_access_members / voice_mail: users of the account; 'Voicemail has already been shared to the user.'; a list with one refused member adds none", enforced: { file: F, test: VOICEMAIL_ERRORS } },
    { op: 'addAUsersSharedAccessSetting', rule: 'auto_call_recording_access_members, ad_hoc_call_recording_access_members: users of the account, each once per list', enforced: { file: F, test: 'call recording access members are kept per list' } },
    { op: 'addAUsersSharedAccessSetting', rule: "access_user_type commonArea; device_id; settingType intercom (the add body names no intercom extension)", notEnforced: 'the sandbox has no common areas or devices: access members must be users, and intercom invitations are made with the update (intercom.extension_id); an intercom add answers 400/300 Intercom extension is required.' },

    // ---- updateAUsersSharedAccessSetting
    { op: 'updateAUsersSharedAccessSetting', rule: "delegation.privileges ('1-Place Calls ... 8-Reply to SMS'), privacy, locked change; an empty or repeating list is 'Delegation privileges error.'; a user without assistants 'Delegation assistants do not exist.'; an unknown setting type 'Invalid user setting Type: {settingType}.'", enforced: { file: F, test: UPDATE_ERRORS } },
    { op: 'updateAUsersSharedAccessSetting', rule: "The delegation's privileges show in the settings and in the shared line appearance", enforced: { file: F, test: UPDATE } },
    { op: 'updateAUsersSharedAccessSetting', rule: 'Access members change their permissions by shared_id', enforced: { file: F, test: VOICEMAIL } },
    { op: 'updateAUsersSharedAccessSetting', rule: 'A shared_id is required and must be one of the user\'s access members (undocumented errors); nothing changes otherwise', enforced: { file: F, test: 'an access member is changed and removed by a shared_id the user holds' } },
    { op: 'updateAUsersSharedAccessSetting', rule: "privileges: 'possible values: 1, 2, 3, 4, 5, 6, 7, 8' — 8 is taken, 0 and 9 refused", enforced: { file: F, test: 'a common area of the directory may assist; privileges run 1..8, 0 and 9 are refused' } },
    { op: 'updateAUsersSharedAccessSetting', rule: 'intercom.extension_id invites an extension of the directory into the intercom relationship', enforced: { file: F, test: 'intercom invitations are added by PATCH and removed by DELETE' } },
    { op: 'updateAUsersSharedAccessSetting', rule: 'desk_phone (devices, phone_screen_lock, pin_code)', notEnforced: 'no desk phone devices are modelled for a user: settingType desk_phone is an invalid setting type' },

    // ---- deleteAUsersSharedAccessSetting
    { op: 'deleteAUsersSharedAccessSetting', rule: "'Removes the user setting according to the setting type': an assistant (assistant_extension_id) or the whole delegation, an intercom (intercom_extension_id), an access member (shared_id); 'Invalid user sub-setting type.'", enforced: { file: F, test: 'removing an assistant removes its appearance; the delegation goes with its last assistant' } },
    { op: 'deleteAUsersSharedAccessSetting', rule: "A user the account lacks: 'User does not exist: {userId}.'", enforced: { file: F, test: UNKNOWN } },

    // ---- listSharedLineAppearances
    { op: 'listSharedLineAppearances', rule: "'Returns a list of shared line appearance instances': one per executive with a delegation — the executive (name, extension), its assistants (id, name, extension) and privileges, names and numbers from the extension directory", enforced: { file: F, test: ADD } },
    { op: 'listSharedLineAppearances', rule: "privileges: the delegation's numeric privileges mapped 1 place_calls, 2 answer_calls, 3 pickup_hold_calls, 8 reply_to_sms; 4-7 (VIP contacts, opt in/out, join and merge, business hours) have no word in the appearance and are left out", enforced: { file: F, test: UPDATE } },
    { op: 'listSharedLineAppearances', rule: "page_size (30 by default, at most 300), next_page_token 'whenever the set of available results exceeds the current page size', total_records", enforced: { file: F, test: 'shared line appearances page by next_page_token' } },
    { op: 'listSharedLineAppearances', rule: 'An assistant or executive whose extension leaves the directory leaves the appearances (extensions.released)', enforced: { file: F, test: RELEASED } },
    { op: 'listSharedLineAppearances', rule: 'The demo lists one appearance', enforced: { file: F, test: 'the demo lists one shared line appearance: one demo user places and answers calls for another' } },
  ],
  unreachable: {
    getAUsersProfileSettings: {
      accountDoesNotExist: "the request acts on the caller's own account, which exists while its token does",
    },
    updateAUsersProfileSettings: {
      outboundCallerIdHasBeenLocked: 'no outbound caller id policy or lock is modelled for a user; every outbound_caller_id is answered Invalid outbound caller ID.',
      doNotAllowHidingOutboundCaller: 'no outbound caller id policy is modelled for a user',
    },
    updateAUsersSharedAccessSetting: {
      delegationPrivacyError: 'the page does not say which privacy value is in error, and the schema already refuses a privacy that is not a boolean',
    },
  },
});
