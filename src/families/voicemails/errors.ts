// The errors the voicemails family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const badDate = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid {field}: {value}. Use the yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ format.',
  why: "The voicemail lists take from/to as dates (their answers' from and to are 'format: date') and document no error for one that is none; 400/300 is the code getUsersVoicemails gives a value it refuses ('Invalid user id.').",
});

export const rangeTooLong = undocumented({
  status: 400,
  code: 300,
  message: 'The date range from {from} to {to} is longer than one month.',
  why:
    "Zoom's voicemail lists answer one month of data at once: from and to may be at most 30 days apart. Neither getAccountVoicemails nor getUsersVoicemails documents an error for a longer range; " +
    '400/300 is the code the voicemail pages give to a value they refuse.',
});

export const rangeReversed = undocumented({
  status: 400,
  code: 300,
  message: 'The date range from {from} to {to} ends before it starts.',
  why: 'A window whose to is before its from holds nothing a client could mean; the voicemail lists document no error for it, and 400/300 is the code their pages give to a value they refuse.',
});

export const voicemailNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Voice mail does not exist: {voicemailId}.',
  why:
    "deleteAVoicemail documents 404 'Not Found' without a code or words; the voicemail pages answer an unknown voicemail with 'Voice mail does not exist: …' and, where it is a 404, code 404 " +
    '(getUserVoicemailDetailsFromACallLog), which this takes.',
});
