// What the Shared Line Group pages state in words, whether the server holds to it,
// and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const G = 'test/families/shared-line-groups/groups.test.ts';
const M = 'test/families/shared-line-groups/members.test.ts';
const N = 'test/families/shared-line-groups/numbers.test.ts';
const P = 'test/families/shared-line-groups/policies.test.ts';
const C = 'test/concurrency/shared-line-group-members.test.ts';

const NO_PLANS = "the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro or higher account with Zoom Phone license. - Account owner or admin privileges'";
const prerequisites = (ops: OperationId[]): Rule[] => ops.map((op) => ({ op, rule: PREREQUISITES, notEnforced: NO_PLANS }));
const OTHER_ACCOUNT = 'an unknown group is not found; another account neither sees nor changes the groups';
const NO_RESERVED = 'the sandbox keeps no list of reserved extension numbers (no page names one): any free number of the right length is taken';
const OTHER_ACCOUNTS_NUMBER =
  "the numbers family's public surface reads numbers of the caller's account only, so a number of another account is answered as one that does not exist (400/400 'Phone number does not exist'); " +
  'telling the two apart needs a numbers read across accounts (asked of the numbers family)';

export default defineFidelity({
  rules: [
    // ---- listSharedLineGroups
    { op: 'listSharedLineGroups', rule: "'Lists all the shared line groups': display_name, extension id and number, site, status and phone numbers (with their status)", enforced: { file: G, test: 'a group created is listed and shown, its extension in the directory as a sharedLineGroup' } },
    { op: 'listSharedLineGroups', rule: "page_size (30 by default, at most 300); next_page_token 'returned whenever the set of available results exceeds the current page size'; total_records", enforced: { file: G, test: 'the list pages by next_page_token and counts every group of the account' } },
    { op: 'listSharedLineGroups', rule: "The account's groups only; another account's are not listed", enforced: { file: G, test: OTHER_ACCOUNT } },
    { op: 'listSharedLineGroups', rule: "phone_numbers[].status: 'pending' | 'available'", enforced: { file: N, test: 'numbers assigned by id or E.164 show the group as assignee everywhere, and leave the unassigned list' } },

    // ---- createASharedLineGroup
    { op: 'createASharedLineGroup', rule: "'Creates a shared line group': it is listed and shown, active, its extension one of the account's directory (kind sharedLineGroup)", enforced: { file: G, test: 'a group created is listed and shown, its extension in the directory as a sharedLineGroup' } },
    { op: 'createASharedLineGroup', rule: "extension_number: 'If a site code has been assigned to the site, provide the short extension number': the site's code, then a short extension of its length; another length is 'Invalid short number length.'", enforced: { file: G, test: "an extension number given is the site's short extension behind its site code, of the site's length" } },
    { op: 'createASharedLineGroup', rule: "The extension number is the account's once, whatever holds it (a user, a queue, a group): 'Extension number {extensionNumber} is already used.'", enforced: { file: G, test: "an extension number is the account's once, whatever holds it: user, queue and group cannot take each other's" } },
    { op: 'createASharedLineGroup', rule: "Concurrent creates on one extension number: one wins (the directory's unique index decides), the others answer the documented error, never a 500", enforced: { file: G, test: 'concurrent creates on one extension number: one group gets it, the others are refused' } },
    { op: 'createASharedLineGroup', rule: "site_id: 'required only if the multiple sites option has been enabled' — without it the account's main site; a site the account lacks is refused (400/300) and nothing is created", enforced: { file: G, test: 'a site the account does not have, or an empty name, is refused and creates nothing' } },
    { op: 'createASharedLineGroup', rule: "'Number {extensionNumber} is a reserved extension number.'", notEnforced: NO_RESERVED },
    { op: 'createASharedLineGroup', rule: 'extension_number optional: the site\'s first free short extension', enforced: { file: G, test: 'a group created is listed and shown, its extension in the directory as a sharedLineGroup' } },

    // ---- getASharedLineGroup
    { op: 'getASharedLineGroup', rule: 'The group with its extension, site, status, members (users, with the directory\'s names), phone numbers, primary number, voicemail access policy and the settings an update gave', enforced: { file: G, test: 'an update changes what it names and keeps the rest; the directory shows the new name' } },
    { op: 'getASharedLineGroup', rule: "A group of another account, or none: 'Shared line group does not exist: {sharedLineGroupId}.' (404/404)", enforced: { file: G, test: OTHER_ACCOUNT } },
    { op: 'getASharedLineGroup', rule: "primary_number: 'If you have multiple direct phone numbers assigned to the shared line group, this is the primary number' — the one chosen while the group holds it, else its first", enforced: { file: N, test: "the primary number is one of the group's numbers; it falls back to the first while the chosen one is gone" } },
    { op: 'getASharedLineGroup', rule: "own_storage_name: 'Use your own storage provided by Oracle Cloud Infrastructure'", notEnforced: 'the sandbox keeps no storage of its own: the field is never shown' },
    { op: 'getASharedLineGroup', rule: 'members.common_areas', notEnforced: 'the sandbox has no common areas yet: the list is always empty' },

    // ---- updateASharedLineGroup
    { op: 'updateASharedLineGroup', rule: "'Updates the information about a shared line group': the fields given change, the others stay; the directory (and so its numbers) shows the new name and number", enforced: { file: N, test: 'a renamed or renumbered group shows its new name and extension on its numbers' } },
    { op: 'updateASharedLineGroup', rule: "extension_number: the site's short extension, free in the directory ('Invalid short number length.', 'Extension number {extensionNumber} is already used.'); the old number is free again", enforced: { file: G, test: "an extension number is the account's once, whatever holds it: user, queue and group cannot take each other's" } },
    { op: 'updateASharedLineGroup', rule: 'A short extension of another length is refused and nothing changes', enforced: { file: G, test: "an extension number given is the site's short extension behind its site code, of the site's length" } },
    { op: 'updateASharedLineGroup', rule: 'timezone: one of the time zone list; display_name not empty; status active | inactive — else 400/300 and nothing changes', enforced: { file: G, test: 'an unknown timezone, an empty name or a bad enum is refused and changes nothing' } },
    { op: 'updateASharedLineGroup', rule: "primary_number: 'The phone number that you would like to assign as the primary number' — one the group holds, else 400/300", enforced: { file: N, test: "the primary number is one of the group's numbers; it falls back to the first while the chosen one is gone" } },
    { op: 'updateASharedLineGroup', rule: "A group the account lacks: '404 Not Found' (answered with getASharedLineGroup's words)", enforced: { file: G, test: OTHER_ACCOUNT } },
    { op: 'updateASharedLineGroup', rule: "'Number {extensionNumber} is a reserved extension number.'", notEnforced: NO_RESERVED },
    { op: 'updateASharedLineGroup', rule: "recording_storage_location: 'If the setting is locked at the Account level, it can't be updated.'", notEnforced: 'the sandbox has no account-level settings to lock it' },

    // ---- deleteASharedLineGroup
    { op: 'deleteASharedLineGroup', rule: "'Deletes a shared line group': it is gone, its numbers unassigned, its extension number free, its members free to join another group; a group the account lacks: 400/300", enforced: { file: G, test: 'deleting a group frees its extension number, releases its numbers and ends its memberships' } },
    { op: 'deleteASharedLineGroup', rule: "deleteAPhoneSite: 'the site ID of another site where the assets of current site ... can be transferred to': a deleted site's groups move there with their extension, members and numbers", enforced: { file: G, test: 'deleting a site moves its groups, their extensions, members and numbers to the transfer site' } },

    // ---- members
    { op: 'addMembersToASharedLineGroup', rule: "'Adds members to a shared line group': users by id or email, shown with the directory's names", enforced: { file: M, test: 'members added by id or email are shown with the name and extension the directory gives them' } },
    { op: 'addMembersToASharedLineGroup', rule: "'Note that a member can only be added to one shared line group' (a unique index); a refused request adds none of its members", enforced: { file: M, test: 'a member can only be added to one shared line group; a refused request adds none of its members' } },
    { op: 'addMembersToASharedLineGroup', rule: 'Concurrent adds of one user to several groups: exactly one group gets it, the others 400/300, never a 500', enforced: { file: C, test: '10 parallel adds of one user to 10 groups: one group gets it, the others are refused' } },
    { op: 'addMembersToASharedLineGroup', rule: 'Concurrent adds of one user to one group: it joins exactly once; concurrent adds of different users lose none', enforced: { file: C, test: '20 parallel adds of one user to one group: every answer is 201 and it joins once' } },
    { op: 'addMembersToASharedLineGroup', rule: 'A member is in its group once: added again or twice in a request, it is kept once', enforced: { file: M, test: 'a member is in a group once: adding it again, or twice in one request, keeps one' } },
    { op: 'addMembersToASharedLineGroup', rule: "'You can add a maximum of 10 members at once' (users and common areas together), at the boundary and past it", enforced: { file: M, test: 'members are added at once; past that nothing is added' } },
    { op: 'addMembersToASharedLineGroup', rule: "'User not found: {userId}.' for a user the account lacks; nothing of the request is added", enforced: { file: M, test: 'a user the account does not have is not found, and nothing of the request is added' } },
    { op: 'addMembersToASharedLineGroup', rule: "createASharedLineGroup site_id: 'You will only be able to add members that belong to this site to the shared line group'", enforced: { file: M, test: "only users of the group's site may join it" } },
    { op: 'addMembersToASharedLineGroup', rule: 'A member who moves to another site (users.moved) leaves the group: it no longer belongs to the group\'s site', enforced: { file: M, test: 'a member who moves to another site leaves the group; one who stays keeps it' } },
    { op: 'addMembersToASharedLineGroup', rule: "A member whose extension leaves the account's directory (extensions.released) leaves the group", enforced: { file: M, test: 'a member whose extension leaves the directory leaves the group' } },
    { op: 'addMembersToASharedLineGroup', rule: "'The members can comprise of users on the account as well as common areas'", notEnforced: "the sandbox has no common areas yet: every common_area_id is answered 400/300 'Common area does not exist: {id}.' and nothing is added" },
    { op: 'unassignMembersFromASharedLineGroup', rule: "'Unassigns all existing members from a shared line group'; a group the account lacks: 400/300", enforced: { file: M, test: 'unassigning one member, then all of them; an unknown member or group is refused' } },
    { op: 'unassignAMemberFromASharedLineGroup', rule: "'Unassigns a specific member from a shared line group'; one that is not a member: 400/300", enforced: { file: M, test: 'unassigning one member, then all of them; an unknown member or group is refused' } },

    // ---- phone numbers
    { op: 'assignPhoneNumbersForSharedLineGroup', rule: "'Assigns phone numbers to a shared line group': the number shows the group (sharedLineGroup, id, name, extension number) in the Phone list, the number's page and Number Management, and leaves the unassigned list", enforced: { file: N, test: 'numbers assigned by id or E.164 show the group as assignee everywhere, and leave the unassigned list' } },
    { op: 'assignPhoneNumbersForSharedLineGroup', rule: 'A number is assigned once: one a user or another group holds is refused (400/300), and a group\'s cannot go to a user', enforced: { file: N, test: 'a number is assigned once: not to a second group, nor to a user, nor taken from a user' } },
    { op: 'assignPhoneNumbersForSharedLineGroup', rule: "'Phone number does not exist' for a number the account lacks in Zoom Phone; a refused request assigns none", enforced: { file: N, test: 'a number the account does not have is refused, and nothing of the request is assigned' } },
    { op: 'assignPhoneNumbersForSharedLineGroup', rule: 'Concurrent assignments of one number: exactly one holder wins, never a 500', enforced: { file: N, test: 'concurrent assignments of one number to several groups: one group gets it' } },
    { op: 'assignPhoneNumbersForSharedLineGroup', rule: "'Phone number does not belong to this account' (401/124)", notEnforced: OTHER_ACCOUNTS_NUMBER },
    { op: 'unassignAllPhoneNumbersForSharedLineGroup', rule: "'Unassigns all the phone numbers that have been assigned to the shared line group': they are back in the unassigned list; another group's stay", enforced: { file: N, test: "another group's number is not unassigned through this group" } },
    { op: 'unassignAPhoneNumberForSharedLineGroup', rule: "'Unassigns a specific phone number' (by id or E.164); one the group does not hold: 400/300; one the account lacks: 'Phone number does not exist'", enforced: { file: N, test: 'unassigning one number, then all of them, puts them back in the unassigned list' } },
    { op: 'unassignAPhoneNumberForSharedLineGroup', rule: "'Phone number does not belong to this account' (401/124)", notEnforced: OTHER_ACCOUNTS_NUMBER },

    // ---- policies
    { op: 'getASharedLineGroupPolicy', rule: "'Returns the policy setting of a specific shared line group': check_voicemails_over_phone (enable, locked, locked_by, modified); nobody changed it: each boolean false, locked_by invalid", enforced: { file: P, test: 'a new group shows every documented setting at its default; a change shows modified, a reset goes back' } },
    { op: 'getASharedLineGroupPolicy', rule: "A group the account lacks: 'Shared line group does not exist:{sharedLineGroupId}.' (400/404)", enforced: { file: P, test: 'the policy of a group the account does not have is refused; a bad value changes nothing' } },
    { op: 'updateASharedLineGroupPolicy', rule: "'Updates the policy setting': enable changes and shows modified; 'reset: Whether the current settings use the phone account's settings' gives the default back", enforced: { file: P, test: 'a new group shows every documented setting at its default; a change shows modified, a reset goes back' } },
    { op: 'updateASharedLineGroupPolicy', rule: 'locked: a setting a senior administrator locked cannot be changed', notEnforced: 'the sandbox has no account or site level of this setting to lock it' },
    { op: 'addAPolicySettingToASharedLineGroup', rule: "policyType voicemail_access_members: 'set up shared access members'; each gets a shared_id, shown in the group's details; allow_* 'The default is false'; 'The default type will be user if empty'", enforced: { file: P, test: 'voicemail access members are added, shown, changed and removed' } },
    { op: 'addAPolicySettingToASharedLineGroup', rule: "Access users are users of the account, each once; an unknown policyType, an empty list or an unknown user: '400 Bad Request' and nothing changes", enforced: { file: P, test: 'a bad subsetting request is refused and changes nothing' } },
    { op: 'addAPolicySettingToASharedLineGroup', rule: 'access_user_type commonArea', notEnforced: "the sandbox has no common areas yet: answered 400/300 'Validation Failed. Common area does not exist: {id}.'" },
    { op: 'addAPolicySettingToASharedLineGroup', rule: 'An access user whose extension leaves the directory leaves the list', enforced: { file: P, test: 'an access user whose extension leaves the directory leaves the list' } },
    { op: 'updateAnSlgPolicySetting', rule: "'update shared access members': the entry named by shared_id (or its user) takes the permissions given; one the list lacks: 400", enforced: { file: P, test: 'voicemail access members are added, shown, changed and removed' } },
    { op: 'updateAnSlgPolicySetting', rule: 'An entry the list lacks, or a group the account lacks: 400, nothing changes', enforced: { file: P, test: 'a bad subsetting request is refused and changes nothing' } },
    { op: 'deleteAnSlgPolicySetting', rule: "'remove shared access members' by shared_ids; one the list lacks: 400, nothing removed", enforced: { file: P, test: 'a bad subsetting request is refused and changes nothing' } },
    { op: 'deleteAnSlgPolicySetting', rule: 'The entries named by shared_ids leave the list', enforced: { file: P, test: 'voicemail access members are added, shown, changed and removed' } },
    ...prerequisites([
      'listSharedLineGroups', 'createASharedLineGroup', 'getASharedLineGroup', 'getASharedLineGroupPolicy', 'updateASharedLineGroupPolicy', 'updateASharedLineGroup',
      'deleteASharedLineGroup', 'addMembersToASharedLineGroup', 'unassignMembersFromASharedLineGroup', 'unassignAMemberFromASharedLineGroup',
      'assignPhoneNumbersForSharedLineGroup', 'unassignAllPhoneNumbersForSharedLineGroup', 'unassignAPhoneNumberForSharedLineGroup',
      'addAPolicySettingToASharedLineGroup', 'updateAnSlgPolicySetting', 'deleteAnSlgPolicySetting',
    ]),
  ],
  unreachable: {
    createASharedLineGroup: { numberIsAReservedExtensionNumber: NO_RESERVED },
    updateASharedLineGroup: { numberIsAReservedExtensionNumber: NO_RESERVED },
    getASharedLineGroup: { accountDoesNotExist: "the caller's account is resolved from its token before the handler runs: an account that does not exist has no token (the platform answers 401/124)" },
    assignPhoneNumbersForSharedLineGroup: { phoneNumberDoesNotBelongTo: OTHER_ACCOUNTS_NUMBER },
    unassignAllPhoneNumbersForSharedLineGroup: {
      phoneNumberDoesNotExist: 'the request names no number: every number the group holds exists',
      phoneNumberDoesNotBelongTo: 'the request names no number: every number the group holds is the account\'s',
    },
    unassignAPhoneNumberForSharedLineGroup: { phoneNumberDoesNotBelongTo: OTHER_ACCOUNTS_NUMBER },
  },
});
