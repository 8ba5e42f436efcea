// What other families may use of voicemails: the event it publishes when a call
// leaves a voicemail ('voicemails.received', the data of Zoom's
// phone.voicemail_received webhook event).
import type { VoicemailFacts, VoicemailReceived } from './received.ts';

export type { VoicemailFacts, VoicemailReceived } from './received.ts';
/** A voicemail's transcription as its views show it (phone.voicemail_transcript_completed). */
export { TRANSCRIBED, transcriptionOf } from './rules.ts';

/** Voicemails deleted through the API: to the trash, or for good (deleted from the trash). */
export interface VoicemailsDeleted {
  accountId: string;
  ids: string[];
  permanently: boolean;
  /** When (sandbox epoch ms). */
  at: number;
}

declare module '../../kit/events.ts' {
  interface Events {
    /** A voicemail is stored in its mailbox and downloadable; published in the call's transaction. */
    'voicemails.received': VoicemailReceived & VoicemailFacts;
    /** Delete a voicemail moved it to the trash, or deleted it from the trash for good; published in its transaction. */
    'voicemails.deleted': VoicemailsDeleted;
  }
}
