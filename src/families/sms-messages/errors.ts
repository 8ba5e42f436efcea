// The errors the sms-messages family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md). A refused request is a bad request with code 300,
// the code the pages give to their own validation errors, unless said otherwise.
import { badField, ZoomError } from '../../errors.ts';
import { undocumented, type UndocumentedChoice } from '../../kit/errors.ts';
import { LIMITS, SYNC_COUNT } from './rules.ts';

const BAD_REQUEST = { status: 400, code: 300 } as const;

/** A choice that also names the field at fault in `errors`, as a validation failure does. */
function onField(choice: UndocumentedChoice): (field: string, values?: Record<string, string | number>) => ZoomError {
  const error = undocumented(choice);
  return (field, values = {}) => {
    const e = error({ field, ...values });
    return badField(field, e.message, e.code);
  };
}

/** A documented error with the reason it answers in `errors`: the pages' words are terse ("Phone Number is not valid."). */
export const because = (e: ZoomError, field: string, reason: string): ZoomError => new ZoomError(e.status, e.code, e.message, [{ field, message: reason }]);

export const nothingToSend = onField({
  ...BAD_REQUEST,
  message: 'Either message or attachments is required.',
  why: "postSmsMessage's message and attachments are both optional in the schema, yet a message with neither sends nothing; the page documents no error for it.",
});

export const noRecipients = onField({
  ...BAD_REQUEST,
  message: 'to_members must name at least one recipient.',
  why: "postSmsMessage: 'The list of recipients' is required but may be empty in the schema; a message to nobody sends nothing, and the page documents no error for it.",
});

export const tooLong = onField({
  ...BAD_REQUEST,
  message: 'The message is {bytes} bytes; at most {max} bytes can be sent {with} attachments.',
  why: "postSmsMessage's 'Size and limits': 'SMS size with no media attachments: 2048 bytes - SMS size with attachments: 1000 bytes'. The page documents no error for a longer one.",
});

export const tooManyAttachments = onField({
  ...BAD_REQUEST,
  message: `At most ${LIMITS.attachments} attachments can be sent with one message.`,
  why: "postSmsMessage's 'Size and limits': 'Total attachments: 10'. The page documents no error for more.",
});

export const attachmentsTooLarge = onField({
  ...BAD_REQUEST,
  message: 'The attachments total {bytes} bytes; at most 2MB can be sent with one message.',
  why: "postSmsMessage's 'Size and limits': 'Total attachments file size: 2MB' ('The attachment size limit is 2MB'). The page documents no error for more.",
});

export const notBase64 = onField({
  ...BAD_REQUEST,
  message: '{field} must be the attachment Base64-encoded.',
  why: "postSmsMessage: 'Each item must be a Base 64-encoded image file'; the page documents 121 and 138 for the type only, none for content that is missing or not Base64.",
});

export const twoSenders = onField({
  ...BAD_REQUEST,
  message: 'sender.id and sender.user_id name different users; pass either one.',
  why: "postSmsMessage: 'You can pass either `id` or `user_id` in the parameters.' Two different users in one request name no sender; the page documents no error for it.",
});

export const optedOut = onField({
  ...BAD_REQUEST,
  message: '{recipient} has opted out of messages from {sender} (STOP). Nothing was sent.',
  why:
    "postSmsMessage: 'Opt in - START - and opt out - STOP - keywords received from these number will be honored.' A recipient who answered STOP to the sender's number " +
    'is not messaged until they answer START; the page documents no error for it, so the request is refused with the code of a bad request and nothing is sent.',
});

export const smsDisabled = onField({
  ...BAD_REQUEST,
  message: 'SMS is not enabled for user {user}.',
  why: "postSmsMessage's prerequisites: 'SMS enabled for the account'; a user whose policy's sms.enable is false ('Whether the user can send and receive messages') cannot send. The page documents no error for it.",
});

export const noInternational = onField({
  ...BAD_REQUEST,
  message: 'User {user} may not send international messages ({recipient}).',
  why: "The user policy's sms.international_sms: 'Whether the user can send and receive international messages.' Post SMS message documents no error for a user it disallows.",
});

export const sessionNotFound = undocumented({
  status: 404,
  code: 12004,
  message: 'Session does not exist: {0}.',
  why: "postSmsMessage's session_id names 'The unique ID for the SMS session between sender and recipient'; one the account does not have is refused in the words and code Sync SMS by session ID documents for it.",
});

export const sessionMismatch = onField({
  ...BAD_REQUEST,
  message: 'Session {session} is not between the sender and these recipients.',
  why: "postSmsMessage's session_id is 'The unique ID for the SMS session between sender and recipient'; a session of other numbers cannot carry the message, and the page documents no error for it.",
});

export const badDate = onField({
  ...BAD_REQUEST,
  message: "{field} must be a date (yyyy-MM-dd) or a time (yyyy-MM-dd'T'HH:mm:ss'Z').",
  why: 'The lists take from and to as text; the pages document no error for one that is no date.',
});

export const badRange = onField({
  ...BAD_REQUEST,
  message: 'The date range defined by from and to must run forward and span one month at most.',
  why:
    'The lists and the report read one month at a time: a range past a month (or ending before it starts) is refused. Their pages document no error for it ' +
    "(the report's 'Invalid start date' is for a start more than 13 months back).",
});

export const badCount = onField({
  ...BAD_REQUEST,
  message: `count must be a whole number from 1 to ${SYNC_COUNT.max}.`,
  why: `The sync operations take count without a documented range; the sandbox serves ${SYNC_COUNT.default} by default and ${SYNC_COUNT.max} at most, and refuses others with the code of a validation failure.`,
});

export const badSort = onField({
  ...BAD_REQUEST,
  message: 'sort must be 1 (oldest first) or 2 (newest first).',
  why: "getSmsSessionDetails's sort orders the messages by time; the page documents neither its values nor an error for others.",
});
