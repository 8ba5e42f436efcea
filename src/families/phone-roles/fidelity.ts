// What the Phone Roles pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/phone-roles/phone-roles.test.ts';
const SDK = 'test/families/phone-roles/sdk.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Business or Education account'; 'Zoom Phone license'";
const ACCOUNT = "the path names no account: the caller's own, which the token proves exists";
const TOKEN = 'the guard answers a bad token 401/124 before any handler runs';
const NOT_FOUND_WHY = "answered 404/404 'Phone role does not exist for role Id: {roleId}.', the targets pages' words for the same path (the page documents no error for it)";

export default defineFidelity({
  rules: [
    {
      op: 'listPhoneRoles',
      rule: "'Returns the phone roles': the account's built-in roles (is_default true: Phone Super Admin and the seven kinds the target_type field names) and its copies (is_default false), with description and total_members",
      enforced: { file: T, test: 'the demo account lists the built-in roles and its custom role with their members' },
    },
    {
      op: 'listPhoneRoles',
      rule: 'Every account has the built-in roles: an account the demo seed did not make gets them at its first call for roles, once whatever the concurrency',
      enforced: { file: T, test: 'a new account has the built-in roles from its first call, made once' },
    },
    {
      op: 'listPhoneRoles',
      rule: "The account's own roles only; another account (a sub account too) has its own built-ins",
      enforced: { file: T, test: "another account neither sees nor changes the account's roles" },
    },
    { op: 'listPhoneRoles', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'getRoleInformation',
      rule: 'description, id, is_default, name and total_members of the role, as the list shows it',
      enforced: { file: T, test: 'a role is shown with its member count; an unknown role is not found' },
    },
    {
      op: 'getRoleInformation',
      rule: `A role the account does not have (another account's too): ${NOT_FOUND_WHY}`,
      enforced: { file: T, test: 'a role is shown with its member count; an unknown role is not found' },
    },
    { op: 'getRoleInformation', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'duplicateAPhoneRole',
      rule:
        "'duplicate a phone role': role_id (required) is the source; the copy is of the source's kind (the targets it manages), takes its description unless one is given and its default targets, not its members; " +
        "201 answers the new id and name; without a name the copy is named as the example's 'Compliance Admin (Copy)', then '(Copy 2)' … while taken",
      enforced: { file: T, test: 'a duplicate copies the kind and default targets, not the members' },
    },
    {
      op: 'duplicateAPhoneRole',
      rule:
        "400/300 (documented without words) for a source the account does not have ('Phone role does not exist for role id: {0}.'), role_id left out, a blank name, a name past 128 or a description past 255 " +
        "characters (updateAPhoneRole's limits), or a name the account's roles already have ('Role name ({0}) already exists.'); nothing is added",
      enforced: { file: T, test: 'a duplicate needs a source role and a name of its own' },
    },
    {
      op: 'duplicateAPhoneRole',
      rule: 'One name per account, decided by the database: concurrent duplicates of one name, one wins; unnamed concurrent copies each take their own (Copy n)',
      enforced: { file: T, test: 'concurrent duplicates of one name: one wins, the others are refused' },
    },
    { op: 'duplicateAPhoneRole', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'updateAPhoneRole',
      rule: "'update a role': the name and description given change, the others stay; 'Name length can be up to 128 characters', 'Description length can be up to 255 characters' (the schema refuses past them, 400/300)",
      enforced: { file: T, test: 'an update changes what it names and keeps the rest; limits at 128 and 255' },
    },
    {
      op: 'updateAPhoneRole',
      rule: "400/300 for a blank name or another role's name ('Role name ({0}) already exists.'); nothing changes",
      enforced: { file: T, test: 'an update changes what it names and keeps the rest; limits at 128 and 255' },
    },
    {
      op: 'updateAPhoneRole',
      rule:
        "The built-in roles are Zoom's (is_default): renaming or describing one anew is refused 400/300 'The default role cannot be updated.' (the page is silent; Zoom's portal keeps them); its own values again are no change",
      enforced: { file: T, test: 'the built-in roles cannot be renamed, described anew or deleted' },
    },
    { op: 'updateAPhoneRole', rule: `A role the account does not have: ${NOT_FOUND_WHY}`, enforced: { file: T, test: 'a role is shown with its member count; an unknown role is not found' } },
    { op: 'updateAPhoneRole', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteAPhoneRole',
      rule: "'delete a phone role': gone from the list and the details, with its targets",
      enforced: { file: T, test: 'a deleted role is gone with its targets; one with members is refused' },
    },
    {
      op: 'deleteAPhoneRole',
      rule: "400/300 for a built-in role ('The default role cannot be deleted.') and for a role that still has members ('The role still has members: delete them from the role first.'), the page naming neither rule; a concurrent add of a member waits for the delete",
      enforced: { file: T, test: 'the built-in roles cannot be renamed, described anew or deleted' },
    },
    {
      op: 'deleteAPhoneRole',
      rule: 'A role with members is refused rather than its members left without a role',
      enforced: { file: T, test: 'a deleted role is gone with its targets; one with members is refused' },
    },
    { op: 'deleteAPhoneRole', rule: `A role the account does not have: ${NOT_FOUND_WHY}`, enforced: { file: T, test: 'a role is shown with its member count; an unknown role is not found' } },
    { op: 'deleteAPhoneRole', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'listMembersInARole',
      rule: "'get members (not) in a role': in_role (Zoom's SDK; true when left out) lists the role's members in the order added, false the account's phone users who are not; each with user_id, display_name, email, extension_number and site",
      enforced: { file: T, test: 'users not in the role are listed with in_role=false' },
    },
    {
      op: 'listMembersInARole',
      rule: 'A member shows its site (id and name) when it has one, and none otherwise',
      enforced: { file: T, test: 'members are added by id or email and listed with their site and extension' },
    },
    { op: 'listMembersInARole', rule: `A role the account does not have: ${NOT_FOUND_WHY}`, enforced: { file: T, test: 'a role is shown with its member count; an unknown role is not found' } },
    {
      op: 'listMembersInARole',
      rule: '400/300 (documented without words): the only input is in_role, which the schema checks',
      enforced: { file: T, test: 'users not in the role are listed with in_role=false' },
    },
    { op: 'listMembersInARole', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addMembersToRoles',
      rule: "user_ids: 'The user IDs or email addresses of the user' (an email whatever its case); adding a member again changes nothing; 201 without a body",
      enforced: { file: T, test: 'members are added by id or email and listed with their site and extension' },
    },
    {
      op: 'addMembersToRoles',
      rule:
        "A user holds one phone role (the pages speak of 'the existing role assigned to the user'): adding it to a role moves it from the one it held, its own targets there going; with role_id and copy_targets its targets in that role come along (those of types the new role manages)",
      enforced: { file: T, test: 'a user holds one role: adding it elsewhere moves it, with its targets when copy_targets' },
    },
    {
      op: 'addMembersToRoles',
      rule: "copy_all_members: 'Whether to copy all members with the role' role_id names: every member of it is moved to this role",
      enforced: { file: T, test: 'copy_all_members moves every member of the source role' },
    },
    {
      op: 'addMembersToRoles',
      rule: "'There are invalid emails:{0} There are invalid user ids:{0}' (400/400) for users (by email or id) the account does not have, another account's too, both parts named; nothing is added",
      enforced: { file: T, test: 'invalid users are refused and nothing changes' },
    },
    {
      op: 'addMembersToRoles',
      rule: "400/300 (documented without words) when nobody is named and nothing copied, or role_id names a role the account does not have",
      enforced: { file: T, test: 'copy_all_members moves every member of the source role' },
    },
    {
      op: 'addMembersToRoles',
      rule: 'Concurrent adds of one user to several roles leave it in one role, never a 500',
      enforced: { file: T, test: 'concurrent adds of one user to two roles leave it in one' },
    },
    { op: 'addMembersToRoles', rule: `A role the account does not have: ${NOT_FOUND_WHY}`, enforced: { file: T, test: "another account neither sees nor changes the account's roles" } },
    { op: 'addMembersToRoles', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteMembersInARole',
      rule: "'delete member(s) in a role': user_ids (Zoom's SDK: a query list, ids or emails) leave the role, with their own targets in it",
      enforced: { file: T, test: 'members are deleted by id or email; their own targets go with them' },
    },
    {
      op: 'deleteMembersInARole',
      rule: "'There are invalid emails:{0} There are invalid user ids:{0}' (400/400) for users the account does not have or who are not members of the role; 400/300 for no user_ids; nothing changes",
      enforced: { file: T, test: 'invalid users are refused and nothing changes' },
    },
    {
      op: 'deleteMembersInARole',
      rule: 'A user taken out of Zoom Phone (users.removed) leaves its role, with its own targets',
      enforced: { file: T, test: 'a user removed from Zoom Phone leaves its role and is no target any more' },
    },
    { op: 'deleteMembersInARole', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'listPhoneRoleTargets',
      rule:
        "Targets with target_id, target_type, target_name, extension_number (extensions), site_id and site_name; is_default lists the role's default targets, user_id a member's own (is_default is taken as true when neither is given); " +
        'target_type, site_id and keyword (name or extension number) filter',
      enforced: { file: T, test: 'default and member targets are added, listed and deleted' },
    },
    {
      op: 'listPhoneRoleTargets',
      rule: "selected (Zoom's SDK; true when left out): false lists the account's sites and extensions of the types the role manages that are not yet its targets",
      enforced: { file: T, test: 'candidate targets are listed with selected=false' },
    },
    {
      op: 'listPhoneRoleTargets',
      rule: "'Validation Failed { \"field\": \"target_type\", \"message\": \"Invalid field.\" }' (400/300) for a target type the role does not manage (the kinds' types as the field's description lists them; super_admin none)",
      enforced: { file: T, test: 'a target type the role does not manage is refused; the super admin manages none' },
    },
    {
      op: 'listPhoneRoleTargets',
      rule: "page_size (at most 300), total_records, next_page_token: 'returned whenever the set of available results exceeds the current page size'",
      enforced: { file: T, test: 'the targets list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listPhoneRoleTargets',
      rule: "'The next page token is invalid or expired.' (400/400); 'The expiration period for this token is 15 minutes'",
      enforced: { file: T, test: 'a targets page token expires after 15 minutes' },
    },
    {
      op: 'listPhoneRoleTargets',
      rule: "'Phone role does not exist for role Id: {roleId}.' (404/404), another account's role too; 'User does not exist for user id: {user_id}.' (404/1001) for a user_id that is no member of the role",
      enforced: { file: T, test: 'member targets need a member of the role' },
    },
    { op: 'listPhoneRoleTargets', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addPhoneRoleTargets',
      rule:
        "'If the target type is site, then the target ID refers to the site ID; otherwise, it refers to the extension ID': is_default true adds the role's default targets, false (the default) the member user_id's own; " +
        "201 answers is_default, user_id and the targets now held of those asked; a target held already is kept once",
      enforced: { file: T, test: 'default and member targets are added, listed and deleted' },
    },
    {
      op: 'addPhoneRoleTargets',
      rule:
        "'Different types of roles manage different types of targets': a target_type the role's kind does not manage is 'Validation Failed' (400/300, the item's target_type named); one left out is the role's type when it manages one only",
      enforced: { file: T, test: 'a target type the role does not manage is refused; the super admin manages none' },
    },
    {
      op: 'addPhoneRoleTargets',
      rule: "'There are invalid target ids: {target_ids}.' (400/400) for ids that are no site, or no extension of the type, in the account; nothing is added",
      enforced: { file: T, test: 'invalid target ids are refused and add nothing' },
    },
    {
      op: 'addPhoneRoleTargets',
      rule: "user_id 'is required if is_default=false': left out, 'Validation Failed' (400/300, field user_id); empty targets or target_ids likewise; 'User does not exist for user id: {user_id}.' (404/1001) for one that is no member of the role",
      enforced: { file: T, test: 'member targets need a member of the role' },
    },
    {
      op: 'addPhoneRoleTargets',
      rule: "'Phone role does not exist for role id: {roleId}.' (404/404)",
      enforced: { file: T, test: 'a target type the role does not manage is refused; the super admin manages none' },
    },
    {
      op: 'addPhoneRoleTargets',
      rule: 'A target whose site is deleted or whose extension is released (its user, call queue … gone) leaves every role',
      enforced: { file: T, test: "a deleted site leaves the roles' targets" },
    },
    {
      op: 'addPhoneRoleTargets',
      rule: "target_type 'group': no family keeps Zoom's user groups, so no id names one and it is answered as an invalid target id",
      notEnforced: 'the sandbox has no user groups (a groups family would resolve them in targets.ts)',
    },
    { op: 'addPhoneRoleTargets', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deletePhoneRoleTargets',
      rule: "'Deletes the targets of a phone role': of the defaults (is_default) or of the member user_id; an id the scope does not hold is no change",
      enforced: { file: T, test: 'default and member targets are added, listed and deleted' },
    },
    {
      op: 'deletePhoneRoleTargets',
      rule: "'Validation Failed.' (400/300) for a target type the role does not manage or user_id left out with is_default false; 404/404 for a role the account does not have; 404/1001 for a user_id that is no member",
      enforced: { file: T, test: 'member targets need a member of the role' },
    },
    {
      op: 'deletePhoneRoleTargets',
      rule: "Through Zoom's SDK (its DELETE with a JSON body)",
      enforced: { file: SDK, test: "through Zoom's SDK: a role is duplicated, given members and targets, and deleted" },
    },
    { op: 'deletePhoneRoleTargets', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    listPhoneRoles: { invalidAccessToken: TOKEN, accountDoesNotExist: ACCOUNT },
    listMembersInARole: { accountDoesNotExist: ACCOUNT },
  },
});
