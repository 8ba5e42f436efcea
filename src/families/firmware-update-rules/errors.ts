// The words the firmware-update-rules family gives to the 400/300 rows its pages
// document without any, naming the rule broken. Every refusal the pages do not
// spell out is one of those rows (each operation documents 400 "Bad Request",
// code 300), so the family has no undocumented error of its own.

export { worded } from '../../kit/errors.ts';

export const WORDS = {
  siteNotFound: (siteId: string) => `Site does not exist: ${siteId}.`,
  siteRequired: 'site_id is required when the account has multiple sites.',
  notAvailable: (version: string, status: string) => `The firmware version ${version} is ${status} and cannot be the version of a rule.`,
  ruleExists: (deviceType: string, deviceModel: string, siteId: string) => `A firmware update rule for ${deviceType} ${deviceModel} already exists on site ${siteId}.`,
};
