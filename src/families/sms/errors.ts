// The sms family's errors. Most rules are documented on the page that answers
// them (handlers throw those by catalogue name through ctx.fail); the choices
// below are the rules a page leaves without an error, each made once, with why.
import type { ZoomError } from '../../errors.ts';
import { undocumented } from '../../kit/errors.ts';

/**
 * A handler context whose operation documents every one of `Names`.
 * `fail` is a property, not a method, so tsc checks its parameter strictly: the
 * ctx of an operation that lacks one of the names does not fit.
 */
export interface Fails<Names extends string> {
  fail: (name: Names, values?: Record<string, string | number>) => ZoomError;
}

// ---- campaigns ----------------------------------------------------------------

export const phoneCampaignNotFound = undocumented({
  status: 400,
  code: 400,
  message: 'The campaign does not exist.',
  why:
    "getAnSmsCampaign's page lists no error for an unknown campaign; assignAPhoneNumberToSmsCampaign and " +
    'unassignAPhoneNumberForSmsCampaign answer the same unknown {smsCampaignId} with 400/400 "The campaign does not exist.", so the get answers alike.',
});

export const nmCampaignNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Invalid campaign ID.',
  why:
    'getAnSmsCampaignForNumberManagement, assignAPhoneNumberToSmsCampaignForNumberManagement and unassignPhoneNumberFromSmsCampaign ' +
    'document HTTP 404 "Invalid campaign ID." without an error code; the code repeats the status, as the Phone opt-status pages do for their 404s.',
});

/** Number Management's assign page documents only capacity and batch size: the Phone page's words for the rest. */
const inPhoneAssignWords = (rule: string) =>
  `assignAPhoneNumberToSmsCampaignForNumberManagement documents only 1003004 (capacity) and 1003 (too many numbers); ` +
  `assignAPhoneNumberToSmsCampaign answers ${rule} with this status, code and message, and the same rule speaks the same words on both.`;

export const campaignNotActive = undocumented({
  status: 400,
  code: 400,
  message: 'The campaign is not active.',
  why: inPhoneAssignWords('a campaign that is not active'),
});

export const numbersNotAvailable = undocumented({
  status: 400,
  code: 400,
  message: 'Numbers both not available.',
  why: inPhoneAssignWords("a number that is not the account's or is held by another campaign"),
});

export const pendingNumber = undocumented({
  status: 400,
  code: 400,
  message: 'Can not assign campaign to pending number: {0}.',
  why: inPhoneAssignWords('a number still pending'),
});

export const tollFreeNumber = undocumented({
  status: 400,
  code: 400,
  message: 'Can not assign campaign to toll free number: {0}.',
  why: inPhoneAssignWords('a toll-free number'),
});

export const byocNumber = undocumented({
  status: 400,
  code: 400,
  message: 'Can not enable sms for BYOC number: {0}.',
  why: inPhoneAssignWords('a BYOC number'),
});

export const pendingCampaignNumber = undocumented({
  status: 400,
  code: 400,
  message: 'Can not assign campaign to pending campaign number.',
  why: inPhoneAssignWords('a number whose campaign assignment is still pending'),
});

export const campaignLacksNumber = undocumented({
  status: 400,
  code: 400,
  message: 'The campaign does not have the number.',
  why:
    'Neither unassignPhoneNumberFromSmsCampaign nor updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign lists an error for a number ' +
    'the campaign does not hold; unassignAPhoneNumberForSmsCampaign answers that very rule with 400/400 "The campaign does not have the number."',
});

// ---- consent policies ---------------------------------------------------------

export const consentNumberNotFound = undocumented({
  status: 400,
  code: 999,
  message: 'Invalid field. Phone number {0} does not exist.',
  why:
    'assignPhoneNumbersToSmsConsentPolicy lists only 1003 and 1002013; an unknown phone_number_id is a field it cannot take, and 999 ' +
    '"Invalid field." is what the sibling consent pages (create, update, delete) document for a refused field, so the message starts with those words and names the number.',
});

export const numberInAnotherConsent = undocumented({
  status: 400,
  code: 999,
  message: 'Invalid field. Phone number {0} is assigned to another consent policy.',
  why:
    'A number follows one consent policy, and assignPhoneNumbersToSmsConsentPolicy lists no error for one that already follows another; ' +
    "it is refused as an invalid field with the sibling consent pages' 999, naming the number and the reason.",
});

export const consentCapacityExceeded = undocumented({
  status: 400,
  code: 1003004,
  message: 'Insufficient consent capacity.',
  why:
    'Every consent policy reports a capacity but assignPhoneNumbersToSmsConsentPolicy documents no error for a full one; ' +
    'assignAPhoneNumberToSmsCampaignForNumberManagement answers its capacity rule with 1003004 "Insufficient campaign capacity.", so a full policy answers that code in its own words.',
});

export const numberNotInConsent = undocumented({
  status: 400,
  code: 999,
  message: 'Invalid field. Phone number {0} is not assigned to this consent policy.',
  why:
    "unassignPhoneNumbersFromSmsConsentPolicy lists only 1003 and 1002013; a number the policy does not hold is refused as an invalid field with the sibling consent pages' 999, naming the number.",
});
