// The errors the shared-line-groups family answers where its operations' pages
// document none (listed in docs/undocumented-errors.md), and the words it gives to
// the documented 400/300 rows, which the pages list without any.
import { ZoomError } from '../../errors.ts';
import { undocumented } from '../../kit/errors.ts';

/**
 * A documented error whose page gives a status and code but no words (message ''):
 * answered with that status and code, in words naming the rule broken and the field.
 */
export function worded(documented: ZoomError, field: string, message: string): ZoomError {
  return new ZoomError(documented.status, documented.code, message, [{ field, message }]);
}

/** The words of each rule the pages' 400/300 rows answer. */
export const WORDS = {
  groupNotFound: (id: string) => `Shared line group does not exist: ${id}.`,
  siteNotFound: (id: string) => `Site does not exist: ${id}.`,
  displayNameEmpty: 'display_name must not be empty.',
  timezoneNotFound: (tz: string) => `Timezone not found in the system: ${tz}.`,
  tooManyMembers: (max: number) => `You can add a maximum of ${max} members at once.`,
  noMembers: 'members must name at least one user or common area.',
  memberInAnotherGroup: (id: string) => `Member ${id} is already in another shared line group: a member can only be added to one shared line group.`,
  memberNotOnSite: (id: string) => `Member ${id} does not belong to the site of the shared line group.`,
  commonAreaNotFound: (id: string) => `Common area does not exist: ${id}.`,
  memberNotFound: (id: string) => `Member ${id} is not a member of the shared line group.`,
  noNumbers: 'phone_numbers must hold at least one phone number.',
  numberMissingKey: 'Each phone number needs its id or its number.',
  numberTaken: (n: string) => `Phone number has already been assigned: ${n}.`,
  numberNotHeld: (n: string) => `Phone number ${n} is not assigned to the shared line group.`,
  primaryNotHeld: (n: string) => `The primary number ${n} is not a phone number of the shared line group.`,
};

export const updateGroupNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Shared line group does not exist: {slgId}.',
  why:
    "updateASharedLineGroup documents '404 Not Found' without a code or words; a group the account does not have is that case, answered with getASharedLineGroup's code and words for it (404/404).",
});

export const noFreeExtension = undocumented({
  status: 409,
  code: 409,
  message: 'No free extension number is left on site {siteId}; give extension_number.',
  why:
    "createASharedLineGroup's extension_number is optional: the sandbox gives the group the site's first free short extension. When every short extension of the site is held, none can be given; the page documents nothing for it, and 409 is Zoom's word for a conflict.",
});

export const subsettingGroupNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Shared line group does not exist:{slgId}.',
  why:
    "addAPolicySettingToASharedLineGroup, updateAnSlgPolicySetting and deleteAnSlgPolicySetting document '400 Bad Request' without a code or words; a group the account does not have answers as getASharedLineGroupPolicy (same /policies path) documents it: 400/404.",
});

export const subsettingInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. {reason}',
  why:
    "addAPolicySettingToASharedLineGroup, updateAnSlgPolicySetting and deleteAnSlgPolicySetting document '400 Bad Request' without a code or words; a policyType other than voicemail_access_members, an empty list, a user or common area the account lacks (the sandbox has no common areas yet) or an entry the group does not have is that case, with 300 (Zoom's validation code) and words naming what is wrong.",
});
