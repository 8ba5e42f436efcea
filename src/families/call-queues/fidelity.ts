// What the Call Queues pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const Q = 'test/families/call-queues/queues.test.ts';
const M = 'test/families/call-queues/members.test.ts';
const N = 'test/families/call-queues/numbers.test.ts';
const P = 'test/families/call-queues/policies.test.ts';
const T = 'test/families/call-queues/page-tokens.test.ts';
const A = 'test/families/call-queues/analytics.test.ts';

const NO_PLANS = "the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro, Business, or Education account - Account owner or admin permissions - Zoom Phone license'";
const JOINED = (what: string) =>
  `answered, but not in these words: the row joins several answers in one message; ${what} (src/families/call-queues/errors.ts)`;

const prerequisites = (ops: OperationId[]): Rule[] => ops.map((op) => ({ op, rule: PREREQUISITES, notEnforced: NO_PLANS }));
const OTHER_ACCOUNT = "another account neither sees nor changes the queues";

export default defineFidelity({
  rules: [
    // ---- listCallQueues
    { op: 'listCallQueues', rule: "'Use this API to list Call queues': the account's own, with extension, site, status and 'Phone number(s) assigned to the call queue'", enforced: { file: Q, test: 'a queue created is listed and shown, its extension in the directory as a callQueue' } },
    { op: 'listCallQueues', rule: "The account's queues only; another account's are not listed", enforced: { file: Q, test: OTHER_ACCOUNT } },
    { op: 'listCallQueues', rule: 'site_id, department, cost_center (the SDK\'s query parameters) filter the list', enforced: { file: Q, test: 'the list filters by site, department and cost center, and pages by next_page_token' } },
    { op: 'listCallQueues', rule: "page_size: 'at most 300', 30 by default; next_page_token 'returned whenever the set of available results exceeds the current page size'", enforced: { file: Q, test: 'the list filters by site, department and cost center, and pages by next_page_token' } },
    { op: 'listCallQueues', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: T, test: 'a page token of the queue list and of the member list expires after 15 minutes' } },
    { op: 'listCallQueues', rule: "status 'inactive: Call queue is inactive. Inactive call queues cannot be called but will retain its settings'", enforced: { file: P, test: 'a router reads the queue by its extension: who is rung, in what order, and how long a caller waits' } },

    // ---- createACallQueue
    { op: 'createACallQueue', rule: "'Creates a call queue': it is listed and shown, active, with the extension number it was given or the site's first free one", enforced: { file: Q, test: 'a queue created is listed and shown, its extension in the directory as a callQueue' } },
    { op: 'createACallQueue', rule: "A queue's extension is one of the account's one extension directory: a number another extension (a user's, a queue's) holds is refused, 'Extension number {extensionNumber} is already used.'", enforced: { file: Q, test: "an extension number is the account's once, whatever holds it: user and queue cannot take each other's" } },
    { op: 'createACallQueue', rule: 'Concurrent creates on one extension number: one wins (the directory\'s unique index decides), the others answer the documented error, never a 500', enforced: { file: Q, test: 'concurrent creates on one extension number: one queue gets it, the others are refused' } },
    { op: 'createACallQueue', rule: "extension_number: 'If a site code has been assigned to the site, provide the short extension number': the site's code, then a short extension of the site's length; another length is 'Invalid short number length.'", enforced: { file: Q, test: "an extension number given is the site's short extension behind its site code, of the site's length" } },
    { op: 'createACallQueue', rule: "site_id: the site must be the account's ('Site does not exist.'); nothing is created", enforced: { file: Q, test: 'a site the account does not have is refused and creates nothing' } },
    { op: 'createACallQueue', rule: "site_id: 'It's required only if multiple sites have been enabled' — the contract marks it required", notEnforced: 'the schema generated from the page marks site_id required, so a request without it is a validation failure whatever the number of sites' },
    { op: 'createACallQueue', rule: "'{extensionNumber} is out of range': a short extension outside the site's extension ranges", notEnforced: "the sites family's public surface does not give a site's short-extension ranges; only the length and site code are checked" },
    { op: 'createACallQueue', rule: "members: 'A list of one or more phone users to be included in the call queue ... either the id (userId) field or the email address of the user'; a user the account lacks: 'User not found: {userId}'", enforced: { file: Q, test: 'members given at creation must be users of the account, at most 10 at a time; common areas are refused' } },
    { op: 'createACallQueue', rule: "'Exceeded the maximum number to add members per time': 10 at a time, as addMembersToACallQueue states", enforced: { file: Q, test: 'members given at creation must be users of the account, at most 10 at a time; common areas are refused' } },
    { op: 'createACallQueue', rule: "'You can add phone users or common areas to call queues': common_area_ids", notEnforced: "the sandbox has no common areas yet: every common_area_id is one the account does not have, answered 400/404 'Common area does not exist' and nothing is created" },
    ...prerequisites(['listCallQueues', 'createACallQueue', 'getCallQueueDetails', 'updateCallQueueDetails', 'deleteACallQueue', 'listCallQueueMembers']),

    // ---- getCallQueueDetails
    { op: 'getCallQueueDetails', rule: "'returns information on a specific call queue': its extension, site, members (users with level and receive_call), phone numbers, voicemail access policy and its languages, timezone and storage location once set", enforced: { file: Q, test: 'an update changes what it names and keeps the rest; the directory shows the new name' } },
    { op: 'getCallQueueDetails', rule: "A queue of another account, or none: 'The Call Queue does not exist, callQueueId:{callQueueId}.'", enforced: { file: Q, test: 'an unknown queue is not found; another account neither sees nor changes the queues' } },
    { op: 'getCallQueueDetails', rule: "members.users[].level: 'manager: ... There can only be one manager for each call queue' (a partial unique index); no operation names a manager, the demo's queues have one", enforced: { file: M, test: 'the manager cannot be unassigned, and stays when all members are unassigned' } },
    { op: 'getCallQueueDetails', rule: "own_storage_name: 'Use your own storage provided by Oracle Cloud Infrastructure'", notEnforced: 'the sandbox keeps no storage of its own: the field is never shown' },

    // ---- updateCallQueueDetails
    { op: 'updateCallQueueDetails', rule: "'Updates information of a specific call queue': the fields given change, the others stay; the directory shows the new name and number, so its numbers show them", enforced: { file: N, test: 'a renamed or renumbered queue shows its new name and extension on its numbers' } },
    { op: 'updateCallQueueDetails', rule: "extension_number: the short extension behind the site's code, of its length, free in the directory; the old number is free again", enforced: { file: Q, test: 'an update changes what it names and keeps the rest; the directory shows the new name' } },
    { op: 'updateCallQueueDetails', rule: 'An extension number another extension holds is refused, nothing changes', enforced: { file: Q, test: "an extension number is the account's once, whatever holds it: user and queue cannot take each other's" } },
    { op: 'updateCallQueueDetails', rule: "timezone: one of the time zone list, else 'Timezone not found in the system.'; a site the account lacks, a bad short extension or status: refused, nothing changes", enforced: { file: Q, test: 'an unknown timezone or a bad short extension is refused and changes nothing' } },
    { op: 'updateCallQueueDetails', rule: "site_id: 'where the call queue is assigned' — the queue moves, with its extension and its numbers", enforced: { file: Q, test: 'a queue moved to another site takes its extension and numbers along' } },
    { op: 'updateCallQueueDetails', rule: "recording_storage_location: 'If the setting is locked at the Account level, it can't be updated.'", notEnforced: 'the sandbox has no account-level settings to lock it' },

    // ---- deleteACallQueue
    { op: 'deleteACallQueue', rule: "'Use this API to delete a Call Queue': it is gone; its numbers are unassigned and its extension number free", enforced: { file: Q, test: 'deleting a queue frees its extension number and releases its numbers' } },
    { op: 'deleteACallQueue', rule: "deleteAPhoneSite: 'the site ID of another site where the assets of current site ... can be transferred to': a deleted site's queues, their extensions and numbers move to the transfer site", enforced: { file: Q, test: 'deleting a site moves its queues, their extensions and numbers to the transfer site' } },

    // ---- members
    { op: 'listCallQueueMembers', rule: "'Returns a list of call queue members': id, extension_id, name (the directory's), level (user | commonArea), receive_call for users", enforced: { file: M, test: 'members added are listed with the name and extension the directory gives them' } },
    { op: 'listCallQueueMembers', rule: 'page_size at most 300; next_page_token pages; total_records', enforced: { file: M, test: 'the member list pages by next_page_token' } },
    { op: 'listCallQueueMembers', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: T, test: 'a page token of the queue list and of the member list expires after 15 minutes' } },
    { op: 'listCallQueueMembers', rule: "A queue of another account, or none, is not found (404/13000, getCallQueueDetails' words)", enforced: { file: M, test: "another account cannot see or change a queue's members" } },
    { op: 'addMembersToACallQueue', rule: "'Adds phone users ... as members to a specific call queue', by id or email; 'User not found: {userId}.' for one the account lacks, and none is added", enforced: { file: M, test: 'members must be users of the account; unknown ones add nobody' } },
    { op: 'addMembersToACallQueue', rule: "'A maximum of 10 members can be added at a time.'", enforced: { file: M, test: 'at most 10 members at a time' } },
    { op: 'addMembersToACallQueue', rule: "'The maximum number of Call Queue members is up to {maxSize}' (the page gives no number: the sandbox's is 50), at the boundary and past it", enforced: { file: M, test: 'a queue has at most 50 members: one past it is refused with the documented error' } },
    { op: 'addMembersToACallQueue', rule: 'Concurrent adds never take a queue past its maximum (counted under the queue\'s lock)', enforced: { file: M, test: 'concurrent adds near the maximum never take the queue past it' } },
    { op: 'addMembersToACallQueue', rule: 'A member is in a queue once (a unique index): added again or twice at once, it is kept once', enforced: { file: M, test: 'a member is in a queue once: adding it again, or twice in one request, keeps one' } },
    { op: 'addMembersToACallQueue', rule: 'Concurrent adds of one user: it joins exactly once', enforced: { file: M, test: 'concurrent adds of one user: it joins once' } },
    { op: 'addMembersToACallQueue', rule: "A member whose extension leaves the account's directory (extensions.released) leaves the queue", enforced: { file: M, test: 'a member whose extension leaves the directory leaves the queue' } },
    { op: 'addMembersToACallQueue', rule: "'Adds phone users or common areas'", notEnforced: "the sandbox has no common areas yet: every common_area_id is answered 400/404 'Common area does not exist' and nothing is added" },
    { op: 'addMembersToACallQueue', rule: "Prerequisites: 'Pro or higher account plan. - Zoom Phone license'", notEnforced: NO_PLANS },
    { op: 'unassignAllMembers', rule: "'Removes all members from a call queue who were previously assigned to that call queue'", enforced: { file: M, test: 'unassigning all members empties a queue without a manager' } },
    { op: 'unassignAllMembers', rule: "The manager stays (unassignAMember: 'you cannot use this API to unassign a call queue manager'; this page says nothing of one)", enforced: { file: M, test: 'the manager cannot be unassigned, and stays when all members are unassigned' } },
    { op: 'unassignAllMembers', rule: "Prerequisites: 'Pro or higher account plan. - Zoom Phone license'", notEnforced: NO_PLANS },
    { op: 'unassignAMember', rule: "'Removes a member who was previously added to a call queue'; one that is not a member is not found", enforced: { file: M, test: 'a member unassigned leaves the queue; one that is not a member is not found' } },
    { op: 'unassignAMember', rule: "'Note that you cannot use this API to unassign a call queue manager.'", enforced: { file: M, test: 'the manager cannot be unassigned, and stays when all members are unassigned' } },
    { op: 'unassignAMember', rule: "Prerequisites: 'Pro or higher account plan. - Zoom Phone license'", notEnforced: NO_PLANS },

    // ---- phone numbers
    { op: 'assignNumbersToACallQueue', rule: "'Assigns numbers to a call queue': the number shows the queue (type callQueue, id, name, extension number) in the number's page, the Phone list and Number Management, and leaves the unassigned list", enforced: { file: N, test: 'numbers assigned by id or E.164 show the queue as assignee everywhere, and leave the unassigned list' } },
    { op: 'assignNumbersToACallQueue', rule: "'This field provides either the id or the number field'; the numbers must be the account's Zoom Phone numbers; 'Only a maximum of five numbers can be assigned to a call queue at a time.'; a refused request assigns none", enforced: { file: N, test: 'the request names one to five numbers of the account; otherwise nothing is assigned' } },
    { op: 'assignNumbersToACallQueue', rule: 'A number is assigned once: one a user or another queue holds is refused, and a queue\'s cannot go to a user', enforced: { file: N, test: 'a number is assigned once: not to a second queue, nor to a user, nor taken from a user' } },
    { op: 'assignNumbersToACallQueue', rule: 'Concurrent assignments of one number: exactly one holder wins, never a 500', enforced: { file: N, test: 'concurrent assignments of one number to two queues: exactly one wins' } },
    { op: 'assignNumbersToACallQueue', rule: 'A number deleted leaves the queue\'s numbers', enforced: { file: N, test: "a number deleted leaves the queue's numbers" } },
    { op: 'assignNumbersToACallQueue', rule: "Prerequisites: 'Pro or higher account plan * Account owner or admin permissions - Zoom Phone license'", notEnforced: NO_PLANS },
    { op: 'unassignAllPhoneNumbersForCallQueue', rule: "'Unbinds all phone numbers that are assigned to a call queue. After successful unbinding, the numbers will appear in the Unassigned tab'", enforced: { file: N, test: 'unassigning all numbers releases every number of the queue, and no other' } },
    { op: 'unassignAllPhoneNumbersForCallQueue', rule: "Prerequisites: 'Pro or higher account palan - Account owner or admin permissions - Zoom Phone license'", notEnforced: NO_PLANS },
    { op: 'unassignAPhoneNumberForCallQueue', rule: "'Unbinds a phone number from a call queue ... the number will appear in the Unassigned tab' (by id or E.164); one the queue does not hold: 'Phone number not belong to call queue.'", enforced: { file: N, test: 'a number unassigned goes back to the unassigned list; one the queue does not hold is refused' } },
    { op: 'unassignAPhoneNumberForCallQueue', rule: "Prerequisites: 'Pro or higher account palan - Account owner or admin permissions - Zoom Phone license'", notEnforced: NO_PLANS },

    // ---- policies
    { op: 'getCallQueuePolicy', rule: "'Returns the policy setting of a specific call queue': every documented setting; one the queue did not change shows its site's ('inherited defaults'), modified false", enforced: { file: P, test: "a setting the queue did not change shows its site's" } },
    { op: 'getCallQueuePolicy', rule: "No page gives a new setting's value: one the queue did not change is its site's, which stand on the account settings document (the sandbox's defaults); one neither has shows off (each boolean false, locked_by invalid); the site's `both` recording is the queue's `inbound_and_outbound`, retention items of units or types the queue's list lacks are left out", enforced: { file: P, test: "a new queue's policy shows every documented setting, unchanged: its site's, which stand on the account's document" } },
    { op: 'updateCallQueuePolicy', rule: "A setting its site or the account locked 'cannot be overridden at lower levels': a change of it is refused (400/400 'Policy locked: {setting}.', undocumented), nothing changes", enforced: { file: 'test/families/account-settings/inheritance.test.ts', test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'getCallQueuePolicy', rule: "Prerequisites: 'A Business or Enterprise account - A Zoom Phone license'", notEnforced: NO_PLANS },
    { op: 'updateCallQueuePolicy', rule: "'Updates a call queue's policy settings': what is named changes and shows modified; 'reset: Whether to reset the setting to the inherited value'", enforced: { file: P, test: 'a policy update changes what it names, marked modified; reset gives the inherited value back' } },
    { op: 'updateCallQueuePolicy', rule: "recording_start_prompt_audio_id / sms_template_id must exist ('Audio does not exist', 'SMS template does not exist'): an id the account's audio library lacks is refused; the sandbox keeps no SMS templates, so any one named is refused; nothing changes", enforced: { file: P, test: 'an audio prompt or SMS template named must exist: none does in the sandbox, and nothing changes' } },
    { op: 'updateCallQueuePolicy', rule: "recording_start_prompt_audio_id: an item of the account's audio library is taken and shown; one deleted (removed_<id> too) or another account's is 'Audio does not exist'", enforced: { file: 'test/families/audio-library/settings.test.ts', test: 'a call queue policy takes a start prompt from the audio library, not one removed from it' } },
    { op: 'updateCallQueuePolicy', rule: "locked: 'Whether the senior administrator allows users to modify the current settings'", notEnforced: 'a setting the site locked is still changed at the queue: no page documents the error for it' },
    { op: 'updateCallQueuePolicy', rule: "auto_delete_data_after_retention_duration durations ('for day, the duration: -1, 1-60')", notEnforced: 'the page documents no error for a duration out of range; it is kept as given' },
    { op: 'updateCallQueuePolicy', rule: "Prerequisites: 'A Business or Enterprise account - A Zoom Phone license'", notEnforced: NO_PLANS },
    { op: 'addAPolicySubsettingToACallQueue', rule: "policyType voicemail_access_members: 'you can use set up shared access members'; each gets a shared_id, shown in the queue's details; allow_* 'The default is false'", enforced: { file: P, test: 'shared voicemail access members are added, shown, updated and removed' } },
    { op: 'addAPolicySubsettingToACallQueue', rule: "'The number is limited to the minimum value of 10 ...'; access users are users of the account ('The default type will be user if empty'), each once; else 'Validation Failed.' and nothing changes", enforced: { file: P, test: 'shared voicemail access: at most 10 members, users of the account, each once; a bad request changes nothing' } },
    { op: 'addAPolicySubsettingToACallQueue', rule: "A policyType other than voicemail_access_members: 'Invalid value for parameter {policyType}.'", enforced: { file: P, test: 'a policy subsetting of an unknown queue or an unknown policy type is not found' } },
    { op: 'addAPolicySubsettingToACallQueue', rule: 'access_user_type commonArea', notEnforced: "the sandbox has no common areas yet: answered 400/404 'Common area does not exist'" },
    { op: 'addAPolicySubsettingToACallQueue', rule: "Prerequisites: 'Pro or higher account with Zoom Phone license. - Account owner or admin privileges'", notEnforced: NO_PLANS },
    { op: 'updateACallQueuesPolicySubsetting', rule: "'you can use this API to update shared access members': the entry named by shared_id (or its user) takes the permissions given", enforced: { file: P, test: 'shared voicemail access members are added, shown, updated and removed' } },
    { op: 'updateACallQueuesPolicySubsetting', rule: "An entry the queue's list lacks: 'Validation Failed.'", enforced: { file: P, test: 'shared voicemail access: at most 10 members, users of the account, each once; a bad request changes nothing' } },
    { op: 'updateACallQueuesPolicySubsetting', rule: "Prerequisites: 'Pro or higher account with Zoom Phone license. - Account owner or admin privileges'", notEnforced: NO_PLANS },
    { op: 'deleteACqPolicySetting', rule: "'remove shared access members' by shared_ids; none given or one the list lacks: 'Validation Failed.', nothing removed", enforced: { file: P, test: 'shared voicemail access: at most 10 members, users of the account, each once; a bad request changes nothing' } },
    { op: 'deleteACqPolicySetting', rule: "A user whose extension leaves the directory leaves the voicemail access list", enforced: { file: P, test: 'shared voicemail access members are added, shown, updated and removed' } },
    { op: 'deleteACqPolicySetting', rule: "Prerequisites: 'Pro or higher account with Zoom Phone license. - Account owner or admin privileges'", notEnforced: NO_PLANS },
    { op: 'listCallQueueAnalytics', rule: "'Returns the call queue analytics overview': one row per queue of the account, counting every simulated call that reached it in the window by how it ended (completed: a member answered; abandoned: the caller gave up; overflowed: it left unanswered), the average and longest wait in the queue and the average talk of answered calls", enforced: { file: A, test: 'each call that reached the queue counts once, by how it ended, with its waits and talk' } },
    { op: 'listCallQueueAnalytics', rule: 'avg_wrap_up_time: the queue\'s wrap-up time after each answered call (the sandbox\'s members take all of it); outbound_* 0: members make no calls out on behalf of a queue in the simulator', enforced: { file: A, test: 'each call that reached the queue counts once, by how it ended, with its waits and talk' } },
    { op: 'listCallQueueAnalytics', rule: 'from/to (no words on the page; the recordings pages\' window): a day or a moment, default the last 30 days, at most a month; a bad or reversed window is the documented 400/300', enforced: { file: A, test: 'filters narrow the queues; a window without the calls counts none; a bad window is the documented 300' } },
    { op: 'listCallQueueAnalytics', rule: 'site_id, call_queue_ext_ids (the queues\' extension ids), department, cost_center narrow the queues listed', enforced: { file: A, test: 'filters narrow the queues; a window without the calls counts none; a bad window is the documented 300' } },
    { op: 'listCallQueueAnalytics', rule: OTHER_ACCOUNT, enforced: { file: A, test: "another account sees neither the queue's figures nor its recordings" } },
    { op: 'getCallQueueRecordings', rule: "'view call recordings from the call queue': the recordings of the calls the queue's members took (the recording's leg was rung by the queue), newest first, in the window", enforced: { file: A, test: "the queue's recordings are the recorded calls its members took" } },
    { op: 'getCallQueueRecordings', rule: "'Automatic call recordings must be enabled in the Policy Settings for call queues': a call is recorded when the simulator's script records it; the queue policy's switch is not read", notEnforced: 'the simulator records by script; reading the queue\'s auto-recording policy is left to the policies work (issue #13)' },
    { op: 'getCallQueueRecordings', rule: 'A queue the account does not have: the words of getCallQueueDetails (404/13000); a bad window 400/300', enforced: { file: A, test: "the queue's recordings are the recorded calls its members took" } },
  ],
  unreachable: {
    createACallQueue: {
      validationFailedMultipleSiteIsDisabled: JOINED("a site the account lacks gets 400/300 'Validation Failed. Site does not exist.', more than 10 members 400/300 'Validation Failed. Exceeded the maximum number to add members per time.' ('Multiple Site is disabled' and 'out of range' are not answered: see the rules); queues.test.ts asserts both"),
      maximumNumberOfCallQueueMembers: 'a create adds at most 10 members (refused past that), fewer than the 50 a queue may have: addMembersToACallQueue answers it',
    },
    updateCallQueueDetails: {
      validationFailedTheGroupDoesNot: JOINED("a queue the account lacks gets 400/300 'Validation Failed. The group does not exist, groupId:{groupId}', an unknown timezone 400/300 'Validation Failed. Timezone not found in the system.'; queues.test.ts asserts both"),
      unableToUpdateThisCallQueue: 'the sandbox has no internal safety response team queues',
    },
    addMembersToACallQueue: {
      validationFailedTheGroupDoesNot: JOINED("a queue the account lacks gets 400/300 'Validation Failed. The group does not exist, groupId:{callQueueId}.', more than 10 members at once 400/300 'Validation Failed. Exceeded the maximum number to add members per time.'; members.test.ts asserts both"),
    },
  },
});
