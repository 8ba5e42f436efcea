// What the Auto Receptionists and IVR pages state in words, whether the server
// holds to it, and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const R = 'test/families/auto-receptionists/receptionists.test.ts';
const N = 'test/families/auto-receptionists/numbers.test.ts';
const P = 'test/families/auto-receptionists/policies.test.ts';
const I = 'test/families/auto-receptionists/ivr.test.ts';
const M = 'test/families/auto-receptionists/migration.test.ts';
const E = 'test/e2e/routing-tree.test.ts';
const T = 'test/families/auto-receptionists/page-tokens.test.ts';

const NO_PLANS = "the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account's admin";
const prerequisites = (ops: OperationId[]): Rule[] => ops.map((op) => ({ op, rule: "Prerequisites: 'Pro or higher account with Zoom Phone license' (IVR: 'A Business or Enterprise account')", notEnforced: NO_PLANS }));
const OTHER_ACCOUNT = 'another account neither sees nor changes the receptionists';
const SILENT_TARGETS =
  'The pages are silent on what becomes of a key whose target leaves the directory (a queue, a user, a receptionist deleted): the key is disabled (-1) and its target cleared; a caller-pressed-nothing forward to it becomes -1 (disconnect), its repeat count kept';

export default defineFidelity({
  rules: [
    // ---- listAutoReceptionists
    { op: 'listAutoReceptionists', rule: "'Returns a list of auto receptionists': each with its extension, site, phone numbers, cost center, department, timezone and audio prompt language", enforced: { file: R, test: 'a receptionist added is listed and shown, its extension the first free one of its site, in the directory' } },
    { op: 'listAutoReceptionists', rule: "Each site's main auto receptionist is one of them, as the site's details show it", enforced: { file: R, test: "the demo sites' main receptionists are listed and shown as their sites show them" } },
    { op: 'listAutoReceptionists', rule: "page_size at most 300; 'A next page token will be returned whenever the set of available results exceeds the current page size'; total_records", enforced: { file: R, test: 'the list pages by next_page_token' } },
    { op: 'listAutoReceptionists', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: T, test: 'a page token of the receptionist list expires after 15 minutes' } },
    { op: 'listAutoReceptionists', rule: "The account's receptionists only", enforced: { file: R, test: OTHER_ACCOUNT } },
    { op: 'listAutoReceptionists', rule: "holiday_hours: 'The holiday hours'", notEnforced: 'the sandbox keeps no holiday hours (no operation of these pages makes one): every receptionist shows none' },

    // ---- addAnAutoReceptionist
    { op: 'addAnAutoReceptionist', rule: "'Adds an auto receptionist': it is listed and shown, its extension the site's first free short extension behind the site's code, held in the account's one extension directory", enforced: { file: R, test: 'a receptionist added is listed and shown, its extension the first free one of its site, in the directory' } },
    { op: 'addAnAutoReceptionist', rule: "site_id 'is required only if you have multiple sites enabled': without it, the account's main site", enforced: { file: R, test: 'a receptionist added is listed and shown, its extension the first free one of its site, in the directory' } },
    { op: 'addAnAutoReceptionist', rule: "A site the account does not have: 400/300 (the page's row has no words: 'Site does not exist: {siteId}.'), nothing created", enforced: { file: R, test: 'a site the account does not have is refused and creates nothing' } },
    { op: 'addAnAutoReceptionist', rule: 'Concurrent adds on one site: each gets its own extension (the directory\'s unique index decides)', enforced: { file: R, test: 'concurrent adds on one site each get their own extension' } },

    // ---- getAnAutoReceptionist
    { op: 'getAnAutoReceptionist', rule: "'Returns information on a specific auto receptionist': name, extension, site, numbers, languages, timezone, storage location", enforced: { file: R, test: 'an update changes what it names and keeps the rest; the directory and the site show the new name' } },
    { op: 'getAnAutoReceptionist', rule: "One the account does not have: 'Validation Failed.'", enforced: { file: R, test: OTHER_ACCOUNT } },
    { op: 'getAnAutoReceptionist', rule: "own_storage_name: 'Use your own storage provided by Oracle Cloud Infrastructure'", notEnforced: 'the sandbox keeps no storage of its own: the field is never shown' },

    // ---- updateAnAutoReceptionist
    { op: 'updateAnAutoReceptionist', rule: "'Changes information such as the display name and the extension number assigned to the main auto receptionist': what is given changes, the rest stays; the directory, its numbers and its site's details show the new name and number", enforced: { file: R, test: 'an update changes what it names and keeps the rest; the directory and the site show the new name' } },
    { op: 'updateAnAutoReceptionist', rule: "extension_number: 'If site code is enabled, provide the short extension number instead' — of the site's length ('Invalid short number length.'); a site without a code takes the full number of its length ('Invalid full extension number length.'); 2 to 6 digits ('Extension Number must be {min} to {max} digits')", enforced: { file: R, test: "extension numbers: the site's short length behind its code, or the full length without one; reserved and taken numbers are refused" } },
    { op: 'updateAnAutoReceptionist', rule: "'Number {extensionNumber} is a reserved extension number.': the pages name no list; the sandbox reserves the emergency numbers 911, 933, 112 and 999", enforced: { file: R, test: "extension numbers: the site's short length behind its code, or the full length without one; reserved and taken numbers are refused" } },
    { op: 'updateAnAutoReceptionist', rule: "An extension number is the account's once, whatever holds it (a user, a queue, another receptionist): 'Extension number {extensionNumber} is already used.', nothing changes", enforced: { file: R, test: "extension numbers: the site's short length behind its code, or the full length without one; reserved and taken numbers are refused" } },
    { op: 'updateAnAutoReceptionist', rule: "timezone from the time zone list ('Time zone is invalid:{0}'), audio_prompt_language ('Audio prompt language is invalid:{0}') and default_transcription_language ('Language setting is invalid.') from their lists; a refused update changes nothing", enforced: { file: R, test: 'a bad timezone or language is refused in the words of the page, and changes nothing' } },
    { op: 'updateAnAutoReceptionist', rule: "recording_storage_location: 'If the setting is locked at the Account level, it can't be updated.'", notEnforced: 'the sandbox has no account-level settings to lock it' },

    // ---- deleteANonPrimaryAutoReceptionist
    { op: 'deleteANonPrimaryAutoReceptionist', rule: "'Deletes a non-primary auto receptionist': it is gone, its numbers unassigned, its extension number free; the main one: 'Unable to delete main Auto receptionist.'", enforced: { file: R, test: 'the main receptionist cannot be deleted; another is, its extension and numbers freed' } },
    { op: 'deleteANonPrimaryAutoReceptionist', rule: "deleteAPhoneSite: 'the site ID of another site where the assets of current site (users, numbers and phones) can be transferred to': the main receptionist goes with its site (its numbers unassigned, its extension free), the others move to the transfer site", enforced: { file: R, test: 'deleting a site takes its main receptionist along, numbers released, and moves the others to the transfer site' } },
    { op: 'deleteANonPrimaryAutoReceptionist', rule: "A database made before this family: each site's main receptionist (kept in the site's data) becomes one of the family, the directory's entry owned by it, and stays undeletable", enforced: { file: M, test: "an existing database's main receptionists become receptionists of the family, the directory re-pointed" } },

    // ---- phone numbers
    { op: 'assignPhoneNumbersForAutoReceptionist', rule: "'Assigns available phone numbers to an auto receptionist' by id or E.164: the number shows the receptionist as assignee in its page and Number Management, and leaves the unassigned list", enforced: { file: N, test: 'numbers assigned by id or E.164 show the receptionist as assignee, and leave the unassigned list' } },
    { op: 'assignPhoneNumbersForAutoReceptionist', rule: "A number another holds: 'phoneNumber is used, phonenumberId:{phonenumberId}'; the receptionist's cannot go to a user", enforced: { file: N, test: 'a number is assigned once: not to a second receptionist, nor one a user holds' } },
    { op: 'assignPhoneNumbersForAutoReceptionist', rule: 'Concurrent assignments of one number: exactly one receptionist wins (the conditional update decides), never a 500', enforced: { file: N, test: 'concurrent assignments of one number to two receptionists: exactly one wins, never a 500' } },
    { op: 'assignPhoneNumbersForAutoReceptionist', rule: "A number the account does not have: 'Phone number does not exist, phonenumberId:{phonenumberId}'; a refused request assigns none", enforced: { file: N, test: 'a batch whose later number fails assigns nothing' } },
    { op: 'assignPhoneNumbersForAutoReceptionist', rule: 'The receptionist is named from the directory: renamed, its numbers show the new name', enforced: { file: N, test: 'a renamed receptionist shows its new name on its numbers' } },
    { op: 'unassignAllPhoneNumbersForAutoReceptionist', rule: "'Unassigns all phone numbers that were previously assigned to an auto receptionist'", enforced: { file: N, test: 'unassigning one number or all releases them; a number the receptionist does not hold is refused' } },
    { op: 'unassignAPhoneNumberForAutoReceptionist', rule: "'Unassigns a specific phone number'; one it does not hold: 'Phone number does not belong to auto receptionist.'", enforced: { file: N, test: 'unassigning one number or all releases them; a number the receptionist does not hold is refused' } },
    { op: 'unassignAPhoneNumberForAutoReceptionist', rule: "A receptionist the account does not have: 'AutoReceptionist does not exist, AutoReceptionistId: {autoReceptionId}.'", enforced: { file: N, test: 'an unknown receptionist, or another account, is not found for every number operation' } },

    // ---- policies
    { op: 'getAnAutoReceptionistPolicy', rule: "'Returns the policy setting of a specific auto receptionist': every documented setting (its site's where it changed none, which stand on the account's document; off and unlocked where nobody set one) and the voicemail access list", enforced: { file: P, test: "a new receptionist shows every documented setting, its site's (the account's document) and unlocked, and an empty access list" } },
    { op: 'updateAnAutoReceptionistPolicy', rule: "A setting its site or the account locked 'cannot be overridden at lower levels': a change of it is refused (400/400 'Policy locked: {setting}.', undocumented), nothing changes", enforced: { file: 'test/families/account-settings/inheritance.test.ts', test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'getAnAutoReceptionistPolicy', rule: 'A receptionist the account does not have: 400/300 (no words on the page: the server\'s own)', enforced: { file: P, test: 'an unknown receptionist answers 400/300 for the policy operations' } },
    { op: 'updateAnAutoReceptionistPolicy', rule: "'Updates the policy setting': what is named changes, marked modified; 'reset: Whether the current settings will use the phone account's settings'", enforced: { file: P, test: 'a change is kept and marked modified; reset goes back to what its site shows' } },
    { op: 'updateAnAutoReceptionistPolicy', rule: "sms.international_sms_countries: 'The country ISO code'", notEnforced: 'the page documents no error for a code that is not a country; it is kept as given' },
    { op: 'addAPolicySubsetting', rule: "policyType voicemail_access_members: 'set up shared access members'; each gets a shared_id; delete/download 'The default is false'; 'The default type will be the user, if empty'", enforced: { file: P, test: 'shared voicemail access: users added, changed and removed; each once' } },
    { op: 'addAPolicySubsetting', rule: "'User does not exist: {0}.'; 'You can only add up to {0} {1} to access your voicemail.' (the page gives no number: 10, the call queue pages' own)", enforced: { file: P, test: 'access users must exist, at most ten; other policy types and common areas are refused' } },
    { op: 'addAPolicySubsetting', rule: 'access_user_type commonArea', notEnforced: 'the sandbox has no common areas yet: answered 400/300 \'Common area does not exist\'' },
    { op: 'addAPolicySubsetting', rule: 'A user whose extension leaves the directory leaves the access list', enforced: { file: P, test: 'a user who leaves the directory leaves the access list' } },
    { op: 'updateAPolicySubsetting', rule: "'update shared access members': the entry named by shared_id (or its user) takes the permissions given (delete, download, share)", enforced: { file: P, test: 'shared voicemail access: users added, changed and removed; each once' } },
    { op: 'deleteAPolicySubsetting', rule: "'remove shared access members' by shared_ids; one the list lacks: 400/300, nothing removed", enforced: { file: P, test: 'shared voicemail access: users added, changed and removed; each once' } },

    // ---- IVR
    { op: 'getAutoReceptionistIvr', rule: "'Gets an interactive voice response (IVR) system': the greeting, the twelve keys ('0'-'9', *, #) with their action and target, and 'The action if caller enters no action'; a menu nobody set: every key -1 (Disabled), no action -1 (Disconnect) after one play", enforced: { file: I, test: "a new receptionist's IVR: every key disabled, a caller who presses nothing is disconnected" } },
    { op: 'getAutoReceptionistIvr', rule: "hours_type: 'business_hours (default) or closed_hours': two menus of their own", enforced: { file: I, test: 'keys route to a call queue, a user, a phone number and voicemail; the IVR names each target as the directory does' } },
    { op: 'getAutoReceptionistIvr', rule: "holiday_id: 'Holiday hours handling does not exist: {0}.' — the sandbox keeps no holiday hours, so every one named", enforced: { file: I, test: 'holidays, hours types and receptionists the account does not have are refused' } },
    { op: 'updateAutoReceptionistIvr', rule: "key_action: the actions of key '0'-'9' (100-500 voicemail, 2-10 forward, 15-17, -1) and of * or # (21, 22, 23, -1); another: 'The action value is not correct.'", enforced: { file: I, test: "a key's action must be one its key takes, with the target the action needs; a refused change changes nothing" } },
    { op: 'updateAutoReceptionistIvr', rule: "A key that forwards to an extension names one of the directory of the action's kind (a user for 2 and 200, a receptionist for 6 and 300, a queue for 7 and 400, a shared line group for 8 and 500, a Zoom Room for 3, a common area for 4), else 'Extension does not exist: {extensionId}.' (undocumented: errors.ts)", enforced: { file: I, test: "a key's action must be one its key takes, with the target the action needs; a refused change changes nothing" } },
    { op: 'updateAutoReceptionistIvr', rule: "Voicemail actions need 'Voicemail greeting file id is required.'; forwarding to a phone number needs an E.164 number, 'The phone number to forward to is required.'", enforced: { file: I, test: "a key's action must be one its key takes, with the target the action needs; a refused change changes nothing" } },
    { op: 'updateAutoReceptionistIvr', rule: "caller_enters_no_action: its actions (-1, 2, 4, 5, 6, 7, 8, 15), else 'The action value set for if caller enters no action ... is not correct.'; its target an extension of that kind, else 'The id for noAction to forward to is not correct.'; 'The number of times to repeat the audio prompt is required and can not be greater than 3.'", enforced: { file: I, test: "a key's action must be one its key takes, with the target the action needs; a refused change changes nothing" } },
    { op: 'updateAutoReceptionistIvr', rule: 'Targets the sandbox holds none of (Cisco/Polycom rooms 5, the contact center 15, the meeting service 16 and 17): no id names one that exists', notEnforced: 'the sandbox has none of them: such an action is refused as a target that does not exist' },
    { op: 'updateAutoReceptionistIvr', rule: "'9 Forward to external contacts': target.extension_id names one of the account's external contacts (held until written, kept by its external_contact_id); another id is refused as a target that does not exist; a deleted contact's key is disabled; the IVR shows the contact as the key's target", enforced: { file: 'test/families/external-contacts/routing.test.ts', test: 'an IVR key forwarding to an external contact sends the caller there; deleted, the key is let go of' } },
    { op: 'updateAutoReceptionistIvr', rule: SILENT_TARGETS, enforced: { file: I, test: 'a target that leaves the directory leaves the IVR: its key is disabled, a caller who presses nothing is disconnected' } },
    { op: 'updateAutoReceptionistIvr', rule: "audio_prompt_id / voicemail_greeting_id: 'The audio prompt file ID'", notEnforced: "the page documents no error for an id the audio library lacks: the ids are kept as given; getAutoReceptionistIvr shows an item of the account's library with its name (removed_<id> once deleted), any other id without one" },
    { op: 'getAutoReceptionistIvr', rule: "audio_prompt / voicemail_greeting: id and name; 'If the audio was removed from the user's audio library, it will be marked with a prefix' (removed_<id>)", enforced: { file: 'test/families/audio-library/settings.test.ts', test: "an IVR shows the audio items it names with their names, and a deleted one as removed_<id>" } },
    { op: 'updateAutoReceptionistIvr', rule: "Each demo site's main receptionist routes key 1 (and a caller who presses nothing) to a demo call queue; a routing tree built through Zoom's SDK reads back whole", enforced: { file: E, test: "through Zoom's SDK: a site, an auto receptionist whose IVR key routes to a call queue with two members and a number" } },
    ...prerequisites([
      'listAutoReceptionists', 'addAnAutoReceptionist', 'getAnAutoReceptionist', 'updateAnAutoReceptionist', 'deleteANonPrimaryAutoReceptionist',
      'assignPhoneNumbersForAutoReceptionist', 'unassignAllPhoneNumbersForAutoReceptionist', 'unassignAPhoneNumberForAutoReceptionist',
      'getAnAutoReceptionistPolicy', 'updateAnAutoReceptionistPolicy', 'addAPolicySubsetting', 'updateAPolicySubsetting', 'deleteAPolicySubsetting',
      'getAutoReceptionistIvr', 'updateAutoReceptionistIvr',
    ]),
  ],
  unreachable: {
    assignPhoneNumbersForAutoReceptionist: {
      unableToUpdateThisNumberAs: 'the sandbox keeps no outbound caller ID to a public safety answering point: no number is used for it',
    },
  },
});
