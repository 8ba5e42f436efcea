// The words the phone-roles family gives to the documented 400/300 rows that have
// none, and the errors it answers where an operation's page documents none (listed
// in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export { worded } from '../../kit/errors.ts';

/** Words for the documented 400/300 rows (documented without words), naming the rule broken. */
export const WORDS = {
  nameEmpty: 'name must not be empty.',
  nameTooLong: 'Name length can be up to 128 characters.',
  descriptionTooLong: 'Description length can be up to 255 characters.',
  nameTaken: (name: string) => `Role name (${name}) already exists.`,
  sourceMissing: (roleId: string) => `Phone role does not exist for role id: ${roleId}.`,
  builtinUnchangeable: 'The default role cannot be updated.',
  builtinUndeletable: 'The default role cannot be deleted.',
  roleHasMembers: 'The role still has members: delete them from the role first.',
  nobodyToAdd: 'user_ids is required unless role_id and copy_all_members are given.',
  userIdsRequired: 'user_ids is required.',
};

/**
 * A role the account does not have, on the operations whose pages document none:
 * the words the targets pages document for the same path.
 */
export const roleNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Phone role does not exist for role Id: {roleId}.',
  why:
    "getRoleInformation, updateAPhoneRole, deleteAPhoneRole and the members operations document no error for a role the account does not have; listPhoneRoleTargets and " +
    "deletePhoneRoleTargets document 404/404 'Phone role does not exist for role Id: {roleId}.' for the same path, answered the same here.",
});
