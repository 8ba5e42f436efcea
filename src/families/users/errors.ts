// The errors the users family answers where its operations' pages document none.
// Each says why it is what it is; all are listed in docs/undocumented-errors.md.
import type { ZoomError } from '../../errors.ts';
import { undocumented } from '../../kit/errors.ts';
import { MAX_BATCH } from './rules.ts';

/**
 * A handler context whose operation documents every one of `Names`. `fail` is a
 * property, not a method, so tsc checks its parameter strictly: the ctx of an
 * operation that lacks one of the names does not fit.
 */
export interface Fails<Names extends string> {
  fail: (name: Names, values?: Record<string, string | number>) => ZoomError;
}

export const invalidExtensionNumber = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid extension number.',
  why: "updateAUsersProfile's page takes extension_number as a string of the complete number and lists no error for one that is not digits; 400/300 is the page's bad-request code ('Invalid user id.').",
});

export const extensionNumberInUse = undocumented({
  status: 409,
  code: 409,
  message: 'Extension number {extension} is already in use.',
  why:
    "updateAUsersProfile's page lists no error for an extension number another extension holds; 409/409 is the code Zoom answers extension conflicts with elsewhere " +
    "(deleteAPhoneSite's 'Conflict target extension number, try later.').",
});

export const siteNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Site does not exist.',
  why:
    'updateAUsersProfile and updateMultipleUsersPropertiesInBatch take a site_id but list no error for one the account lacks; ' +
    "these words with 404/404 are getAUsersProfile's documented error for a user's site that does not exist.",
});

export const emergencyAddressNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Emergency address does not exist.',
  why: "updateAUsersProfile's page takes an emergency_address_id but lists no error for one the account lacks; 400/300 is the page's bad-request code.",
});

export const batchUserNotFound = undocumented({
  status: 404,
  code: 1001,
  message: 'User does not exist: {userId}.',
  why:
    "updateMultipleUsersPropertiesInBatch's page lists no error for an id in user_ids the account lacks; " +
    'these words with 404/1001 are what getAUsersProfile and updateAUsersProfile document for an unknown user.',
});

export const tooManyUsersToUpdate = undocumented({
  status: 400,
  code: 300,
  message: `Validation Failed. You can update ${MAX_BATCH} users at a time.`,
  why:
    `updateMultipleUsersPropertiesInBatch's page says 'You can update ${MAX_BATCH} users at a time' but lists no error for more (or none); ` +
    "400/300 'Validation Failed.' is how the Phone pages answer a body the rules refuse (batchAddUsers documents it).",
});

export const callingPlanRefused = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid field.',
  why:
    "updateUsersCallingPlan's page lists no error for a target plan the user already holds or the account has none left of; " +
    "assignCallingPlanToAUser answers the same refusal with 400/300 and the words 'Invalid field.'.",
});
