// The errors the recordings family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const badDate = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid {field}: {value}. Use the yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ format.',
  why: "getUsersRecordings takes from/to as dates (its answer's from and to are 'format: date') and documents no error for one that is none; 400/300 is its page's code for a value it refuses ('Invalid user id.').",
});

export const rangeTooLong = undocumented({
  status: 400,
  code: 300,
  message: 'The date range from {from} to {to} is longer than one month.',
  why:
    "Zoom's recording lists answer 'one month worth of data at once': from and to may be at most 30 days apart. Neither getCallRecordings nor getUsersRecordings documents an error for a longer range; " +
    '400/300 is the code their pages give to a value they refuse.',
});

export const rangeReversed = undocumented({
  status: 400,
  code: 300,
  message: 'The date range from {from} to {to} ends before it starts.',
  why: 'A window whose to is before its from holds nothing a client could mean; the recording lists document no error for it, and 400/300 is the code their pages give to a value they refuse.',
});

export const autoDeleteNotEnabled = undocumented({
  status: 400,
  code: 300,
  message: "The recording's auto delete field cannot be updated: the 'Auto Delete Data After Retention Duration' setting is not enabled.",
  why:
    "updateAutoDeleteField: 'It only updates if you enable the Auto Delete Data After Retention Duration setting in the account settings for recordings.' The page documents no error for a recording " +
    "whose setting is off; refusing (400, the page's validation code 300) tells the client nothing changed, where a silent 204 would not.",
});

export const actionRequired = undocumented({
  status: 400,
  code: 300,
  message: 'action is required.',
  why: "updateRecordingStatus changes a recording's status by its action ('Allowed values: recover'); a body without one asks for nothing, and the page documents no error for it.",
});
