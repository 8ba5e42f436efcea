// What the SMS pages (Post SMS message, the sessions, a session's messages, one
// message, the two syncs, the SMS/MMS charges report) state in words, whether the
// server holds to it, and why (rendered into docs/fidelity.md by `npm run coverage`).
//
// Sync semantics (Sync SMS by session ID; List user's SMS sessions in descending
// order), in the pages' words where they have any — "sync_type: FSync | ISync |
// BSync", "sync_token: The time range for returned records. It's used for locating
// where the next retrieval will begin", "The sync token for a backward (BSync) or
// forward (ISync) sync", "The number of new records exceeds the sync count. Please
// resync with the FSync method":
// - records are ordered by the message that made them, newest first (a session's
//   messages; a user's sessions by their latest message: "Mirrors the ZP client
//   behavior with the most recent on top");
// - FSync (full; the default where sync_type is optional) answers the newest
//   `count` records and a token marking the newest and the oldest record served;
// - ISync (incremental) answers every record newer than the token's newest mark —
//   what changed since the token — or, when they are more than `count`, 400/7035
//   and nothing (resync with FSync); its token moves the newest mark;
// - BSync (backward) answers the `count` records older than the token's oldest
//   mark; its token moves the oldest mark;
// - count: 10 by default, 1 to 50 (the pages give neither; sandbox's choice);
// - a token is bound to its session (or user and session_type filter); an altered
//   one, or none for ISync/BSync, is refused; tokens do not expire (records are
//   never removed, so a resumed sync is always right).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/sms-messages/sms-messages.test.ts';
const EXCHANGE = 'an SMS exchange: sent through the API, answered through the control plane, shown by every view';
const SENDER = 'the sender must be an SMS capable number the sending user holds, registered for 10DLC';
const OPT = 'an opted-out recipient is refused until they text START; STOP arrives by SMS';
const MEDIA = 'attachments and sizes: types, count, Base64, bytes with and without media';
const GROUP = 'a US/CA toll number texting several recipients makes one group message; a toll-free one, one message each';
const TYPES = "message types: MMS with attachments, international, and on the account's own numbers";
const SESSION = 'a session is between its numbers: a later message joins it, another recipient makes another';
const LISTS = 'session lists: session type, phone number, date window and filter type, pages';
const DETAILS = 'session details: pages, sort, window; an unknown session or message is not found';
const SYNC = 'Sync SMS by session ID: full, incremental and backward, by sync token';
const USER_SYNC = "a user's sessions in descending order: FSync, ISync, BSync by the latest message";
const REPORT = 'the SMS/MMS charges report: what was sent costs by the rate table, what was received is free';
const OTHER = 'another account sees none of the SMS and cannot send from its numbers';
const INBOUND = 'an inbound SMS reaches only an SMS capable number someone holds, never from the future';

const NO_PLANS = "the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account's admin";
const ACCOUNT = "the path names no account: the request acts on the token's own account, which exists as long as its tokens do (the control plane deletes no account)";
const TOKEN = 'the platform answers a missing, invalid or expired access token (401/124) before any handler; test/http asserts it';
const NO_FAILURE = 'the sandbox has no SMS store apart from its database: reading never fails but as a 500';
const FOREIGN = "ids of one account are unknown to another: another account's session or message is not found, never refused as another account's";

export default defineFidelity({
  rules: [
    // postSmsMessage
    { op: 'postSmsMessage', rule: "Sends SMS messages: the message is stored in the session between the sender's number and the recipients, and every view shows it", enforced: { file: T, test: EXCHANGE } },
    { op: 'postSmsMessage', rule: "Prerequisites: 'Zoom Phone license', 'User-enabled Zoom Phone'", notEnforced: NO_PLANS },
    { op: 'postSmsMessage', rule: "'SMS enabled for the account': a user whose policy turns sms.enable off (or international_sms, for a number abroad) cannot send", notEnforced: 'enforced in exchange.ts (changedPolicyOf), but no test turns a user policy off yet' },
    { op: 'postSmsMessage', rule: "sender.phone_number: 'An SMS capable phone number allocated to Zoom Phone within the customer account' (not the account's, a BYOC number without Messaging, a Pending number: 7001)", enforced: { file: T, test: SENDER } },
    { op: 'postSmsMessage', rule: "sender.phone_number: 'The number must be in the E.164 format' (316), and so the recipients ('should be in the E.164 format')", enforced: { file: T, test: SENDER } },
    { op: 'postSmsMessage', rule: "'The phone number must belong to the sender and be assigned to either an user, a call queue, an auto receptionist': another user's (135); unassigned with no user named (1024) or with one (7001)", enforced: { file: T, test: SENDER } },
    { op: 'postSmsMessage', rule: "sender.id / user_id: 'The sender's unique user ID. You can pass either id or user_id'; an unknown one is 1001 'User does not exist: {id}'", enforced: { file: T, test: SENDER } },
    { op: 'postSmsMessage', rule: "'The number can only send messages after fulfilling the in-country compliance requirements': a US/CA local number sends once an active 10DLC campaign carries it (toll-free verification and other countries are not modelled)", enforced: { file: T, test: SENDER } },
    { op: 'postSmsMessage', rule: "'Opt in - START - and opt out - STOP - keywords received from these number will be honored': STOP received sets opt_out, START opt_in, and an opted-out recipient is not messaged", enforced: { file: T, test: OPT } },
    { op: 'postSmsMessage', rule: "to_members: 'For the US and CA toll numbers, sending to more than one recipient will create a group message with all recipients. For other number types, the messages will be sent to each recipient individually as 1:1 messages'", enforced: { file: T, test: GROUP } },
    { op: 'postSmsMessage', rule: "'If any recipient number is invalid, there will be an exception': nothing is sent to any", enforced: { file: T, test: OPT } },
    { op: 'postSmsMessage', rule: "session_id: 'The unique ID for the SMS session between sender and recipient. Session IDs are perpetual': a later message between the same numbers joins it; a session of other numbers, or none, is refused", enforced: { file: T, test: SESSION } },
    { op: 'postSmsMessage', rule: "message_type of what is stored: 1 SMS, 2 MMS, 3 GROUP_SMS, 4 GROUP_MMS, 5 SMS_INTER, 6 MSG_ON_NET", enforced: { file: T, test: TYPES } },
    { op: 'postSmsMessage', rule: "attachments: type one of JPG, PNG, JPEG, GIF, PDF (121), present (138); 'Total attachments: 10'; each Base64", enforced: { file: T, test: MEDIA } },
    { op: 'postSmsMessage', rule: "message: 'Maximum length is 500 characters'; 'SMS size with attachments: 1000 bytes'", enforced: { file: T, test: MEDIA } },
    { op: 'postSmsMessage', rule: "'SMS size with no media attachments: 2048 bytes'", notEnforced: 'checked, but unreachable: 500 characters (the schema) are at most 1,500 bytes of UTF-8' },
    { op: 'postSmsMessage', rule: "'Total attachments file size: 2MB' ('The attachment size limit is 2MB')", notEnforced: 'checked, but unreachable: the server takes request bodies of 1MB at most (src/http/errors.ts), so 2MB of Base64 never arrives' },
    { op: 'postSmsMessage', rule: "'Messages will be broken into smaller segments of 160 characters and concatenated at the time of delivery'", enforced: { file: T, test: REPORT } },
    { op: 'postSmsMessage', rule: 'The media itself (a download_url the histories could serve)', notEnforced: "attachments are kept as id, name, size and type; the bytes are not kept and no download_url is given (the sandbox has no file route for SMS media yet)" },
    { op: 'postSmsMessage', rule: 'Events: phone.sms_sent (and phone.sms_received for a message to another of the account\'s numbers) with the message, its session and the opt statuses', enforced: { file: 'test/events/activity-events.test.ts', test: "sms_sent from one, sms_received at the other" } },

    // getAccountsSmsSessions
    { op: 'getAccountsSmsSessions', rule: "'Returns details about SMS sessions for an account': each with its participants (number, holder, name, is_session_owner), type and last access time", enforced: { file: T, test: EXCHANGE } },
    { op: 'getAccountsSmsSessions', rule: "Prerequisites: 'Paid account', 'User-enabled Zoom phone'", notEnforced: NO_PLANS },
    { op: 'getAccountsSmsSessions', rule: "session_type: 'user', 'call_queue', 'auto_receptionist' (or all); another value is 'SMS session type is invalid.'", enforced: { file: T, test: LISTS } },
    { op: 'getAccountsSmsSessions', rule: 'phone_number narrows to the sessions of that number (with or without its +)', enforced: { file: T, test: LISTS } },
    { op: 'getAccountsSmsSessions', rule: "from / to and filter_type (sent_message_time by default, received_message_time, last_message_time, sent_received_message_time): the parameters have no words in the stored page; the sandbox reads a date or a UTC time, completes one given alone (to: now; from: a month before to), refuses a range past one month, and with neither applies no window. Accounts have no time zone here: UTC", enforced: { file: T, test: LISTS } },
    { op: 'getAccountsSmsSessions', rule: "'A next page token returns whenever the set of the available result list exceeds the page size' (in the order sessions began)", enforced: { file: T, test: LISTS } },
    { op: 'getAccountsSmsSessions', rule: "participants' extension_status / extension_deleted_time of a deleted or inactive extension", notEnforced: 'a session keeps the holder of its numbers as of its latest message; extension status is not tracked' },
    { op: 'getAccountsSmsSessions', rule: "The account's own sessions, none of another account's", enforced: { file: T, test: OTHER } },

    // getUsersSmsSessions
    { op: 'getUsersSmsSessions', rule: "'Returns details about SMS sessions for a user': those of the numbers the user holds (and held at a session's latest message)", enforced: { file: T, test: EXCHANGE } },
    { op: 'getUsersSmsSessions', rule: "Prerequisites: 'Paid account', 'User-enabled Zoom phone'", notEnforced: NO_PLANS },
    { op: 'getUsersSmsSessions', rule: "'For user-level apps, pass the me value instead of the userId parameter': the sandbox's apps are account-level, so `me` is 'Invalid user id.'; an unknown user is 1001", enforced: { file: T, test: LISTS } },
    { op: 'getUsersSmsSessions', rule: 'session_type, phone_number, from / to and filter_type as the account list reads them; pages by next_page_token', enforced: { file: T, test: LISTS } },

    // getSmsSessionDetails
    { op: 'getSmsSessionDetails', rule: "'Returns details about an SMS session': its messages, each with direction, type, delivery status, sender and recipients", enforced: { file: T, test: EXCHANGE } },
    { op: 'getSmsSessionDetails', rule: "Prerequisites: 'Paid account', 'User-enabled Zoom phone'", notEnforced: NO_PLANS },
    { op: 'getSmsSessionDetails', rule: "sort (no words in the stored page): 1 oldest first (default), 2 newest first; another value refused", enforced: { file: T, test: DETAILS } },
    { op: 'getSmsSessionDetails', rule: "next_page_token: 'The expiration period for this token is 15 minutes'", enforced: { file: T, test: DETAILS } },
    { op: 'getSmsSessionDetails', rule: 'from / to narrow to the messages of the window (as the session lists read them)', enforced: { file: T, test: DETAILS } },
    { op: 'getSmsSessionDetails', rule: "delivery_status: 'received' for what arrived; 'sent' ('sent to the carrier, but a delivery confirmation has not been received yet') for what left to an outside number; 'delivered' for a message to the account's own number", enforced: { file: T, test: TYPES } },
    { op: 'getSmsSessionDetails', rule: 'A session of another account is not found (7013)', enforced: { file: T, test: OTHER } },
    { op: 'getSmsSessionDetails', rule: "date_time: 'The UTC time the message was created' (an inbound SMS of the control plane at its `at`; only the account's SMS capable, held numbers receive)", enforced: { file: T, test: INBOUND } },

    // getSmsByMessageId
    { op: 'getSmsByMessageId', rule: "'Returns details about a specific message in an SMS session', as the session's details show it", enforced: { file: T, test: EXCHANGE } },
    { op: 'getSmsByMessageId', rule: "Prerequisites: 'Paid account', 'User-enabled Zoom phone'", notEnforced: NO_PLANS },
    { op: 'getSmsByMessageId', rule: 'A message not in the session (or of another account) is not found', enforced: { file: T, test: DETAILS } },

    // syncSmsBySessionId
    { op: 'syncSmsBySessionId', rule: "'Syncs SMS messages in a session': FSync, ISync (what is new since the token), BSync (older than the token), newest first, with the sync_token for the next call (the semantics above)", enforced: { file: T, test: SYNC } },
    { op: 'syncSmsBySessionId', rule: "Prerequisites: 'Paid account', 'User-enabled Zoom phone'", notEnforced: NO_PLANS },
    { op: 'syncSmsBySessionId', rule: "'The number of new records exceeds the sync count. Please resync with the FSync method.'", enforced: { file: T, test: SYNC } },
    { op: 'syncSmsBySessionId', rule: "'The sync token is invalid or expired': an altered or missing token (400/300), another session's (404/300); 'Session does not exist: {0}.'", enforced: { file: T, test: SYNC } },
    { op: 'syncSmsBySessionId', rule: 'count: 10 by default, 1 to 50 (sandbox\'s choice: the page gives no range)', enforced: { file: T, test: SYNC } },

    // listUsersSmsSessionsInDescendingOrder
    { op: 'listUsersSmsSessionsInDescendingOrder', rule: "'Retrieves the user's SMS sessions in descending order. Mirrors the ZP client behavior with the most recent on top': each with its latest message and unread_message_count (messages received since the user's side last sent)", enforced: { file: T, test: USER_SYNC } },
    { op: 'listUsersSmsSessionsInDescendingOrder', rule: "Prerequisites: 'Paid account', 'User-enabled Zoom phone'", notEnforced: NO_PLANS },
    { op: 'listUsersSmsSessionsInDescendingOrder', rule: "sync_token: 'The sync token for a backward (BSync) or forward (ISync) sync'; more new sessions than count is 7035; a token of another user or session_type, or none, is 'The sync token is invalid or expired.'", enforced: { file: T, test: USER_SYNC } },
    { op: 'listUsersSmsSessionsInDescendingOrder', rule: "session_type: 'SMS session type is invalid.' for another value; user: 'Invalid user id.' for me, 'User does not exist: {userId}'", enforced: { file: T, test: USER_SYNC } },

    // getSmsMmsChargesUsageReport
    { op: 'getSmsMmsChargesUsageReport', rule: "'allows account owners and admins to view monthly Zoom phone SMS charges': one row per message stored, its rate (rules.ts RATES: the sandbox's own table by the recipient's calling code, USD) and total (rate x 160-character segments x outside recipients; an MMS per message); received and on-account messages are free", enforced: { file: T, test: REPORT } },
    { op: 'getSmsMmsChargesUsageReport', rule: "Prerequisites: 'Account must be enrolled in Pro or a higher plan', 'a Zoom Phone plan'", notEnforced: NO_PLANS },
    { op: 'getSmsMmsChargesUsageReport', rule: "'Invalid start date. Report is provided only for recent 13 months'", enforced: { file: T, test: REPORT } },
    { op: 'getSmsMmsChargesUsageReport', rule: 'from / to (no words in the stored page): dates; to defaults to today, from to a month before; one month at most; the answer echoes them', enforced: { file: T, test: REPORT } },
    { op: 'getSmsMmsChargesUsageReport', rule: 'show_charges_only: only the rows that cost something', enforced: { file: T, test: REPORT } },
    { op: 'getSmsMmsChargesUsageReport', rule: "total_records: 'The total number of records returned'; the account's own messages only", enforced: { file: T, test: OTHER } },
    { op: 'getSmsMmsChargesUsageReport', rule: 'A group message is one row: to_number is its first recipient, total_charge covers every outside recipient', notEnforced: "the report's row has one receiver; shown by the code (handlers.ts charges) but no test sends a group and reads the report" },
  ],
  unreachable: {
    postSmsMessage: {
      accountDoesNotExist: ACCOUNT,
      accountDoesNotExist124: TOKEN,
      unsupportedContentType: 'the platform answers a body that is not application/json with 415/300 before any handler (src/http/errors.ts)',
    },
    getAccountsSmsSessions: {
      accountDoesNotExist: TOKEN,
      errorRetrievingSms: NO_FAILURE,
    },
    getSmsSessionDetails: {
      nextPageTokenIsInvalidOr:
        "answered, but not in these words: a bad or expired token gets 400/400 'The next page token is invalid or expired.' without the page's second sentence about page numbers, which this list does not take (src/kit/list.ts pageTokenError); the details test asserts that answer",
      accessTokenHasExpired: TOKEN,
      accountDoesNotExist: ACCOUNT,
    },
    getSmsByMessageId: {
      notAllowToAccessThisAccount: FOREIGN,
      accessTokenHasExpired: TOKEN,
      accountDoesNotExist: ACCOUNT,
    },
    syncSmsBySessionId: {
      invalidAccessToken: TOKEN,
    },
    getUsersSmsSessions: {
      errorRetrievingSms: NO_FAILURE,
      accountDoesNotExist: ACCOUNT,
    },
    listUsersSmsSessionsInDescendingOrder: {
      userDoesNotExist: "the page documents two answers for an unknown user; the sandbox answers 404/1001 'User does not exist: {userId}', the one that names it",
      accountDoesNotExist: ACCOUNT,
    },
  },
});
