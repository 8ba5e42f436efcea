// What a voicemail is in the pages' words: its mailbox owner types, its read
// statuses, and the sandbox's transcript of it.
import type { ExtensionType } from '../call-logs/public.ts';
import { randomFrom } from '../../kit/audio.ts';

/** The owner types of the voicemail pages (`owner.type`, `owner_type`). */
export type OwnerType = 'user' | 'callQueue' | 'sharedLineGroup' | 'autoReceptionist' | 'commonArea';

/** The call history's extension type of a mailbox -> the voicemail pages' owner type; others have none of the five. */
export function ownerType(type: string | null | undefined): OwnerType | undefined {
  switch (type as ExtensionType) {
    case 'user':
      return 'user';
    case 'call_queue':
      return 'callQueue';
    case 'shared_line_group':
      return 'sharedLineGroup';
    case 'auto_receptionist':
      return 'autoReceptionist';
    case 'common_area':
    case 'zoom_room':
    case 'cisco_room':
      return 'commonArea';
    default:
      return undefined;
  }
}

/** owner_type -> the extension types it stands for. */
export const EXTENSION_TYPES_OF: Record<OwnerType, ExtensionType[]> = {
  user: ['user'],
  callQueue: ['call_queue'],
  sharedLineGroup: ['shared_line_group'],
  autoReceptionist: ['auto_receptionist'],
  commonArea: ['common_area', 'zoom_room', 'cisco_room'],
};

/** "The status of the voicemail: 'read' or 'unread'"; a new one is unread. */
export type ReadStatus = 'read' | 'unread';
export const NEW_STATUS: ReadStatus = 'unread';

/** updateVoicemailReadStatus's read_status -> the status the views show. */
export const READ_STATUS: Record<'Read' | 'Unread', ReadStatus> = { Read: 'read', Unread: 'unread' };

/** "Transcript processed successfully": the sandbox transcribes every voicemail as it is left. */
export const TRANSCRIBED = 2 as const;
export const TRANSCRIPTION_ENGINE = 'switchboard';

const OPENINGS = ['Hi', 'Hello', 'Good morning', 'Good afternoon', 'Hey'];
const REASONS = [
  'I wanted to follow up on the order we discussed',
  'I am calling about the invoice from last month',
  'I need to move our meeting to later this week',
  'I have a question about my account',
  'I am returning your call from earlier',
  'I wanted to confirm the delivery for tomorrow',
];
const CLOSINGS = ['Please call me back when you can.', 'Talk to you soon.', 'Thanks, bye.', 'Give me a call back at your convenience.'];

/** The sandbox's words for a voicemail, the same for the same voicemail: it hears nothing of the sound. */
export function transcriptionOf(voicemailId: string, callerName: string, callerNumber: string): string {
  const rnd = randomFrom(`voicemail:${voicemailId}`);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  return `${pick(OPENINGS)}, this is ${callerName}. ${pick(REASONS)}. You can reach me at ${callerNumber}. ${pick(CLOSINGS)}`;
}
