// What happens on a simulated call besides the routing: who answers and when,
// the keys pressed at menus, how long people talk, hold, transfer, leave a
// voicemail, or give up. Every field has a default, so a bare call is a call
// answered by the first person it rings, after 5 seconds, for a minute.

export interface CallScript {
  /** The extension number of who answers; unset: the first person rung. Must be someone the call rings. */
  answered_by?: string;
  /** Nobody answers (the call goes where unanswered calls go). */
  no_answer?: boolean;
  /** Seconds a phone rings before it is answered (default 5). */
  ring_seconds?: number;
  /** Seconds of conversation once answered (default 60). */
  talk_seconds?: number;
  /** Seconds on hold during the conversation (default 0). */
  hold_seconds?: number;
  /** Keys pressed at auto receptionist menus, one per menu, in order ("1", "2#"…). */
  digits?: string;
  /** After talking, the answering party transfers the call to this extension number (a direct transfer). */
  transfer_to?: string;
  /** Seconds of message the caller leaves when the call reaches voicemail (default 20; 0 hangs up at the greeting). */
  voicemail_seconds?: number;
  /** The caller gives up after this many seconds without an answer. */
  hang_up_after_seconds?: number;
  /** The conversation is recorded (automatic recording of the answering party). */
  record?: boolean;
}

export const DEFAULT_RING_SECONDS = 5;
export const DEFAULT_TALK_SECONDS = 60;
export const DEFAULT_VOICEMAIL_SECONDS = 20;
/** How long a menu waits for a key before its no-action handling. */
export const MENU_WAIT_SECONDS = 10;
/** The most hand-offs one call takes before the sandbox ends it (a forwarding loop). */
export const MAX_HOPS = 12;

/** The script as JSON schema, for the control plane's body. */
export const scriptSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    answered_by: { type: 'string', pattern: '^\\d{1,8}$', description: 'Extension number of who answers (default: the first person the call rings).' },
    no_answer: { type: 'boolean', description: 'Nobody answers.' },
    ring_seconds: { type: 'integer', minimum: 0, maximum: 600, default: DEFAULT_RING_SECONDS },
    talk_seconds: { type: 'integer', minimum: 0, maximum: 86400, default: DEFAULT_TALK_SECONDS },
    hold_seconds: { type: 'integer', minimum: 0, maximum: 86400, default: 0 },
    digits: { type: 'string', pattern: '^[0-9*#]{0,32}$', description: 'Keys pressed at auto receptionist menus, one per menu.' },
    transfer_to: { type: 'string', pattern: '^\\d{1,8}$', description: 'Extension number the answering party transfers the call to after talking.' },
    voicemail_seconds: { type: 'integer', minimum: 0, maximum: 600, default: DEFAULT_VOICEMAIL_SECONDS },
    hang_up_after_seconds: { type: 'integer', minimum: 0, maximum: 86400, description: 'The caller gives up after this many seconds without an answer.' },
    record: { type: 'boolean', default: false },
  },
} as const;
