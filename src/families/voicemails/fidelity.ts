// What the voicemail pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/voicemails/voicemails.test.ts';

const ACCOUNT = "the path names no account: the request acts on the token's own account, which exists as long as its tokens do";
const NO_PLANS = "the sandbox does not model account plans or Zoom Phone licences: a token whose scopes allow the call may make it";
const URL_BASE =
  "download_url points at this server's own download operation, as the path under /v2 ('/v2/phone/voice_mails/download/{fileId}'): a handler does not see the host it was called at, so the URL is relative to the base the client called";

export default defineFidelity({
  rules: [
    {
      op: 'getAccountVoicemails',
      rule: "The account's voicemails, each with its call (call_id, call_element_id = the leg it was left on), parties (name, number — an extension number inside the account, E.164 outside — number type 1/2), date_time, duration, status (a new one unread) and owner (its mailbox)",
      enforced: { file: T, test: 'a voicemail left for a user is listed by the account with its mailbox owner, unread' },
    },
    { op: 'getAccountVoicemails', rule: URL_BASE, enforced: { file: T, test: 'a voicemail left for a user is listed by the account with its mailbox owner, unread' } },
    {
      op: 'getAccountVoicemails',
      rule: "owner.type 'user', 'callQueue', 'sharedLineGroup', 'autoReceptionist' or 'commonArea': the mailbox the voicemail was left in; owner_type filters by it",
      enforced: { file: T, test: "mailboxes of call queues, auto receptionists and shared line groups are the account's, not a user's" },
    },
    {
      op: 'getAccountVoicemails',
      rule: "owner.extension_status 'deleted': the mailbox's extension has left the account's directory since the call; extension_deleted_time is left out, the directory keeps no time of leaving; 'inactive' is not modelled",
      enforced: { file: T, test: "a mailbox whose extension has left the account's directory shows as deleted" },
    },
    { op: 'getAccountVoicemails', rule: "status filter: all (default), read, unread; site_id: the mailbox's site", enforced: { file: T, test: 'filters: read status, site, voicemail type and the window' } },
    { op: 'getAccountVoicemails', rule: "voicemail_type normal, spam, maybeSpam: every simulated voicemail is normal, so spam and maybeSpam list none", enforced: { file: T, test: 'filters: read status, site, voicemail type and the window' } },
    {
      op: 'getAccountVoicemails',
      rule: 'from/to: a day or a moment (UTC), a month at most (30 days apart); neither given: today and the 29 days before; the answer names its window (from, to) and page_count',
      enforced: { file: T, test: 'a window of more than a month, or reversed, or not a date, is refused' },
    },
    {
      op: 'getAccountVoicemails',
      rule: "trashed: the voicemails in the trash, with deleted_time, days_left_auto_permantely_delete, soft_deleted_type ('It exists only when voicemail is from trash')",
      enforced: { file: T, test: 'a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good' },
    },
    { op: 'getAccountVoicemails', rule: "page_size (default 30, at most 300) and next_page_token; newest stored first", enforced: { file: T, test: 'pages run newest first by next_page_token; a bad token of the user list is the documented error' } },
    { op: 'getAccountVoicemails', rule: "Another account's voicemails are never listed", enforced: { file: T, test: "another account neither sees nor changes the account's voicemails" } },
    { op: 'getAccountVoicemails', rule: "call_log_id (the mailbox owner's call log of the call: 'calls.completed' carries each party's log id)", enforced: { file: 'test/sim/scenarios.test.ts', test: 'the same call after hours reaches the receptionist voicemail, which every voicemail view shows' } },
    { op: 'getAccountVoicemails', rule: 'caller/callee_account_code', notEnforced: 'no simulated call is dialled between accounts by account code; the fields are left out' },
    { op: 'getAccountVoicemails', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    { op: 'getUsersVoicemails', rule: "'Returns a user's Zoom Phone voicemails': those left in the user's own mailbox (not a queue's, an auto receptionist's or a group's), by user id or email", enforced: { file: T, test: "mailboxes of call queues, auto receptionists and shared line groups are the account's, not a user's" } },
    { op: 'getUsersVoicemails', rule: 'status and from/to as the account list; trash: the user\'s voicemails in the trash', enforced: { file: T, test: 'a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good' } },
    { op: 'getUsersVoicemails', rule: "next_page_token 'expiration period … 15 minutes'; 400/400 'The next page token is invalid or expired.'", enforced: { file: T, test: 'pages run newest first by next_page_token; a bad token of the user list is the documented error' } },
    { op: 'getUsersVoicemails', rule: "'For user-level apps, pass the me value': the sandbox's apps act for an account, so me names no user ('Invalid user id.'); an unknown id or email: 'User does not exist'", enforced: { file: T, test: "a user path that names no user: 'me' is an invalid user id, an unknown one does not exist" } },
    { op: 'getUsersVoicemails', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    {
      op: 'getVoicemailDetails',
      rule: "'Returns the information about a voicemail message', with its transcription (status 2 'processed successfully'; the words are the sandbox's, the same for the same voicemail)",
      enforced: { file: T, test: 'the details show the voicemail with its transcript; the call log of its user finds it too' },
    },
    { op: 'getVoicemailDetails', rule: "A voicemail in the trash is shown with deleted_time, days_left_auto_permantely_delete, soft_deleted_type", enforced: { file: T, test: 'a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good' } },
    { op: 'getVoicemailDetails', rule: 'The trash keeps a voicemail 30 days; after them it is gone', enforced: { file: T, test: 'the trash keeps a voicemail 30 days' } },
    { op: 'getVoicemailDetails', rule: 'intent_detect_status, intent_results, voice_mail_task', notEnforced: 'the sandbox runs no intent detection or task extraction on voicemails; the fields are left out' },
    { op: 'getVoicemailDetails', rule: 'Prerequisites: a Zoom Phone license', notEnforced: NO_PLANS },

    {
      op: 'getUserVoicemailDetailsFromACallLog',
      rule: "'the voicemail associated with a call log ID': the user's own call log (call-logs' callLogOf) whose call left a voicemail in the user's mailbox; another user's log, a log with no voicemail or no log: 'Voice mail does not exist: {id}.'",
      enforced: { file: T, test: 'the details show the voicemail with its transcript; the call log of its user finds it too' },
    },
    { op: 'getUserVoicemailDetailsFromACallLog', rule: "'me' is an invalid user id; an unknown user does not exist", enforced: { file: T, test: "a user path that names no user: 'me' is an invalid user id, an unknown one does not exist" } },
    { op: 'getUserVoicemailDetailsFromACallLog', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    { op: 'downloadAPhoneVoicemail', rule: "'Downloads the Zoom phone voicemail': a WAV file (RIFF, PCM 8 kHz mono 16-bit) exactly as long as the voicemail, made from its file id", enforced: { file: T, test: 'the download is a WAV file as long as the voicemail' } },
    { op: 'downloadAPhoneVoicemail', rule: "400/404 'File does not exist.': a file id the account does not have, or a voicemail in the trash", enforced: { file: T, test: 'a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good' } },
    { op: 'downloadAPhoneVoicemail', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    { op: 'updateVoicemailReadStatus', rule: "read_status Read or Unread: the status every view shows ('read', 'unread')", enforced: { file: T, test: 'read status: marked read and unread, as every view shows; a status that is neither is refused' } },
    { op: 'updateVoicemailReadStatus', rule: "400/400 'The read status is invalid.' for a read_status that is neither, or none; nothing changes", enforced: { file: T, test: 'read status: marked read and unread, as every view shows; a status that is neither is refused' } },
    { op: 'updateVoicemailReadStatus', rule: "400/404 'Voice mail does not exist' for an id the account does not have or a voicemail in the trash", enforced: { file: T, test: 'a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good' } },
    { op: 'updateVoicemailReadStatus', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    {
      op: 'deleteAVoicemail',
      rule: "'Deletes an account's voicemail message': it goes to the trash (soft_deleted_type Manual, 30 days), out of the lists, details kept, file gone; deleted again from the trash it is gone for good",
      enforced: { file: T, test: 'a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good' },
    },
    { op: 'deleteAVoicemail', rule: "404 'Not Found' (no code documented): 404/404 'Voice mail does not exist: {id}.' for an id the account does not have", enforced: { file: T, test: "another account neither sees nor changes the account's voicemails" } },
    {
      op: 'deleteAVoicemail',
      rule: "The call's history keeps naming the voicemail (its call element's voicemail_id)",
      notEnforced: 'call-logs keeps its call elements as the call left them; this family tells it nothing of a deleted voicemail',
    },
    { op: 'deleteAVoicemail', rule: 'Prerequisites: a Zoom Phone license', notEnforced: NO_PLANS },
  ],
  unreachable: {
    getAccountVoicemails: { accountDoesNotExist: ACCOUNT },
    getUsersVoicemails: { accountDoesNotExist: ACCOUNT },
    deleteAVoicemail: { accountDoesNotExist: ACCOUNT },
    updateVoicemailReadStatus: {
      requestFailedBecauseMarkVoicemailAs: "the sandbox models no 'Mark Voicemail as Unread' account feature: marking unread is always allowed",
    },
  },
});
