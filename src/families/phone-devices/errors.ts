// The errors the phone-devices family answers where its operations' pages document
// none (listed in docs/undocumented-errors.md), and the words it gives to the
// documented 400/300 rows that have none.
import { undocumented } from '../../kit/errors.ts';

export { worded } from '../../kit/errors.ts';

/** The rules behind the documented 400/300 rows without words, in the words the server answers. */
export const WORDS = {
  deviceNotFound: 'Device does not exist in the system.',
  assigned: 'The device is assigned: unassign it from every user and common area before deleting it.',
  userLimit: (ext: string) => `Each user can be assigned up to 3 desk phones: extension ${ext} has 3 already.`,
  sameSite: 'All users must belong to the same site if a desk phone is assigned to multiple users.',
  notAssignee: (ext: string) => `Extension ID does not exist: ${ext}.`,
  noTemplates: 'The given device type does not support provision templates.',
  level: 'level must be 1 (account) or 2 (site).',
  siteRequired: 'site_id is required when level is 2.',
  siteNotFound: (site: string) => `Site does not exist: ${site}.`,
  emptyAssignees: 'assignee_extension_ids must name at least one extension.',
  indexTaken: (index: number) => `Index is invalid: ${index}. Two line keys of the extension would take it.`,
  typeRequired: 'type is required for a new line key.',
  keyNeeds: (type: string, field: string) => `key_assignment.${field} is required for a ${type} line key.`,
  badSpeedDial: (n: string) => `speed_dial_number is not a number that can be dialled: ${n}.`,
  blankName: 'display_name must not be empty.',
};

const ADD = "addADevice's page documents the statuses 400 and 404 without codes or words";

export const macInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Mac Address format invalid.',
  why: `${ADD}; a MAC address that is not twelve hex digits (bare, or in pairs separated by ':' or '-') is refused with the words the emergency locations pages use for the same rule.`,
});

export const macTaken = undocumented({
  status: 400,
  code: 300,
  message: 'The MAC address {0} is already in use.',
  why: `${ADD}; a MAC address is one physical phone's, so a second device of that address (in any account of the sandbox) is refused as a validation failure.`,
});

export const typeInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Device type is invalid: {0}.',
  why: `${ADD}; type must name one of the manufacturers listDevices filters by (algo, audioCodes, cisco, cyberData, grandstream, poly, yealink, other).`,
});

export const addRefused = undocumented({
  status: 400,
  code: 300,
  message: '{0}',
  why:
    `${ADD}; the rules the add shares with assignAnEntityToADevice and updateProvisionTemplateOfADevice (three desk phones a user, one site for all users of a phone, ` +
    "templates on supported devices only, a site to put an unassigned phone on, a display name) answer 400/300 as those pages' rows do, in the same words.",
});

export const userNotFound = undocumented({
  status: 404,
  code: 1001,
  message: 'User not found: {0}.',
  why: `${ADD}; assigned_to naming no user of the account answers the 404 the page lists, with updateADevice's code and words for the same field.`,
});

export const extensionNotFound = undocumented({
  status: 404,
  code: 1001,
  message: 'User extension ID or common area extension ID not found.',
  why: `${ADD}; assignee_extension_ids naming no user or common area extension answers the 404 the page lists, with assignAnEntityToADevice's code and words.`,
});

export const templateNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Provision template does not exist.',
  why: `${ADD} (and updateADevice's page does not name this rule); a provision_template_id the account does not have answers as updateProvisionTemplateOfADevice documents it.`,
});

export const deviceNotFound = undocumented({
  status: 400,
  code: 400,
  message: 'Device does not exist in the system.',
  why: "getDeviceLineKeysInformation's page documents no error; a device the account does not have answers as getDeviceDetails documents it.",
});

export const lineKeyExtensionNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Extension does not exist: {0}.',
  why:
    'The line key pages document no error for an extension the account does not have (or one that is neither a user nor a common area): answered with the code of their documented 400 rows, ' +
    "in the words batchUpdateDeviceLineKeyPosition gives an unknown extension ID.",
});
