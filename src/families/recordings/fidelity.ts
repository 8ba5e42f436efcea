// What the recording pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/recordings/recordings.test.ts';

const ACCOUNT = "the path names no account: the request acts on the token's own account, which exists as long as its tokens do";
const TOKEN = 'the guard answers a bad or expired token 401/124 before any handler runs';
const NO_PLANS = "the sandbox does not model account plans, licences or admin privileges: a token whose scopes allow the call acts as the account's admin";
const URL_BASE =
  "download_url / file_url / transcript_download_url point at this server's own download operations, as the path under /v2 ('/v2/phone/recording/download/{fileId}'): a handler does not see the host it was called at, so the URL is relative to the base the client called";

export default defineFidelity({
  rules: [
    { op: 'getCallRecordings', rule: "'Returns an account's call recordings': the recordings of the calls the account's extensions took part in, none of another account's", enforced: { file: T, test: "another account neither sees nor changes the account's recordings" } },
    {
      op: 'getCallRecordings',
      rule: 'Each recording shows its call (call_id, call_element_id = the leg it was made on), its parties (caller/callee name, number — an extension number inside the account, E.164 outside — and number type 1 internal / 2 external), outgoing_by/accepted_by (account users only), date_time, end_time, duration, direction, owner, site and recording_type (Automatic, OnDemand)',
      enforced: { file: T, test: 'a recorded call leaves a recording the account lists, with its call, parties, owner and files' },
    },
    { op: 'getCallRecordings', rule: URL_BASE, enforced: { file: T, test: 'a recorded call leaves a recording the account lists, with its call, parties, owner and files' } },
    {
      op: 'getCallRecordings',
      rule: "owner.type 'user', 'callQueue' or 'commonArea' (a common area, Zoom Room or Cisco room owner); the owner_type filter takes the same and 'sharedOffice' (commonArea's old name)",
      enforced: { file: T, test: 'filters: owner type, recording type, site, the window and the moment it is about' },
    },
    {
      op: 'getCallRecordings',
      rule: "owner.extension_status 'deleted': the owner's extension has left the account's directory since the call (also getRecordingByCallId); extension_deleted_time is left out, the directory keeps no time of leaving; 'inactive' is not modelled",
      enforced: { file: T, test: "an owner whose extension has left the account's directory shows as deleted" },
    },
    { op: 'getCallRecordings', rule: 'recording_type filter: OnDemand or Automatic; site_id: the recordings of the owner\'s site', enforced: { file: T, test: 'filters: owner type, recording type, site, the window and the moment it is about' } },
    {
      op: 'getCallRecordings',
      rule: 'from/to: a day (yyyy-mm-dd) or a moment (yyyy-MM-ddTHH:mm:ssZ), UTC; query_date_type start_time (default) or end_time picks the moment the window is about',
      enforced: { file: T, test: 'filters: owner type, recording type, site, the window and the moment it is about' },
    },
    {
      op: 'getCallRecordings',
      rule: "The window is one month at most (from and to 30 days apart); neither given: today and the 29 days before; from only: the month from it; to only: the month up to it",
      enforced: { file: T, test: 'a window of more than a month, or one that ends before it starts, is refused' },
    },
    {
      op: 'getCallRecordings',
      rule: "400/300 'You provided an incorrect value … Provide a valid value and try again.': an owner_type, recording_type or query_date_type the list does not know, or a from/to that is no date",
      enforced: { file: T, test: 'a value the list does not know is refused with the documented validation error' },
    },
    { op: 'getCallRecordings', rule: 'group_id: the sandbox models no user groups, so a group names none of the account\'s recordings (an empty page)', enforced: { file: T, test: 'filters: owner type, recording type, site, the window and the moment it is about' } },
    { op: 'getCallRecordings', rule: "page_size: 'The default is 30, and the maximum is 300'; next_page_token pages on; the list runs newest first (the order the calls were stored)", enforced: { file: T, test: 'lists run newest first and page by next_page_token' } },
    { op: 'getCallRecordings', rule: 'A page token expires after 15 minutes', enforced: { file: T, test: 'a page token expires after 15 minutes' } },
    {
      op: 'getCallRecordings',
      rule: "auto_delete_enable: 'whether the recording has Auto Delete Data After Retention Duration setting enabled' (the owner's site policy's auto_delete_data_after_retention_duration, and the recording's own flag); auto_delete_policy ('1 year') only where the setting is on",
      enforced: { file: T, test: "the auto delete field changes only where the site's retention setting is on, and the list shows it" },
    },
    { op: 'getCallRecordings', rule: 'A recording in the trash is not listed', enforced: { file: T, test: 'a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable' } },
    { op: 'getCallRecordings', rule: "call_log_id (the owner's call log of the call: 'calls.completed' carries each party's log id)", enforced: { file: 'test/sim/scenarios.test.ts', test: 'a call to the main number in business hours goes through the IVR to the Sales queue and its second member answers: every view shows it' } },
    { op: 'getCallRecordings', rule: 'disclaimer_status (0 passive, 1 agree, 2 passive agree)', notEnforced: 'the simulator plays no recording disclaimer: every recording shows 0 (passive/implicit)' },
    { op: 'getCallRecordings', rule: 'meeting_uuid, caller/callee_account_code', notEnforced: 'no simulated call is elevated to a meeting or dialled between accounts by account code; the fields are left out' },
    { op: 'getCallRecordings', rule: "Prerequisites: 'A Pro or higher account plan', 'A Zoom Phone license', 'Account owner or admin privileges'", notEnforced: NO_PLANS },

    { op: 'getUsersRecordings', rule: "'Gets a user's Zoom Phone recordings': the recordings whose owner is the user, by user id or email", enforced: { file: T, test: "a user's recordings are the ones the user owns, by id or email; the answer names its window" } },
    { op: 'getUsersRecordings', rule: 'from/to as getCallRecordings (a month at most, the same defaults); the answer names the window it used (from, to) and its page_count', enforced: { file: T, test: 'a window of more than a month, or one that ends before it starts, is refused' } },
    { op: 'getUsersRecordings', rule: "direction as the owner saw the call: a recording of the leg's caller is outbound, of its callee inbound", enforced: { file: T, test: "a user's recordings are the ones the user owns, by id or email; the answer names its window" } },
    { op: 'getUsersRecordings', rule: "'For user-level apps, pass the me value': the sandbox's apps act for an account, so me names no user ('Invalid user id.'); an id or email the account does not have: 'User does not exist'", enforced: { file: T, test: "a user path that names no user: 'me' is an invalid user id, an unknown one does not exist" } },
    { op: 'getUsersRecordings', rule: "A user of another account is one this account does not have", enforced: { file: T, test: "another account neither sees nor changes the account's recordings" } },
    { op: 'getUsersRecordings', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    {
      op: 'getRecordingByCallId',
      rule: "'by the recording's callId or callLogId': a call id finds the call's recording (the first made, one not in the trash first); a call log id (call-logs' callLogOf) the recording its party owns, else the call's (the caller's log of a call its callee recorded)",
      enforced: { file: T, test: 'a recording is found by its call id and by the call log id of its owner' },
    },
    { op: 'getRecordingByCallId', rule: "'Returns the file_url in the JSON query results': file_url and download_url are the recording's download", enforced: { file: T, test: 'a recording is found by its call id and by the call log id of its owner' } },
    {
      op: 'getRecordingByCallId',
      rule: "deleted_time, days_left_auto_permantely_delete, soft_deleted_type: 'It exists only when recording is from trash': this view shows a trashed recording with them (the trash keeps it 30 days)",
      enforced: { file: T, test: 'a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable' },
    },
    { op: 'getRecordingByCallId', rule: "404/1001 'Recording does not exist: \"{callId or callLogId}\".' for an id that names no recording of the account", enforced: { file: T, test: 'a recording is found by its call id and by the call log id of its owner' } },
    { op: 'getRecordingByCallId', rule: 'Prerequisites: a Pro or higher account with Zoom Phone license; account owner or admin privileges', notEnforced: NO_PLANS },

    {
      op: 'downloadAPhoneRecording',
      rule: "'Downloads the phone recording': a WAV file (RIFF, PCM 8 kHz mono 16-bit) exactly as long as the recording, speech-like sound made from its file id (the same bytes every time)",
      enforced: { file: T, test: 'the download is a WAV file as long as the recording, the same every time' },
    },
    { op: 'downloadAPhoneRecording', rule: "400/404 'File does not exist.' for a file id the account does not have, or a recording in the trash", enforced: { file: T, test: 'a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable' } },
    { op: 'downloadAPhoneRecording', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    {
      op: 'downloadAPhoneRecordingTranscript',
      rule: "302: 'You will be redirected to a download URL where you can access the transcript file in JSON format' — the redirect is to /v2/phone/recording/download/{recordingId}.json, which this server answers with the transcript in the documented structure (type zoom_transcript, ver 1, recording_id, account_id, host_id, recording_start/end, timeline of text, raw_text, ts, end_ts, users, userId, userIds, channelMark)",
      enforced: { file: T, test: 'the transcript is made a minute after the recording ends, then redirects to its JSON file' },
    },
    {
      op: 'downloadAPhoneRecordingTranscript',
      rule: "400/12002 'This recording is still in the process of being transcribed': a transcript is made 60 seconds (sandbox time) after its recording ends",
      enforced: { file: T, test: 'the transcript is made a minute after the recording ends, then redirects to its JSON file' },
    },
    { op: 'downloadAPhoneRecordingTranscript', rule: "400/404 'File does not exist.' for a recording the account does not have or one in the trash", enforced: { file: T, test: 'a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable' } },
    { op: 'downloadAPhoneRecordingTranscript', rule: 'The transcript\'s words', notEnforced: 'the sandbox hears nothing: the words are its own, drawn from the recording id, in turns of the leg\'s two parties (caller on L, callee on R) across the recording\'s length' },

    { op: 'updateAutoDeleteField', rule: "'Updates the auto delete field for recording': auto_delete_enable as the list shows it", enforced: { file: T, test: "the auto delete field changes only where the site's retention setting is on, and the list shows it" } },
    {
      op: 'updateAutoDeleteField',
      rule: "'It only updates if you enable the Auto Delete Data After Retention Duration setting in the account settings for recordings': refused (400/300, undocumented) while the owner's site's setting is off; the sandbox models no account-level settings, so a recording of no site is always refused",
      enforced: { file: T, test: "the auto delete field changes only where the site's retention setting is on, and the list shows it" },
    },
    { op: 'updateAutoDeleteField', rule: "404/404 'Recording does not exist: {recordingId}.' (another account's too)", enforced: { file: T, test: "another account neither sees nor changes the account's recordings" } },
    { op: 'updateAutoDeleteField', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    {
      op: 'deleteACallRecording',
      rule: "'Deletes a call recording': it goes to the trash (soft_deleted_type Manual, kept 30 days, recoverable by updateRecordingStatus), out of the lists and downloads; deleted again from the trash it is gone for good",
      enforced: { file: T, test: 'a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable' },
    },
    { op: 'deleteACallRecording', rule: 'The trash keeps a recording 30 days; after them it is gone from every view', enforced: { file: T, test: 'the trash keeps a recording 30 days' } },
    {
      op: 'deleteACallRecording',
      rule: "The call's history keeps naming the recording (its call element's recording_id): Zoom's call history is the call's record, and a recording recovered from the trash is the same one again",
      notEnforced: 'call-logs keeps its call elements as the call left them; this family tells it nothing of a deleted recording',
    },
    { op: 'deleteACallRecording', rule: "404/404 'Recording does not exist: {recordingId}.' (another account's too)", enforced: { file: T, test: 'a status change names its action; a recording not in the trash stays as it is' } },
    { op: 'deleteACallRecording', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },

    { op: 'updateRecordingStatus', rule: "action 'recover': 'Recovering recordings from trash' — back in every view; a recording not in the trash stays as it is", enforced: { file: T, test: 'a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable' } },
    { op: 'updateRecordingStatus', rule: "'Allowed values: recover': another action is refused by the schema; none at all is refused (undocumented 400/300 'action is required.')", enforced: { file: T, test: 'a status change names its action; a recording not in the trash stays as it is' } },
    { op: 'updateRecordingStatus', rule: 'A recording the trash no longer keeps (30 days) cannot be recovered', enforced: { file: T, test: 'the trash keeps a recording 30 days' } },
    { op: 'updateRecordingStatus', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license', notEnforced: NO_PLANS },
  ],
  unreachable: {
    getCallRecordings: { accountDoesNotExist: ACCOUNT },
    getUsersRecordings: { accountDoesNotExist: ACCOUNT },
    getRecordingByCallId: {
      accountDoesNotExist: ACCOUNT,
    },
    downloadAPhoneRecordingTranscript: {
      unableToTranscribeThisRecording: 'the sandbox transcribes every recording (its words are its own, not heard)',
      adminHasDisabledThisTranscription: 'no operation changes the account-level recording transcription setting (listAnAccountsZoomPhoneSettings shows it, read-only); transcription is always on',
      transcriptsFailedToDownload: 'the sandbox makes a transcript from the recording row whenever it is asked; nothing can fail to download',
    },
    updateAutoDeleteField: { invalidAccessToken: TOKEN, accountDoesNotExist: ACCOUNT },
    deleteACallRecording: { invalidAccessToken: TOKEN, accountDoesNotExist: ACCOUNT },
    updateRecordingStatus: { invalidAccessToken: TOKEN, accountDoesNotExist: ACCOUNT },
  },
});
