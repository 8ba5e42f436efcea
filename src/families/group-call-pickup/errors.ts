// The errors the group-call-pickup family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md), and the words it gives to the documented 400/300 of
// addAGroupCallPickupObject and addMembersToACallPickupGroup, which the pages list
// without any ("the server's own words stand").
import { ZoomError } from '../../errors.ts';
import { undocumented } from '../../kit/errors.ts';

/**
 * A documented error whose page gives a status and code but no words (message ''):
 * answered with that status and code, in words naming the rule broken and the field.
 */
export function worded(documented: ZoomError, field: string, message: string): ZoomError {
  return new ZoomError(documented.status, documented.code, message, [{ field, message }]);
}

/** The words of each rule, the same for create and update (update's page spells several of them out). */
export const WORDS = {
  displayNameRange: 'Display name must be in the range of 3 to 200.',
  descriptionTooLong: 'Description is too long.',
  extensionNumber: (shortLength: number) => `Extension number error. The short extension number must be a whole number of 1 to ${shortLength} digits.`,
  extensionNumberTaken: (n: number) => `Extension number error. The extension number ${n} is already used by another call pickup group.`,
  siteNotFound: (siteId: string) => `Site does not exist: ${siteId}.`,
  memberNotFound: (id: string) => `Extension does not exist: ${id}.`,
  memberKind: (id: string) => `Extension ${id} is not a user or common area extension.`,
  memberTwice: (id: string) => `Extension ${id} appears more than once in the request.`,
  alreadyMember: (id: string) => `Extension ${id} is already a member of the call pickup group.`,
  noMembers: 'member_extension_ids must hold at least one extension ID.',
};

export const groupNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Group call pickup does not exist.',
  why:
    "getCallPickupGroupById and listCallPickupGroupMembers document no error; a group the account does not have answers as the other operations on the same paths " +
    "(update, delete, add and remove members) document it: 400 with code 404, 'Group call pickup does not exist.'.",
});
