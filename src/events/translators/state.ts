// The phone.* events of changes made through the API: a user deleting a log from
// its call logs or its call history, recordings and voicemails going to the trash
// or deleted from it for good; desk phones registering as they get their first
// line; and the AI call summaries the call logs keep, as they are made. Each reads the internal event its family publishes in the
// change's transaction, which carries every id the event shows.
import { isoSeconds } from '../../clock.ts';
import { draft } from '../zoom-events.ts';
import { translator, type TranslatorEntry } from '../translate.ts';

export const stateTranslators: TranslatorEntry[] = [
  translator('callLogs.deleted', {
    makes: ['phone.call_log_deleted', 'phone.call_history_deleted'],
    translate: (e) => [
      e.view === 'logs'
        ? draft('phone.call_log_deleted', e.at, { user_id: e.userId, call_logs: e.logs.map((l) => ({ id: l.id, call_id: l.callId })) })
        : draft('phone.call_history_deleted', e.at, {
            user_id: e.userId,
            // The sandbox's call history has no trash: a deleted entry leaves the user's history for good.
            move_to_trash: false,
            execute_time: isoSeconds(e.at),
            delete_all: false,
            call_log_ids: e.logs.map((l) => l.id),
          }),
    ],
  }),
  translator('recordings.deleted', {
    makes: ['phone.recording_deleted', 'phone.recording_permanently_deleted'],
    translate: (e) => [draft(e.permanently ? 'phone.recording_permanently_deleted' : 'phone.recording_deleted', e.at, { recordings: e.recordings })],
  }),
  translator('voicemails.deleted', {
    makes: ['phone.voicemail_deleted', 'phone.voicemail_permanently_deleted'],
    translate: (e) => [draft(e.permanently ? 'phone.voicemail_permanently_deleted' : 'phone.voicemail_deleted', e.at, { voice_mails: e.ids.map((id) => ({ id })) })],
  }),
  translator('devices.registered', {
    makes: ['phone.device_registration'],
    translate: (e) => e.devices.map((d) => draft('phone.device_registration', e.at, { device_id: d.id, device_name: d.name, mac_address: d.macAddress })),
  }),
  translator('calls.summarized', {
    makes: ['phone.ai_call_summary_changed'],
    // A summary is made once, at the call's end, and never edited: the API has no operation that changes or deletes one.
    translate: (e) =>
      e.summaries.map((m) =>
        draft('phone.ai_call_summary_changed', m.createdAt, {
          edited: false,
          deleted: false,
          ai_call_summary_id: m.id,
          user_id: m.userId,
          call_id: m.callId,
          call_log_ids: [m.logId],
          created_time: isoSeconds(m.createdAt),
          modified_time: isoSeconds(m.createdAt),
        }),
      ),
  }),
];
