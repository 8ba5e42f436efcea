// What other families may use of voicemails: the event it publishes when a call
// leaves a voicemail ('voicemails.received', the data of Zoom's
// phone.voicemail_received webhook event).
import type { VoicemailReceived } from './received.ts';

export type { VoicemailReceived } from './received.ts';

declare module '../../kit/events.ts' {
  interface Events {
    /** A voicemail is stored in its mailbox and downloadable; published in the call's transaction. */
    'voicemails.received': VoicemailReceived;
  }
}
