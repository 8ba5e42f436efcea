// The errors the monitoring-groups family answers where its operations' pages
// document none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const siteDoesNotExist = undocumented({
  status: 400,
  code: 300,
  message: 'Site does not exist: {siteId}.',
  why:
    "createAMonitoringGroup and updateAMonitoringGroup take 'The unique identifier of the monitoring group's site' and document 400 with code 300 for a bad request ('Site ID is required.') but no words for a site the account lacks; " +
    "these are the words the other families answer an unknown site with ('Site does not exist').",
});

export const nameEmpty = undocumented({
  status: 400,
  code: 300,
  message: 'Name is required.',
  why:
    "updateAMonitoringGroup documents only 'The privilege does not exist.' and 'The group does not exist.'; a name given as only spaces leaves the group nameless, " +
    "which createAMonitoringGroup refuses with 400/300 'Name is required.', so the same rule speaks the same words here.",
});

export const memberDoesNotExist = undocumented({
  status: 400,
  code: 400,
  message: 'Member does not exist: {extensionId}.',
  why:
    "addMembersToAMonitoringGroup adds 'Monitor's extension ID's and documents no error for an id that is no extension of the account's directory; " +
    "400 with code 400 is the page's code for what does not exist ('The group does not exist.').",
});

export const memberNotEligible = undocumented({
  status: 400,
  code: 400,
  message: 'Extension {extensionId} cannot be a {member_type} member of a {typeName} monitoring group.',
  why:
    "A group's type names what it monitors ('1 — Users & Common Areas', '2 — Call Queues', '3 — Shared Line Group') and its members list shows only users, call queues, shared line groups and common area phones; " +
    'an extension of another kind (an auto receptionist), or one the type does not take in that role, cannot be added, and the page documents no error for it (400/400 as for a member that does not exist).',
});

export const memberNotInGroup = undocumented({
  status: 400,
  code: 404,
  message: 'The member does not exist in the monitoring group: {memberExtensionId}.',
  why:
    "removeAMemberFromAMonitoringGroup documents only 'The group does not exist.' (400/404); an extension that is not a member of the group (as member_type, when given) is not there to remove, answered with the page's code for what does not exist.",
});

export const groupDoesNotExist = undocumented({
  status: 400,
  code: 404,
  message: 'The group does not exist.',
  why:
    "getMembersOfAMonitoringGroup documents only 'Missing 'member_type'.' and the page token's error, yet lists the members of one group; a group the account does not have (another account's included) has no members to list, " +
    "and every sibling page that names a group (get, update, delete, remove members) answers it with 400/404 'The group does not exist.'.",
});
