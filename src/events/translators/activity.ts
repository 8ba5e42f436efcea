// The phone.* events of what calls and messages leave: recordings and their
// transcripts, voicemails and their transcriptions, SMS sent and received, and
// the opt status a consumer's STOP or START sets. Each object is the one the
// family published, trimmed to what Zoom's type declares and filled with the ids
// and URLs the API's own views show (call_log_id, download and transcript URLs).
import { isoSeconds } from '../../clock.ts';
import { draft, type PhoneEventObject, type ZoomEventDraft } from '../zoom-events.ts';
import { translator, type TranslatorEntry } from '../translate.ts';
import { TRANSCRIBE_MS, transcriptUrl, type CompletedRecording, type RecordingFacts } from '../../families/recordings/public.ts';
import { TRANSCRIBED, transcriptionOf, type VoicemailFacts, type VoicemailReceived } from '../../families/voicemails/public.ts';
import type { SmsEventObject } from '../../families/sms-messages/public.ts';
import { accessMembersOf, type AccessMember } from '../../families/user-settings/public.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

/** The object without the keys a family left undefined: a declared optional field is absent, not undefined. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

// ---- recordings ---------------------------------------------------------------------

type TranscriptItem = PhoneEventObject<'phone.recording_transcript_completed'>['recordings'][number];

/** The recording as phone.recording_transcript_completed shows it: no file of its own, its transcript's instead. */
function transcriptItem(r: CompletedRecording, facts: RecordingFacts): TranscriptItem {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { download_url, call_history_id, site, ...rest } = r;
  return {
    ...rest,
    ...(site?.id ? { site: { id: site.id } } : {}),
    ...(facts.callLogId ? { call_log_id: facts.callLogId } : {}),
    transcript_download_url: transcriptUrl(r.id),
  };
}

/**
 * One phone.recording_completed per recording, when it ends; then its transcript,
 * which the transcript download serves TRANSCRIBE_MS later (a call placed "now"
 * is delivered whole at once, so the event may arrive before the sandbox clock
 * reaches that moment: its event_ts says when the transcript is ready).
 */
function recordingEvents(recordings: CompletedRecording[], facts: RecordingFacts[]): ZoomEventDraft[] {
  const made = recordings.map((r, i) => ({ r, f: facts[i]! }));
  const completed = made.map(({ r, f }) =>
    draft('phone.recording_completed', f.endAt, { recordings: [{ ...r, ...(f.callLogId ? { call_log_id: f.callLogId } : {}) }] }),
  );
  const transcripts = made.map(({ r, f }) => draft('phone.recording_transcript_completed', f.endAt + TRANSCRIBE_MS, { recordings: [transcriptItem(r, f)] }));
  return [...completed, ...transcripts].sort((a, b) => a.at - b.at);
}

// ---- voicemails ---------------------------------------------------------------------

function voicemailEvents(v: VoicemailReceived & VoicemailFacts, members: AccessMember[]): ZoomEventDraft[] {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { accountId, callLogId, endAt, ...object } = v;
  const logId = callLogId ? { call_log_id: callLogId } : {};
  return [
    draft('phone.voicemail_received', endAt, { ...object, ...logId }),
    // The sandbox transcribes a voicemail as it is left: every view shows its transcription at once.
    draft('phone.voicemail_transcript_completed', endAt, {
      id: v.id,
      date_time: v.date_time,
      caller_number: v.caller_number,
      caller_number_type: v.caller_number_type,
      caller_name: v.caller_name,
      ...(v.callee_user_id ? { callee_user_id: v.callee_user_id } : {}),
      callee_number: v.callee_number,
      callee_number_type: v.callee_number_type,
      callee_name: v.callee_name,
      callee_extension_type: v.callee_extension_type,
      // Optional here: a mailbox whose holder the voicemail does not name shows none rather than an empty id.
      ...(v.callee_id ? { callee_id: v.callee_id } : {}),
      ...logId,
      ...(v.call_history_id ? { call_history_id: v.call_history_id } : {}),
      ...(v.call_id ? { call_id: v.call_id } : {}),
      transcription: { status: TRANSCRIBED, content: transcriptionOf(v.id, v.caller_name, v.caller_number) },
    }),
    // Each member the mailbox's user shares its voicemail with hears of it too.
    ...members.map((m) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { caller_user_id, ...shown } = object;
      return draft('phone.voicemail_received_for_access_member', endAt, {
        ...shown,
        ...logId,
        access_member_id: m.memberId,
        access_member_extension_type: m.memberType === 'commonArea' ? ('commonAreaPhone' as const) : ('user' as const),
      });
    }),
  ];
}

/** The members the mailbox's user shares its voicemail with (none for a queue's or receptionist's mailbox). */
async function voicemailMembers(db: Kysely<Database>, v: VoicemailReceived): Promise<AccessMember[]> {
  if (!v.callee_user_id) return [];
  return (await accessMembersOf(db, v.accountId, [v.callee_user_id])).filter((m) => m.setting === 'voice_mail');
}

// ---- SMS ----------------------------------------------------------------------------

/**
 * Zoom's SMS events require each attachment's download_url, and the sandbox keeps
 * what an attachment was, not its bytes: no operation downloads one, so a message
 * with attachments makes no event rather than one with a URL that leads nowhere.
 */
const hasFiles = (m: SmsEventObject) => m.attachments.length > 0;

/** What both SMS events show of a message besides its parties. */
function message(m: SmsEventObject) {
  return {
    message: m.message,
    attachments: [],
    session_id: m.session_id,
    message_id: m.message_id,
    message_type: m.message_type,
    date_time: m.date_time,
    ...(m.phone_number_campaign_opt_statuses ? { phone_number_campaign_opt_statuses: m.phone_number_campaign_opt_statuses } : {}),
  };
}

function smsSent(m: SmsEventObject): PhoneEventObject<'phone.sms_sent'> {
  return {
    // phone.sms_sent names a sender's type only for a user; a queue's or receptionist's number sends as its holder's id.
    sender: compact({ phone_number: m.sender.phone_number, id: m.sender.id, type: m.sender.type === 'user' ? ('user' as const) : undefined, display_name: m.sender.display_name }),
    to_members: m.to_members.map((t) => compact({ phone_number: t.phone_number, id: t.id, type: t.type, display_name: t.display_name })),
    owner: compact({ type: m.owner.type, id: m.owner.id, sms_sender_user_id: m.owner.sms_sender_user_id }),
    ...message(m),
  };
}

function smsReceived(m: SmsEventObject): PhoneEventObject<'phone.sms_received'> {
  return {
    sender: compact({ phone_number: m.sender.phone_number, id: m.sender.id, type: m.sender.type, display_name: m.sender.display_name }),
    // phone.sms_received names a recipient's type only for a user.
    to_members: m.to_members.map((t) =>
      compact({ phone_number: t.phone_number, id: t.id, type: t.type === 'user' ? ('user' as const) : undefined, display_name: t.display_name, is_message_owner: t.is_message_owner }),
    ),
    owner: compact({ type: m.owner.type, id: m.owner.id, team_id: m.owner.team_id }),
    ...message(m),
  };
}

export const activityTranslators: TranslatorEntry[] = [
  translator('recordings.completed', {
    makes: ['phone.recording_completed', 'phone.recording_transcript_completed'],
    translate: (e) => recordingEvents(e.recordings, e.facts),
  }),
  translator('voicemails.received', {
    makes: ['phone.voicemail_received', 'phone.voicemail_transcript_completed', 'phone.voicemail_received_for_access_member'],
    translate: async (e, db) => voicemailEvents(e, await voicemailMembers(db, e)),
  }),
  translator('sms.sent', {
    makes: ['phone.sms_sent'],
    translate: (e) => (hasFiles(e) ? [] : [draft('phone.sms_sent', Date.parse(e.date_time), smsSent(e))]),
  }),
  translator('sms.received', {
    makes: ['phone.sms_received'],
    translate: (e) => (hasFiles(e) ? [] : [draft('phone.sms_received', Date.parse(e.date_time), smsReceived(e))]),
  }),
  translator('sms.opted', {
    makes: ['phone.sms_campaign_number_opt_out', 'phone.sms_campaign_number_opt_in'],
    translate: (e) => [
      draft(e.status === 'opt_out' ? 'phone.sms_campaign_number_opt_out' : 'phone.sms_campaign_number_opt_in', e.at, {
        phone_number_campaign_opt_statuses: [{ consumer_phone_number: e.consumer, zoom_phone_user_number: e.zoomNumber }],
        date_time: isoSeconds(e.at),
      }),
    ],
  }),
];
