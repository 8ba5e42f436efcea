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

export const extensionNotComplete = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid extension number. On this site an extension is the site code ({siteCode}) followed by a short extension of {length} digits.',
  why:
    "updateAUsersProfile's page says 'The number must be complete (i.e. site number + short extension)' but lists no error for one that is not; " +
    "400/300 is the page's bad-request code ('Invalid user id.'), and the words say what a complete number is on the user's site.",
});

export const templateNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Template is invalid',
  why:
    "updateAUsersProfile's page takes a template_id but lists no error for one the account lacks, of another type than user, or of another site than the user's; " +
    "these words with 404/404 are batchAddUsers' documented error for a template that is not there.",
});

export const forwardExtensionNotFound = undocumented({
  status: 400,
  code: 13808,
  message: 'Extension does not exist: {extension_id}',
  why:
    "updateAUsersProfile's page takes policy.call_park.forward_to_extension_id but lists no error for an extension the account lacks; " +
    "these words and code are updatePhoneSiteDetails' documented error for the same field of a site's policy.",
});

export const moveSiteNeedsSiteId = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. site_id is required when batch_type is move_site.',
  why:
    "updateMultipleUsersPropertiesInBatch's page says 'You must enter `move_site`: `user_ids` and `site_id`' but lists no error for a move without a site; " +
    "400/300 'Validation Failed.' is how the Phone pages answer a body the rules refuse.",
});
