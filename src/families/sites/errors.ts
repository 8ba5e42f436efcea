// The errors the sites family answers where its operations' pages document none.
// Each says why it is what it is; all are listed in docs/undocumented-errors.md.
import type { ZoomError } from '../../errors.ts';
import { undocumented } from '../../kit/errors.ts';

/**
 * A handler context whose operation documents every one of `Names`. `fail` is a
 * property, not a method, so tsc checks its parameter strictly: the ctx of an
 * operation that lacks one of the names does not fit.
 */
export interface Fails<Names extends string> {
  fail: (name: Names, values?: Record<string, string | number>) => ZoomError;
}

export const shortExtensionLengthInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid short extension number length.',
  why:
    "createAPhoneSite's page says the short extension 'can be two to five digits' but lists no error for another length; " +
    'these words, with 400/300, are the error updatePhoneSiteDetails documents for the same rule.',
});

export const multipleSitesNotEnabled = undocumented({
  status: 400,
  code: 400,
  message: 'Multiple sites is not enabled for this account. Enable it before adding another site.',
  why:
    "createAPhoneSite's prerequisite is 'Multiple sites must be enabled' and the page documents no error for an account that switched the option off " +
    '(updatePhoneAccountSettings); 400 is the code of every bad request the page documents.',
});

export const mainSiteCannotBeDeleted = undocumented({
  status: 400,
  code: 400,
  message: 'The main site cannot be deleted.',
  why: "deleteAPhoneSite's page says 'You cannot use this API to delete the main site' without an error for it; 400 is the code of every bad request the page documents.",
});

export const sourceReceptionistDoesNotExist = undocumented({
  status: 400,
  code: 400,
  message: 'Auto Receptionist does not exist: {autoReceptionistId}.',
  why:
    "createAPhoneSite's source_auto_receptionist_id is 'The ID of the auto-receptionist that you can copy'; the page documents no error for one the account does not have. " +
    "The words are the IVR pages' own for a receptionist that does not exist; 400 is the code of every bad request the page documents.",
});
