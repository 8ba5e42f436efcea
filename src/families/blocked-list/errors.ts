// The errors the blocked-list family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md). The pages document 400 "Bad Request" and 409
// "Conflict" for create and update without a code or words beyond "Invalid
// country."; a refused request is a bad request with code 300, the code the pages
// give to the errors they do spell out.
import { badField, type ZoomError } from '../../errors.ts';
import { undocumented, type UndocumentedChoice } from '../../kit/errors.ts';

const BAD_REQUEST = { status: 400, code: 300 } as const;

/** A choice that also names the field at fault in `errors`, as a validation failure does. */
function onField(choice: UndocumentedChoice): (field: string, values?: Record<string, string | number>) => ZoomError {
  const error = undocumented(choice);
  return (field, values = {}) => {
    const e = error({ field, ...values });
    return badField(field, e.message, e.code);
  };
}

export const fieldRequired = onField({
  ...BAD_REQUEST,
  message: '{field} is required.',
  why:
    "createABlockedList's schema marks no field required, yet an entry blocks the number of phone_number, matched as match_type says, in the direction block_type says; " +
    'without any of the three there is nothing to block, and the page documents no error for it.',
});

export const phoneNumberEmpty = onField({
  ...BAD_REQUEST,
  message: 'phone_number must not be empty.',
  why: "updateABlockedList's phone_number replaces the blocked number or prefix; an empty one blocks nothing, and the page documents no error for it.",
});

export const countryRequired = onField({
  ...BAD_REQUEST,
  message: 'country is required when phone_number is not in E164 format.',
  why:
    "The pages: 'Provide the phone number in the phone_number field and the country code in the country field', and for a prefix 'in the country field, enter a country code as part of the prefix'. " +
    "A number given without its '+' and calling code is read after its country's calling code; without a country it cannot be, and the pages document no error for that ('Invalid country.' is for a country given that is none).",
});

export const badPhoneNumber = onField({
  ...BAD_REQUEST,
  message: 'phone_number must be a phone number in E164 format, or its national number with country.',
  why:
    "A phoneNumber match blocks one number, 'Displayed in E164 format'; digits that cannot make one (letters, more than 15 digits, fewer than 7) are refused. " +
    'Neither createABlockedList nor updateABlockedList documents an error for it.',
});

export const badPrefix = onField({
  ...BAD_REQUEST,
  message: "phone_number must be a prefix of digits: after a '+' and the country calling code, or national digits with country, 15 digits at most.",
  why:
    "A prefix match blocks 'all numbers starting with the prefix', shown in E164 form: digits after a '+' (the calling code first), at most E.164's 15. " +
    'Neither createABlockedList nor updateABlockedList documents an error for other characters or more digits.',
});

export const alreadyBlocked = undocumented({
  status: 409,
  code: 409,
  message: 'The {what} {number} is already on the blocked list with block type {block_type}.',
  why:
    "createABlockedList and updateABlockedList document 409 'Conflict' with no code or words. An account blocks a number (or prefix) once for each match and block type: " +
    'a second entry like one the account has is that conflict, answered with 409 as the code, as Zoom answers its other conflicts.',
});

export const updateNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Blocked number (Id: {blockedListId}) does not exist.',
  why:
    "updateABlockedList's page documents only 'Invalid country.'; an id the account does not have answers as deleteABlockedList documents it for the same path " +
    "(400/300 'Validation Failed. Blocked number (Id: …) does not exist.'), the other write of one blocked list.",
});
