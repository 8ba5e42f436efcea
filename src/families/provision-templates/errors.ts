// The words the provision-templates family gives to the documented 400 rows that
// have none, and the one error it answers where its page documents none (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export { worded } from '../../kit/errors.ts';

/**
 * The words of addAProvisionTemplate's 400/300 and 400/400 rows, which have none: the
 * update page's words for the same rules (its 400/400 rows name a name taken and a
 * reserved parameter).
 */
export const WORDS = {
  nameEmpty: 'name must not be empty.',
  nameTaken: (name: string) => `Provision template name (${name}) already exists.`,
  reservedKey: (key: string) => `template should not contain reserved parameters (Key: ${key}).`,
};

export const templateNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Provision template does not exist.',
  why:
    "getAProvisionTemplate's page documents no error; an id the account does not have answers as updateAProvisionTemplate and deleteAProvisionTemplate " +
    "document it for the same path (400/404 'Provision template does not exist.').",
});
