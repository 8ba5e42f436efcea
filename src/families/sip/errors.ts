// The errors the sip family answers where its operations' pages document none,
// each with the reason for its status, code and words (listed in docs/undocumented-errors.md).
// The pages of addInternalNumbers, assignSipTrunks and enableSipPhone document no
// error at all; a request they refuse is a bad request, 400 with code 300, Zoom's
// code for an invalid request, worded after the rule it breaks.
import { badField, type ZoomError } from '../../errors.ts';
import { undocumented, type UndocumentedChoice } from '../../kit/errors.ts';

const BAD_REQUEST = { status: 400, code: 300 } as const;

/**
 * A choice that also names the field at fault in `errors`, as a validation
 * failure does: a request of many items says which one was refused.
 */
function onField(choice: UndocumentedChoice): (field: string, values?: Record<string, string | number>) => ZoomError {
  const error = undocumented(choice);
  return (field, values = {}) => {
    const e = error({ field, ...values });
    return badField(field, e.message, e.code);
  };
}

export const sipPhoneUserNotFound = undocumented({
  status: 404,
  code: 1001,
  message: 'User does not exist: {userEmail}.',
  why: "enableSipPhone's page documents no errors at all; a user_email that is no user of the account answers as Zoom's user pages answer an unknown user (404, code 1001).",
});

export const masterAccountOnly = onField({
  ...BAD_REQUEST,
  message: 'Only a master account can {action}.',
  why: "addInternalNumbers' and assignSipTrunks' pages require the caller to be 'a master account' and document no error; a sub account's own token is refused, naming accountId.",
});

export const trunkTargetNotSubAccount = onField({
  ...BAD_REQUEST,
  message: 'SIP trunks are assigned to a sub account of the master account; accountId must be one.',
  why: "assignSipTrunks' page assigns the master account's trunks 'to a sub account' (accountId is 'Unique Identifier of the sub account') and documents no error for the master's own id or `me`.",
});

export const noSipTrunks = onField({
  ...BAD_REQUEST,
  message: 'sip_trunks must hold at least one SIP trunk.',
  why: "assignSipTrunks' page describes sip_trunks as an 'Array of one or more SIP Trunk objects' and documents no error for none.",
});

export const fieldRequired = onField({
  ...BAD_REQUEST,
  message: '{field} is required.',
  why: "assignSipTrunks' table marks a trunk's id and dnis optional, yet a trunk is assigned by its id with the sub account's DNIS; the page documents no error for either left out.",
});

export const trunkNotFound = onField({
  ...BAD_REQUEST,
  message: 'The SIP trunk {id} does not exist on the master account.',
  why: "assignSipTrunks assigns 'SIP trunk(s) that are available on a master account' and documents no error for an id that is none of them.",
});

export const trunkTwice = onField({
  ...BAD_REQUEST,
  message: 'The SIP trunk {id} appears more than once in the request.',
  why: 'A trunk is assigned to an account once, with one DNIS; assignSipTrunks documents no error for a request naming one trunk twice.',
});

export const trunkAlreadyAssigned = onField({
  ...BAD_REQUEST,
  message: 'The SIP trunk {id} is already assigned to this account.',
  why: 'A trunk is assigned to an account once, with one DNIS; assignSipTrunks documents no error for a trunk the sub account already has.',
});

export const dnisTaken = onField({
  ...BAD_REQUEST,
  message: 'The DNIS {dnis} is already in use on the SIP trunk {id}.',
  why: 'A DNIS routes a call on a trunk to one account; assignSipTrunks documents no error for a DNIS another sub account already answers to on that trunk.',
});

export const dnisNotDigits = onField({
  ...BAD_REQUEST,
  message: '{field} must contain digits only.',
  why: "assignSipTrunks' DNIS is the master's five-digit prefix followed by a number ('18888' + 'random_number'); the page documents no error for other characters.",
});

export const dnisLength = onField({
  ...BAD_REQUEST,
  message: '{field} must be the {prefixLength}-digit DNIS prefix followed by more digits, {maxLength} digits at most.',
  why: "assignSipTrunks' DNIS is the five-digit prefix plus 'random_number', and 'The maximum allowed length of the DNIS is 8'; the page documents no error for one that is only the prefix.",
});

export const dnisPrefixMismatch = onField({
  ...BAD_REQUEST,
  message: "The first {prefixLength} digits of {field} must match the SIP trunk's DNIS prefix {prefix}.",
  why: "assignSipTrunks' page: 'The prefix of the DNIS (i.e. the first five digits of the DNIS value) must match the DNIS prefix of the master account', with no error documented for one that does not.",
});

export const noInternalNumbers = onField({
  ...BAD_REQUEST,
  message: 'internal_numbers must hold at least one number.',
  why: 'addInternalNumbers adds the numbers of internal_numbers and documents no error for a request that holds none.',
});

export const notE164 = onField({
  ...BAD_REQUEST,
  message: '{field} must be a phone number in E164 format.',
  why: "addInternalNumbers' number is a 'Phone number in E164 format'; the page documents no error for another.",
});

export const internalNumberTwice = onField({
  ...BAD_REQUEST,
  message: '{field} {number} appears more than once in the request.',
  why: 'An internal number is added once; addInternalNumbers documents no error for a request naming one number twice.',
});

export const internalNumberHeld = onField({
  ...BAD_REQUEST,
  message: 'The internal number {number} has already been added.',
  why: "An organization's internal number is given to one of its accounts once; addInternalNumbers documents no error for one the master or any of its sub accounts already holds.",
});

export const notCountryCode = onField({
  ...BAD_REQUEST,
  message: '{field} must be a two letter country code.',
  why: "addInternalNumbers' country is the 'Two letter country code of the country'; the page documents no error for another.",
});

export const blankField = onField({
  ...BAD_REQUEST,
  message: '{field} must not be empty.',
  why: "The fields addInternalNumbers and enableSipPhone mark required say something (a label, a display number, a SIP server's address); neither page documents an error for one that is only spaces.",
});

export const expireNotPositive = onField({
  ...BAD_REQUEST,
  message: 'registration_expire_time must be a positive number of minutes.',
  why: "enableSipPhone's registration_expire_time is 'The number of minutes after which the SIP registration ... will expire'; the page documents no error for none or fewer.",
});

export const sipPhoneExists = onField({
  ...BAD_REQUEST,
  message: 'The user {email} already has a SIP phone {platforms}.',
  why: "enableSipPhone's page adds a user's SIP phone per platform ('user@test.com.mac' for 'different platforms for the same user') and documents no error for a second one on the same platform.",
});
