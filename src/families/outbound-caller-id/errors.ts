// The errors the outbound-caller-id family answers where its operations' pages document
// none for the rule (listed in docs/undocumented-errors.md). The pages document 400/300
// ("Validation Failed. …") for the site level and the account level, and the user-level
// list and add pages 400/300 and 404/1001; the choices below keep to those codes.
import { undocumented } from '../../kit/errors.ts';

export const accountLevelNotManaged = undocumented({
  status: 400,
  code: 300,
  message: 'Account level settings cannot be managed until disable multiple sites.',
  why:
    "The account-level pages say 'when multiple sites policy is enabled, users cannot manage the account-level configuration. The system will throw an exception.' " +
    "without documenting it; addPhoneNumbersForUsersCustomizedOutboundCallerId documents these words (400/300) for the same rule.",
});

export const multipleSitesDisabled = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Multiple Site is disabled.',
  why:
    "The site-level pages state 'Multiple sites must be enabled' and document only 400/300 'Validation Failed. Site does not exist.'; " +
    "these are the words another page of the same API documents (400/300) for a site operation on an account without multiple sites.",
});

export const siteNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Site does not exist.',
  why: "listCustomizedOutboundCallerIdPhoneNumbers documents no error; a site the account does not have answers as the add and remove pages of the same path document it (400/300).",
});

export const userNotFound = undocumented({
  status: 404,
  code: 1001,
  message: 'User does not exist:{userId}.',
  why:
    "removeUsersCustomizedOutboundCallerIdPhoneNumbers documents only 400/300 'Validation Failed. Site does not exist.'; a user the account does not have " +
    'answers as the list and add pages of the same path document it (404/1001).',
});

export const numbersRequired = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. phone_number_ids is required.',
  why: 'The add pages document no error for a body that names no number; a request that adds nothing is a validation failure (the code every add page documents).',
});

export const numberNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Phone number does not exist: {0}.',
  why:
    "The add pages document no error for a number the account does not have; the lists 'retrieve phone numbers that can be used' as caller ID, the account's Zoom Phone numbers, " +
    'so any other id is a validation failure (the code every add page documents) and nothing is added.',
});

export const numberAlreadyAdded = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Phone number {0} has already been added.',
  why: 'The add pages document no error for a number the list already holds; a number is in a list once, so adding it again is a validation failure and nothing is added.',
});

export const customizeIdsRequired = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. customize_ids is required.',
  why: 'The remove pages document no error for a request that names no customization; removing a whole list by leaving the parameter out is not what the pages describe, so it is refused.',
});

export const customizationNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Customized number does not exist: {0}.',
  why: 'The remove pages document no error for a customize_id the list does not hold; the request is refused (the code every remove page documents) and nothing is removed.',
});
