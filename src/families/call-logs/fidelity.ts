// What the call-logs family's operations hold of their pages, rendered into
// docs/fidelity.md by `npm run coverage`: each rule its page states (enforced,
// with the test that shows it, or not, and why), the lead's decisions where the
// pages are silent, and why any documented error cannot be drawn out.
//
// The Phone document gives these pages no parameter sections; the query
// parameters are the SDK's (@zoom/rivet), and their rules are Zoom's parameter
// text as published for these endpoints ('yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z'
// format', 'should be a month', 'within the last six months', 'If unspecified,
// returns data within the 24 hours', `to` 'Required only when the from parameter
// is specified', type 'all' or 'missed', the path words, time_type).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const F = 'test/families/call-logs/call-logs.test.ts';
const t = (test: string) => ({ file: F, test });

const VIEWS = t('an internal call shows in every view: the call history, its path and elements, and one log per party');
const QUEUE = t('a queue call: the member who rang while another answered is answered_by_other, and each extension has one log');
const FILTERS = t('filters: each narrows the account call history, the account call logs and the user views');
const WINDOWS = t('date windows: the last 24 hours by default, a month at most within six months, start or end time');
const PAGES = t('pages: newest first, keyset pages with next_page_token bound to the query, total_records and page_count');
const SYNC = t('sync: FSync from the newest, ISync what is newer, BSync what is older, with a sync token of the user');
const DELETES = t("deletes hide a log from one view of its user only; the account's views keep it");
const CODES = t('client codes: 3 to 16 digits, shown on the log, its call history and its elements');
const SUMMARY = t('the AI call summary of an answered, recorded call, for each user who talked on it');
const USERS = t("a user path: 'me' and unknown users answer each page's documented error");
const OTHER = t('another account neither sees nor changes the call records');

const NO_PLANS = "the sandbox does not model account plans, licenses or admin roles: a token whose scopes allow the call acts as the account's admin";
const prerequisites = (ops: OperationId[]): Rule[] =>
  ops.map((op) => ({ op, rule: "Prerequisites: 'A Business or Enterprise account - A Zoom Phone license' (and a Zoom Phone management role for account lists)", notEnforced: NO_PLANS }));
const others = (ops: OperationId[]): Rule[] => ops.map((op) => ({ op, rule: "The account's own records only: another account's ids are not found and its lists do not show them", enforced: OTHER }));

const WINDOW_OPS: OperationId[] = ['getAccountsCallHistory', 'getUsersCallHistory', 'getAccountsCallLogs', 'getUsersCallLogs'];
const windows = (): Rule[] =>
  WINDOW_OPS.flatMap((op) => [
    { op, rule: "from/to: 'If unspecified, returns data within the 24 hours' — the 24 hours before the sandbox clock's now; `to` alone closes the 24 hours before it", enforced: WINDOWS },
    { op, rule: "from/to: 'yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z'' (a date-only `to` takes in its whole day, UTC); `to` 'Required only when the from parameter is specified'; the range 'should be a month' (a calendar month at most) 'within the last six months'; refused otherwise (getAccountsCallHistory: 'Validation Failed'; getUsersCallHistory: 'Invalid request param: {paramName}.'; the old edition: 400/300 naming the parameter, src/families/call-logs/errors.ts)", enforced: WINDOWS },
    { op, rule: "time_type: the window (and the order) by start time, or by end time when 'endTime' / 'end_time' is asked; start time by default", enforced: WINDOWS },
    { op, rule: "Newest first: keyset pages on (time desc, seq desc) — the page token carries the last row's seq and the next page seeks to the rows before that row's (time, seq); a filter whose value can be rare (result, site, department, cost center, path) has an index that leads with it and ends in (time, seq); a two- or three-valued one reads the time index and tests the value", enforced: PAGES },
    { op, rule: "page_size 'at most 300' (30 by default), next_page_token 'returned whenever the set of available results exceeds the current page size', bound to the query and expiring after 15 minutes; total_records, page_count, and the window's from/to in the answer", enforced: PAGES },
  ]);

export default defineFidelity({
  rules: [
    // ---- recordCall (the simulator's hand-over)
    { op: 'getAccountsCallHistory', rule: "recordCall: one call history per call (call_history_uuid = the simulator's historyUuid, call_id its callId), with the call's direction, connect_type, call_result, duration (answer to end), recording_status ('recorded' when the call has at least one recording) and the account side's site, department and cost center (the caller inside the account, else the party first dialled)", enforced: VIEWS },
    { op: 'getAccountsCallLogs', rule: "recordCall: one log per extension party (an extension that is a caller or callee of any leg), its id drawn by recordCall; the account's call logs list one entry per party log with owner = the party's extension (user, callQueue, …)", enforced: QUEUE },
    { op: 'getAccountsCallLogs', rule: "result: the leg results in the page's words, from the party's side — answered/connected 'Call connected', voicemail 'Voicemail', busy 'Busy', rejected 'Rejected', system_blocked 'Blocked', invalid_key 'Call failed'; unanswered ('no_answer', 'ring_timeout', 'overflowed') 'No Answer' to the caller and 'Missed' to a callee; hung up/abandoned/canceled 'Call Cancel' to the caller, 'Missed' to a callee; a queue member rung while another answered 'Answered by Other Member'", enforced: QUEUE },
    { op: 'getAccountsCallLogs', rule: "call_type: voip inside the account, else international for an international call, tollfree when a toll-free number is at either end, pstn otherwise; *_number_type 1 for an extension number, 2 for a phone number (3, a custom emergency number, is never placed); *_number_source only for a phone number ('Not available when *_number_type = 1')", enforced: VIEWS },
    { op: 'getAccountsCallLogs', rule: "direction: from the party's side — a call it placed is outbound, one it received inbound (an internal call is outbound in the caller's log, inbound in the callee's)", enforced: VIEWS },
    { op: 'getAccountsCallLogs', rule: "charge/rate: the sandbox's own price list (Zoom's come from the plan; src/families/call-logs/rates.ts, which the call charges report reads too): a call out by the country dialled a started minute of talk ($0.0100 US/CA … $0.1000 elsewhere), into a toll-free number $0.0255 (US/CA), others free; charged_call_logs 'only non-zero charge'", enforced: FILTERS },
    { op: 'getAccountsCallLogs', rule: "type: 'all' or 'missed'; missed = logs of calls that reached the party (as a callee) unanswered by anyone — a call that went to voicemail counts, a blocked one never reached it, one another queue member answered is not missed; another word is refused (400/300)", enforced: FILTERS },
    { op: 'getAccountsCallLogs', rule: "path: one of the page's path words (voiceMail, callQueue, extension, pstn, forward, transfer, …); a log's path is voiceMail when its leg ended in voicemail, callQueue/sharedLineGroup/autoReceptionist/commonAreaPhone when one handed the call on or is the party, forward/transfer for those events, else pstn outside the account, extension inside; another word is refused", enforced: FILTERS },
    { op: 'getAccountsCallLogs', rule: 'site_id: the logs of parties on that site', enforced: FILTERS },
    { op: 'getAccountsCallLogs', rule: "device_private_ip / device_public_ip: shown 'if the account has the show_device_ip_for_call_log parameter set'", notEnforced: 'the simulator gives devices no IP address; the fields are never shown' },
    { op: 'getAccountsCallLogs', rule: 'caller_billing_reference_id: for peering phone numbers', notEnforced: 'the simulator places no call over peering numbers' },
    ...windows(),

    { op: 'getAccountsCallHistory', rule: "Filters: keyword ('name, extension, number, email address, and call ID', case-insensitive, not index-backed: a substring search), directions, connect_types, number_types and extension_types (of the caller or the callee), call_types, call_results, site_ids, department, cost_center, recording_status, with_voicemail", enforced: FILTERS },
    { op: 'getAccountsCallHistory', rule: 'group_ids: the primary group of the user', notEnforced: 'the sandbox keeps no user groups: no record has a group, so any group_ids matches none (shown by the filters test)' },
    { op: 'getAccountsCallHistory', rule: 'sbc_*, sip_group_*, spam, hide_caller_id, end_to_end, the deprecated call_logs array', notEnforced: 'the simulator routes no call through an SBC or SIP group, marks none as spam, hides no caller id and encrypts none end to end: hide_caller_id and end_to_end are false, the others never shown' },

    { op: 'getCallHistory', rule: "'Returns information about a call log': the call's history with its call_path and call_elements, one per leg in segment/node order; a call_path item's id is its call element's id", enforced: QUEUE },
    { op: 'getCallHistory', rule: "A call history the account lacks: 404 (the page's 'Not Found'; undocumented code 300, src/families/call-logs/errors.ts)", enforced: USERS },
    { op: 'getCallElement', rule: "'Returns the call element for a given call element ID' (a leg's id): event, result, result_reason, operator, recording and voicemail of the leg, segment/node, and the client code of its party's log", enforced: VIEWS },
    { op: 'getCallElement', rule: "A call element the account lacks: 404 (the page's 'Not Found'; undocumented code 300)", enforced: USERS },
    { op: 'getCallHistoryDetail', rule: "'Returns the call history details for a given call log ID': the party log's id, call_path_id = the call history, the party's leg as its element", enforced: VIEWS },
    { op: 'getCallHistoryDetail', rule: "'Call history does not exist for call log Id: {callLogId}.'", enforced: USERS },
    { op: 'addAClientCodeToACallHistory', rule: "'Adds a client code to a call log' (the party's log id): shown on the log, its call history detail and the call elements of its party", enforced: CODES },
    { op: 'addAClientCodeToACallHistory', rule: "client_code 'The client code (3 to 16 digit number)': another is 'Invalid client code: {client_code}' and changes nothing; a log the account lacks 'Call history not found: {callLogId}'", enforced: CODES },
    { op: 'addAClientCodeToACallLog', rule: "'Adds a client code to a call log': the same code the call history shows; 3 to 16 digits, else 400/301 'Invalid client code' (undocumented here, the call history page's words); a log the account lacks: the page's '404 Validation Failed.'", enforced: CODES },

    { op: 'getUsersCallHistory', rule: "'Returns a user's call history': the logs of the user's extension (id = the party log id, call_path_id = the call history), as the user's own leg (event, result, result_reason, operator, talk/hold/wait time), with the call_elements of those calls where the user is at either end", enforced: VIEWS },
    { op: 'getUsersCallHistory', rule: 'A queue member rung while another answered: result_reason answered_by_other, operator = the queue', enforced: QUEUE },
    { op: 'getUsersCallHistory', rule: "The account call history's filters, call_results in this page's words (blocked = system_blocked, no_answer = no_answer or ring_timeout; invalid_operation and service_unavailable never happen in the sandbox)", enforced: FILTERS },
    { op: 'getUsersCallHistory', rule: "'For user-level apps, pass the me value': the sandbox's apps act for an account, so `me` names no user: 'User does not exist: me.'; an unknown user likewise", enforced: USERS },
    { op: 'syncUsersCallHistory', rule: "sync_type FSync (the default: the `count` newest logs), ISync (the `count` first logs written after the token's newest — a gapless continuation), BSync (the `count` last logs written before the token's oldest); logs are ordered by the order they were written (a call is written when it ends). The answer's sync_token spans what the client then holds: base64 of '<user id>_<oldest seq>_<newest seq>' (the page's example is base64 of '<id>_<ms>_<ms>'). count: 30 by default, 1 to 300", enforced: SYNC },
    { op: 'syncUsersCallHistory', rule: "A sync token that is malformed, of another user, or missing for ISync/BSync, a sync_type outside FSync/ISync/BSync, a count outside 1..300: 'Invalid request param: {paramName}.'", enforced: SYNC },
    { op: 'syncUsersCallHistory', rule: 'ai_call_summary_id on the logs and elements of a call the user answered (or placed and had answered) that was recorded', enforced: SUMMARY },
    { op: 'syncUsersCallHistory', rule: "Logs the user deleted from its call history are left out", enforced: DELETES },
    { op: 'deleteAUsersCallHistory', rule: "'Deletes a user's call history': gone from that user's call history (and its sync) only — its call logs, the other party's views and the account's views keep it; again, or another user's log: 'Call history not found: {callLogId}.'", enforced: DELETES },
    { op: 'deleteAUsersCallHistory', rule: "'User does not exist: {userId}.' (`me` included)", enforced: USERS },

    { op: 'getUsersCallLogs', rule: "'Returns a user's call logs': the logs of the user's extension; answer_start_time 'only ... if the direction value is inbound'; accepted_by (who took the call), forwarded_by (the queue or extension that handed it on), forwarded_to, outgoing_by (the user, for a call it placed)", enforced: VIEWS },
    { op: 'getUsersCallLogs', rule: "type missed: the user's logs of calls that reached the user unanswered by anyone (voicemail included; a call another queue member answered is not missed); phone_number: logs with that number at either end", enforced: FILTERS },
    { op: 'getUsersCallLogs', rule: "'The next page token is invalid or expired.' for a token altered, of another query or expired", enforced: PAGES },
    { op: 'getUsersCallLogs', rule: "`me`: 'Invalid user id.'; an unknown user: 'User does not exist: {userId}.'", enforced: USERS },
    { op: 'syncUsersCallLogs', rule: 'The same sync semantics as syncUsersCallHistory, over the logs not deleted from the call logs; caller_user_id / callee_user_id of the ends', enforced: SYNC },
    { op: 'syncUsersCallLogs', rule: "A sync token malformed, of another user, or missing for ISync/BSync: 'The sync token is invalid or expired.'; sync tokens never expire in the sandbox; a count outside 1..300: 400/300 (undocumented)", enforced: SYNC },
    { op: 'syncUsersCallLogs', rule: "`me` and a user the account lacks: 'Invalid user id.' (the page documents no unknown user)", enforced: USERS },
    { op: 'deleteAUsersCallLog', rule: "'Deletes a user's call log': gone from that user's call logs only; again, or another user's log: 'Call log information was not found for the following callLogId: {0}.'", enforced: DELETES },
    { op: 'deleteAUsersCallLog', rule: "`me`: 'Invalid user id.'; an unknown user: 'User does not exist: {userId}.'", enforced: USERS },
    { op: 'getCallLogDetails', rule: "'Returns information about a call log': the party log, with log_details one per leg of the party (path, result, forward_to)", enforced: VIEWS },
    { op: 'getCallLogDetails', rule: "A log the account lacks: 404/404 'Call log information was not found …' (undocumented here)", enforced: USERS },
    { op: 'getCallLogDetails', rule: "A user's delete leaves the account's log", enforced: DELETES },
    { op: 'getCallLogDetails', rule: 'caller_status / callee_status / *_deleted_time: an extension deleted since the call', notEnforced: 'the records keep the call\'s day and are not told of extensions deleted later' },

    { op: 'getUserAiCallSummaryDetail', rule: "'Returns AI call summary details': the sandbox writes one per user who talked on an answered, recorded call — deterministic text from the parties and duration, saying it is the sandbox's; created/modified at the call's end, edited false", enforced: SUMMARY },
    { op: 'getUserAiCallSummaryDetail', rule: "Another user's summary, or none: 404 (the page's 'Not Found'; undocumented code 300); `me` or an unknown user: the page's 'Validation Failed'", enforced: SUMMARY },

    ...prerequisites(['getAccountsCallHistory', 'getCallHistory', 'getCallElement', 'getCallHistoryDetail', 'addAClientCodeToACallHistory', 'getUsersCallHistory', 'syncUsersCallHistory', 'deleteAUsersCallHistory', 'getAccountsCallLogs', 'getCallLogDetails', 'addAClientCodeToACallLog', 'getUsersCallLogs', 'syncUsersCallLogs', 'deleteAUsersCallLog', 'getUserAiCallSummaryDetail']),
    ...others(['getAccountsCallHistory', 'getCallHistory', 'getCallElement', 'getCallHistoryDetail', 'addAClientCodeToACallHistory', 'getAccountsCallLogs', 'getCallLogDetails', 'addAClientCodeToACallLog', 'getUsersCallLogs', 'deleteAUsersCallHistory']),
  ],
  unreachable: {
    addAClientCodeToACallHistory: {
      clientCodeCannotBeAddedTo:
        "'Client code cannot be added to admin call log': the documents never say what an admin call log is (no field, no operation marks one), so the sandbox has none to refuse",
    },
    getAccountsCallLogs: { errorRetrievingCallLogs: 'the sandbox reads its own database: there is no retrieval that fails short of a server error' },
    getUsersCallLogs: {
      errorRetrievingCallLogs: 'the sandbox reads its own database: there is no retrieval that fails short of a server error',
      accountDoesNotExist: 'the path names no account: the caller\'s own, which the token proves exists',
    },
    syncUsersCallLogs: { accountDoesNotExist: "the path names no account: the caller's own, which the token proves exists" },
    deleteAUsersCallLog: {
      invalidAccessToken: 'the guard answers a bad token 401/124 before any handler runs',
      accountAccountIdDoesNotExist: "the path names no account: the caller's own, which the token proves exists",
    },
  },
});
